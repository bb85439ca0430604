def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] bid.xml:') && log.contains(': 5.1.4: ') : 'the waived finding is still shown'
assert log.contains('1 compliant, 0 non-compliant')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/abro/abro-report.txt').text.contains('5.1.4  WAIVED')
return true
