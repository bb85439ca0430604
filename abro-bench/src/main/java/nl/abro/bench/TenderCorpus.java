package nl.abro.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.abro.checker.document.TenderDocument;
import nl.abro.checker.document.TenderDocuments;

/**
 * Writes a generated security annex of N pages (PDF), so the memory check of issue 9 (a 500-page
 * PDF under -Xmx256m) needs nothing large in the repository: {@code TenderCorpus FILE.pdf 500}.
 */
public final class TenderCorpus {
    private TenderCorpus() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "target/bench/annex-500.pdf");
        int pages = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        TenderDocuments.pdf(TenderDocument.clean(3).toBuilder().author("Ministerie van Defensie").pages(pages).build(), file);
        System.out.println(file + ": " + pages + " pages, " + Files.size(file) + " bytes");
    }
}
