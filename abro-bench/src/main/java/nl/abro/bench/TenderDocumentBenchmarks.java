package nl.abro.bench;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import net.sf.saxon.s9api.Processor;
import nl.abro.checker.api.CheckSession;
import nl.abro.checker.check.CheckOptions;
import nl.abro.checker.check.Checker;
import nl.abro.checker.check.CompiledPack;
import nl.abro.checker.check.DocumentLoader;
import nl.abro.checker.check.DocumentResult;
import nl.abro.checker.check.LoadedDocument;
import nl.abro.checker.document.TenderDocument;
import nl.abro.checker.document.TenderDocuments;
import nl.abro.checker.xml.HardenedSaxon;
import nl.abro.checker.xml.Schemas;
import nl.abro.model.io.PackRegistry;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Tender documents: milliseconds per document of {@code pages} pages (a generated security annex),
 * through the whole of what {@code abro check} does (content detection, the view, the tender-2026
 * rules), against Tika's plain text extraction of the same bytes (AutoDetectParser into a body
 * handler): the lower bound issue 9 names. Pages per second are pages / time in BenchRun.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class TenderDocumentBenchmarks {
    static final LocalDate DATE = LocalDate.of(2026, 11, 22);

    @State(Scope.Benchmark)
    public static class Documents {
        @Param({"10", "100", "500"})
        public int pages;

        byte[] pdf;
        byte[] docx;
        Checker checker;
        DocumentLoader loader;
        AutoDetectParser tika;
        final CheckOptions options = CheckOptions.defaults(DATE);

        @Setup(Level.Trial)
        public void generate() throws Exception {
            TenderDocument document = TenderDocument.clean(3).toBuilder().author("Ministerie van Defensie").pages(pages).build();
            pdf = TenderDocuments.pdf(document);
            docx = TenderDocuments.docx(document);
            Processor processor = HardenedSaxon.newProcessor();
            PackRegistry registry = new PackRegistry(TenderDocumentBenchmarks.class.getClassLoader());
            loader = new DocumentLoader(processor, Schemas.bundled());
            checker = new Checker(CompiledPack.compile(registry.resolve(CheckSession.DEFAULT_PACKS.get(
                    nl.abro.model.DocumentKind.TENDER)), processor, registry), loader, "bench");
            tika = new AutoDetectParser();
        }
    }

    static int check(Documents documents, String name, byte[] bytes) throws Exception {
        LoadedDocument document = documents.loader.load(name, new DocumentLoader.Read(bytes, "-"));
        DocumentResult result = documents.checker.check(document, documents.options);
        return result.findings().size() + result.requirements().size();
    }

    static int extract(Documents documents, byte[] bytes) throws Exception {
        BodyContentHandler text = new BodyContentHandler(-1);
        try (InputStream in = TikaInputStream.get(bytes)) {
            documents.tika.parse(in, text, new Metadata(), new ParseContext());
        }
        return text.toString().length();
    }

    @Benchmark
    public int pdfCheck(Documents documents) throws Exception {
        return check(documents, "annex.pdf", documents.pdf);
    }

    @Benchmark
    public int pdfTikaText(Documents documents) throws Exception {
        return extract(documents, documents.pdf);
    }

    @Benchmark
    public int docxCheck(Documents documents) throws Exception {
        return check(documents, "annex.docx", documents.docx);
    }

    @Benchmark
    public int docxTikaText(Documents documents) throws Exception {
        return extract(documents, documents.docx);
    }
}
