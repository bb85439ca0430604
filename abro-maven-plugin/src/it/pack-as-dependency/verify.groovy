def log = new File(basedir, 'build.log').text
// The pack came from the plugin's own dependency, found by id: the PDF names no organisation, the DOCX does.
assert log.contains('[ERROR] annex-tbb3.pdf: 1.1: The document properties name no organisation.')
assert !log.contains('annex-tbb4.docx: 1.1')
assert log =~ /ABRO check \(house-rules:1\.0, check date 2026-11-22\): 2 document\(s\), 1 compliant, 1 non-compliant, 0 unreadable/
return true
