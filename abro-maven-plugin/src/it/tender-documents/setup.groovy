// A tender-document build: the annexes come from the examples, so the IT checks real PDF, DOCX and ODT files.
def examples = new File(basedir, '../../../../examples/tender').canonicalFile
def target = new File(basedir, 'src/main/abro'); target.mkdirs()
['annex-tbb3.pdf', 'annex-tbb4.docx', 'annex-tbb1.odt', 'annex-marking.pdf'].each {
    new File(target, it).bytes = new File(examples, it).bytes
}
return true
