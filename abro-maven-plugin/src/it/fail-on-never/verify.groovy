def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] bid.xml:10: 5.1.4: ') : 'findings are still shown'
assert log.contains('BUILD SUCCESS')
return true
