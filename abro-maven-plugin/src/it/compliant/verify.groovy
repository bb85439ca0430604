def log = new File(basedir, 'build.log').text
assert log.contains('ABRO check (abro-2026:2026.1, check date 2026-11-22): 1 document(s), 1 compliant, 0 non-compliant, 0 unreadable; reports in')
assert log.contains('BUILD SUCCESS')
def report = new File(basedir, 'target/abro/abro-report.txt')
assert report.isFile() && report.text.contains('declaration.xml  COMPLIANT')
return true
