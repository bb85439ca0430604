import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] bid.xml:10: 5.1.4: ') : 'the failing requirement is named with file and line'
assert log =~ /ABRO check \(abro-2026:2026\.1, check date 2026-11-22\): 1 document\(s\), 0 compliant, 1 non-compliant, 0 unreadable/
['abro-report.json', 'abro-report.html', 'abro-report-junit.xml', 'abro-report.sarif'].each {
    assert new File(basedir, 'target/abro/' + it).isFile() : it + ' is written by default'
}

// The plugin and the command line give the same findings for the same input.
def cliJar = new File(basedir, '../../../../abro-checker/target/abro.jar').canonicalFile
assert cliJar.isFile()
def cliOut = new File(basedir, 'target/cli')
def process = ['java', '-jar', cliJar.path, 'check', 'src/main/abro/bid.xml', '--date', '2026-11-22', '--lang', 'en',
               '--format', 'json', '--output', cliOut.path].execute(null, basedir)
process.waitForProcessOutput(new StringBuilder(), new StringBuilder())
assert process.exitValue() == 1
def strip = { findings -> findings.collect { it.subMap(['requirement', 'rule', 'key', 'severity', 'message', 'location']) } }
def plugin = new JsonSlurper().parse(new File(basedir, 'target/abro/abro-report.json'))
def cli = new JsonSlurper().parse(new File(cliOut, 'abro-report.json'))
assert plugin.documents[0].findings.size() > 10
assert strip(plugin.documents[0].findings) == strip(cli.documents[0].findings)
assert plugin.documents[0].requirements == cli.documents[0].requirements
assert plugin.packs == cli.packs
return true
