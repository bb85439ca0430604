package nl.abro.checker.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Zip packages (OOXML, ODF) with fixed entry times, so equal content gives equal bytes. */
final class Zips {

    /** The time every entry carries; local time in the zip format, so no time zone can shift it. */
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2026, 3, 9, 16, 40, 0);

    private Zips() {
    }

    static ZipEntry entry(String name) {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(ENTRY_TIME);
        return e;
    }

    /** An uncompressed entry: ODF requires its mimetype entry stored, first and without extra fields. */
    static ZipEntry stored(String name, byte[] content) {
        ZipEntry e = entry(name);
        e.setMethod(ZipEntry.STORED);
        e.setSize(content.length);
        e.setCompressedSize(content.length);
        CRC32 crc = new CRC32();
        crc.update(content);
        e.setCrc(crc.getValue());
        return e;
    }

    /** Copies a zip entry by entry, in the same order, with {@link #ENTRY_TIME} on every entry. */
    static void normalise(byte[] zip, OutputStream out) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(NonClosing.of(out))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                z.putNextEntry(entry(e.getName()));
                in.transferTo(z);
                z.closeEntry();
            }
        }
    }

    /** Lets a zip stream finish its archive without closing the caller's stream. */
    static final class NonClosing extends java.io.FilterOutputStream {
        private NonClosing(OutputStream out) {
            super(out);
        }

        static OutputStream of(OutputStream out) {
            return new NonClosing(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
