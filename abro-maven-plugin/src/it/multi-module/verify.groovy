def log = new File(basedir, 'build.log').text
assert log.contains('Using the MultiThreadedBuilder') || log.contains('with a thread count of 2')
assert log.count('1 document(s), 1 compliant, 0 non-compliant, 0 unreadable') == 2
['bid-a', 'bid-b'].each { assert new File(basedir, it + '/target/abro/abro-report.html').isFile() }
assert log.contains('BUILD SUCCESS')
return true
