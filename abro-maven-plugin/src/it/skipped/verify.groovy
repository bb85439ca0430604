def log = new File(basedir, 'build.log').text
assert log.contains('ABRO check skipped')
assert !new File(basedir, 'target/abro').exists()
return true
