def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] bid.xml:10: 5.1.4: ') : 'the failing requirement is named with file and line'
assert log =~ /ABRO check \(abro-2026:2026\.1, check date 2026-11-22\): 1 document\(s\), 0 compliant, 1 non-compliant, 0 unreadable/
assert new File(basedir, 'target/abro/abro-report.txt').text.contains('5.1.4')
return true
