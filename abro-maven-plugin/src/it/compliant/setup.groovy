def examples = new File(basedir, '../../../../examples').canonicalFile
def target = new File(basedir, 'src/main/abro'); target.mkdirs()
new File(target, 'declaration.xml').bytes = new File(examples, 'tbb3-compliant.xml').bytes
return true
