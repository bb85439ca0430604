def log = new File(basedir, 'build.log').text
assert log.contains('No documents to check in') && log.contains('set failIfNoFiles=false to allow this')
return true
