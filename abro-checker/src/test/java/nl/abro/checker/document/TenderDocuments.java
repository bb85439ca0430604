package nl.abro.checker.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Date;
import java.util.Optional;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes {@link TenderDocument}s as real PDF, DOCX and ODT files, and the hostile variants a loader
 * must survive: password-protected PDFs, truncated files, a zip posing as a PDF. The byte[] methods
 * are for small documents; the stream and path methods write large ones without a second copy.
 *
 * <p>Same spec, same bytes, except for encrypted PDFs (random salt and IV, by design of the format).
 */
public final class TenderDocuments {

    public static final String PRODUCER = "abro test documents (Apache PDFBox)";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public enum Format {
        PDF("pdf", "application/pdf"),
        DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ODT("odt", TenderOdt.MEDIA_TYPE);

        private final String extension;
        private final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        public String extension() {
            return extension;
        }

        public String mediaType() {
            return mediaType;
        }
    }

    private TenderDocuments() {
    }

    public static byte[] write(Format format, TenderDocument doc) {
        return bytes(out -> write(format, doc, out));
    }

    public static void write(Format format, TenderDocument doc, OutputStream out) throws IOException {
        switch (format) {
            case PDF -> pdf(doc, out);
            case DOCX -> TenderDocx.write(doc, out);
            case ODT -> TenderOdt.write(doc, out);
        }
    }

    /** Writes to a file named by the caller; any extension, so a test can lie about the type. */
    public static Path write(Format format, TenderDocument doc, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(format, doc, out);
        }
        return file;
    }

    public static byte[] pdf(TenderDocument doc) {
        return write(Format.PDF, doc);
    }

    public static void pdf(TenderDocument doc, OutputStream out) throws IOException {
        try (PDDocument pdf = TenderPdf.build(doc)) {
            pdf.save(out);
        }
    }

    public static Path pdf(TenderDocument doc, Path file) throws IOException {
        return write(Format.PDF, doc, file);
    }

    public static byte[] docx(TenderDocument doc) {
        return write(Format.DOCX, doc);
    }

    public static void docx(TenderDocument doc, OutputStream out) throws IOException {
        write(Format.DOCX, doc, out);
    }

    public static Path docx(TenderDocument doc, Path file) throws IOException {
        return write(Format.DOCX, doc, file);
    }

    public static byte[] odt(TenderDocument doc) {
        return write(Format.ODT, doc);
    }

    public static void odt(TenderDocument doc, OutputStream out) throws IOException {
        write(Format.ODT, doc, out);
    }

    public static Path odt(TenderDocument doc, Path file) throws IOException {
        return write(Format.ODT, doc, file);
    }

    /**
     * AES-256 with a user password: nothing can be read without it. The owner password is the user
     * password reversed, so it is different, as a real tool would make it.
     */
    public static byte[] pdfWithUserPassword(TenderDocument doc, String userPassword) {
        String owner = new StringBuilder(userPassword).reverse() + "-eigenaar";
        return encrypted(doc, owner, userPassword, new AccessPermission());
    }

    /**
     * AES-256 with only an owner password: opens without a password (the empty user password), but is
     * encrypted and forbids editing, the usual "protected" PDF a tenderer receives.
     */
    public static byte[] pdfWithOwnerPassword(TenderDocument doc, String ownerPassword) {
        AccessPermission permissions = new AccessPermission();
        permissions.setCanModify(false);
        permissions.setCanAssembleDocument(false);
        permissions.setCanFillInForm(false);
        permissions.setCanModifyAnnotations(false);
        return encrypted(doc, ownerPassword, "", permissions);
    }

    private static byte[] encrypted(TenderDocument doc, String owner, String user, AccessPermission permissions) {
        return bytes(out -> {
            try (PDDocument pdf = TenderPdf.build(doc)) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy(owner, user, permissions);
                policy.setEncryptionKeyLength(256);
                pdf.protect(policy);
                pdf.save(out);
            }
        });
    }

    /** The first fraction (0 to 1) of a file, as a broken download or a full disk leaves it. */
    public static byte[] truncated(byte[] content, double fraction) {
        if (fraction < 0 || fraction > 1) {
            throw new IllegalArgumentException("fraction must be 0 to 1: " + fraction);
        }
        return truncated(content, (int) (content.length * fraction));
    }

    public static byte[] truncated(byte[] content, int length) {
        return Arrays.copyOf(content, Math.min(length, content.length));
    }

    /**
     * A zip archive holding the annex as PDF and DOCX: what a tenderer uploads when the portal wants
     * one file. The caller names it (e.g. "beveiligingsbijlage.pdf" to test detection by content).
     */
    public static byte[] zip(TenderDocument doc) {
        return bytes(out -> {
            try (ZipOutputStream zip = new ZipOutputStream(Zips.NonClosing.of(out))) {
                for (Format f : new Format[] {Format.PDF, Format.DOCX}) {
                    zip.putNextEntry(Zips.entry("beveiligingsbijlage." + f.extension()));
                    write(f, doc, zip);
                    zip.closeEntry();
                }
            }
        });
    }

    /** A small workbook, the copy register (exemplaarregister), to attach to a document. */
    public static byte[] copyRegister(int copies) {
        return bytes(out -> {
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            try (XSSFWorkbook book = new XSSFWorkbook()) {
                var core = book.getProperties().getCoreProperties();
                core.setCreator("M. Jansen");
                core.setTitle("Exemplaarregister");
                core.setCreated(Optional.of(Date.from(TenderDocument.CREATED)));
                core.setModified(Optional.of(Date.from(TenderDocument.MODIFIED)));
                XSSFSheet sheet = book.createSheet("Exemplaarregister");
                String[] header = {"Exemplaar", "Maker", "Ontvanger"};
                XSSFRow row = sheet.createRow(0);
                for (int c = 0; c < header.length; c++) {
                    row.createCell(c).setCellValue(header[c]);
                }
                for (int i = 1; i <= copies; i++) {
                    row = sheet.createRow(i);
                    row.createCell(0).setCellValue(i);
                    row.createCell(1).setCellValue("M. Jansen");
                    row.createCell(2).setCellValue("Ontvanger " + i);
                }
                book.write(raw);
            }
            Zips.normalise(raw.toByteArray(), out);
        });
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static byte[] bytes(Writer writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
