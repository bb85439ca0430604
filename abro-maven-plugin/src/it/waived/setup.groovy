def examples = new File(basedir, '../../../../examples').canonicalFile
def target = new File(basedir, 'src/main/abro'); target.mkdirs()
new File(target, 'bid.xml').bytes = new File(examples, 'tbb4-cloud-data-outside-nl.xml').bytes
return true
