package nl.abro.checker.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.abro.checker.api.CheckSession;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The run the launcher records its class archive from (a CDS archive, or an AOT cache from Java
 * 25): a check of one of each kind of document, written on the spot, with every report format.
 * An archive recorded from whatever the user ran first would hold only the classes of that run:
 * after {@code abro --help} first, every later check of a declaration took 1.36 s instead of
 * 1.01 s; after a declaration first, a PDF took 1.44 s instead of 1.19 s.
 * Hidden: only the launcher runs it. Exits 0 when the check ran (whatever its verdicts).
 */
@Command(name = "warm-up", hidden = true,
        description = "Check a declaration, a PDF and a DOCX written for the purpose, for the launcher's class archive.")
final class WarmUpCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path dir = Files.createTempDirectory("abro-warm-up");
        try {
            Path documents = Files.createDirectory(dir.resolve("documents"));
            writePdf(documents.resolve("annex.pdf"));
            writeDocx(documents.resolve("annex.docx"));
            PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
            int init = AbroCommand.execute(nowhere, nowhere, "init", "--tbb", "4", "-o", documents.resolve("declaration.xml").toString());
            if (init != ExitCode.COMPLIANT) {
                return init;
            }
            // The text report goes to this command's output, which the launcher throws away.
            int check = AbroCommand.execute(spec.commandLine().getOut(), nowhere, "check", documents.toString(), "--date", "2026-11-22",
                    "--format", String.join(",", CheckSession.formats()), "--output", dir.resolve("reports").toString());
            return check == ExitCode.COMPLIANT || check == ExitCode.NON_COMPLIANT ? ExitCode.COMPLIANT : check;
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static final List<String> LINES = List.of("Stg. CONFIDENTIEEL", "Bijlage 3: beveiligingseisen",
            "Deze opdracht valt onder TBB 3 van de ABRO 2026.", "Eis 1.1.1 | voldoet | ja", "Stg. CONFIDENTIEEL");

    private static void writePdf(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                text.newLineAtOffset(72, 740);
                for (String line : LINES) {
                    text.showText(line);
                    text.newLineAtOffset(0, -16);
                }
                text.endText();
            }
            document.save(file.toFile());
        }
    }

    private static void writeDocx(Path file) throws IOException {
        StringBuilder body = new StringBuilder();
        for (String line : LINES) {
            body.append("<w:p><w:r><w:t>").append(line).append("</w:t></w:r></w:p>");
        }
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            part(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\""
                    + " ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            part(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
                    + " Target=\"word/document.xml\"/></Relationships>");
            part(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    + body + "</w:body></w:document>");
        }
    }

    private static void part(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
