def examples = new File(basedir, '../../../../examples').canonicalFile
['bid-a': 'tbb1-compliant.xml', 'bid-b': 'tbb4-compliant.xml'].each { module, example ->
    def target = new File(basedir, module + '/src/main/abro'); target.mkdirs()
    new File(target, 'declaration.xml').bytes = new File(examples, example).bytes
}
return true
