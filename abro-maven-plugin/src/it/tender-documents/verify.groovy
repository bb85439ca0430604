import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// Tender documents are picked up by default and checked against tender-2026 without any configuration.
assert log.contains('[ERROR] annex-marking.pdf:page 2: 1.1: ') : 'the missing marking is named with file and page'
assert log.contains('[ERROR] annex-marking.pdf:page 3: 1.4: ') : 'the wrong page number is named with file and page'
assert log =~ /ABRO check \(tender-2026:2026\.1, check date 2026-11-22\): 4 document\(s\), 3 compliant, 1 non-compliant, 0 unreadable/
def report = new JsonSlurper().parse(new File(basedir, 'target/abro/abro-report.json'))
assert report.packs*.id == ['tender-2026']
assert report.documents.collect { [it.path.tokenize('/').last(), it.outcome, it.tbb] } as Set == [
        ['annex-marking.pdf', 'non-compliant', 3],
        ['annex-tbb1.odt', 'compliant', 1],
        ['annex-tbb3.pdf', 'compliant', 3],
        ['annex-tbb4.docx', 'compliant', 4]] as Set
def marking = report.documents.find { it.path.endsWith('annex-marking.pdf') }
assert marking.findings.find { it.requirement == '1.1' }.location.page == 2
return true
