import java.util.zip.ZipEntry
import java.util.zip.ZipOutputStream

// The house-rules pack as a jar in the build's local repository, as if a team had deployed it.
def repository = new File(basedir, '../../local-repo/nl/abro/it/house-rules/1.0')
repository.mkdirs()
def jar = new File(repository, 'house-rules-1.0.jar')
def root = new File(basedir, 'pack')
jar.withOutputStream { out ->
    def zip = new ZipOutputStream(out)
    root.eachFileRecurse(groovy.io.FileType.FILES) { file ->
        zip.putNextEntry(new ZipEntry(root.toPath().relativize(file.toPath()).toString().replace('\\', '/')))
        zip.write(file.bytes)
        zip.closeEntry()
    }
    zip.close()
}
new File(repository, 'house-rules-1.0.pom').text = '''<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>nl.abro.it</groupId><artifactId>house-rules</artifactId><version>1.0</version></project>'''

def examples = new File(basedir, '../../../../examples/tender').canonicalFile
def target = new File(basedir, 'src/main/abro'); target.mkdirs()
['annex-tbb3.pdf', 'annex-tbb4.docx'].each { new File(target, it).bytes = new File(examples, it).bytes }
return true
