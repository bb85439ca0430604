package nl.abro.checker.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmMap;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;
import nl.abro.checker.xml.UnreadableDocumentException;
import nl.abro.checker.xml.XmlInput;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * The view of a DOCX or ODT, made by XSLT from the package's own XML parts. Tika's text of these
 * formats mixes header, footer and hidden text into the body and leaves comments out, which are
 * exactly the facts the tender rules judge; the parts say them plainly. The package is opened
 * with limits a zip bomb cannot pass: entry count, size per part, total size and compression ratio,
 * counted on the bytes actually inflated, not on what the archive claims. Thread-safe.
 */
final class PackageView {
    static final int MAX_ENTRIES = 10_000;
    static final long MAX_PART_BYTES = 64L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 256L * 1024 * 1024;
    /** Office XML compresses well, but not like this: above it a part is a bomb. */
    static final long MAX_RATIO = 200;

    enum Format {
        DOCX("docx-view.xsl"), ODT("odt-view.xsl");

        final String stylesheet;

        Format(String stylesheet) {
            this.stylesheet = stylesheet;
        }
    }

    private final XmlInput xml;
    private final Processor processor;
    /** Compiled on first use: a run over PDFs only never needs them. */
    private final Map<Format, XsltExecutable> stylesheets = new java.util.EnumMap<>(Format.class);

    PackageView(Processor processor) {
        this.xml = new XmlInput(processor);
        this.processor = processor;
    }

    private synchronized XsltExecutable stylesheet(Format format) {
        return stylesheets.computeIfAbsent(format, f -> {
            try (InputStream in = PackageView.class.getResourceAsStream(f.stylesheet)) {
                if (in == null) {
                    throw new IllegalStateException("bundled stylesheet " + f.stylesheet + " is missing");
                }
                return processor.newXsltCompiler().compile(new StreamSource(in, "classpath:nl/abro/checker/document/" + f.stylesheet));
            } catch (IOException | SaxonApiException e) {
                throw new IllegalStateException("bundled stylesheet " + f.stylesheet + " cannot be loaded", e);
            }
        });
    }

    XdmNode read(byte[] bytes, Format format, String mediaType) throws UnreadableDocumentException {
        Map<XdmAtomicValue, XdmValue> parts = new LinkedHashMap<>();
        Map<XdmAtomicValue, XdmValue> entries = new LinkedHashMap<>();
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            List<ZipArchiveEntry> all = Collections.list(zip.getEntries());
            if (all.size() > MAX_ENTRIES) {
                throw bomb("meer dan " + MAX_ENTRIES + " onderdelen", "more than " + MAX_ENTRIES + " entries");
            }
            all.sort(java.util.Comparator.comparing(ZipArchiveEntry::getName));
            long total = 0;
            for (ZipArchiveEntry entry : all) {
                if (entry.isDirectory()) {
                    continue;
                }
                String name = entry.getName();
                if (entry.getMethod() != ZipArchiveEntry.STORED && entry.getMethod() != ZipArchiveEntry.DEFLATED) {
                    // DOCX and ODT store or deflate; anything else is damage or a trick.
                    throw new UnreadableDocumentException("onderdeel " + name + " is gecomprimeerd met methode " + entry.getMethod()
                            + ", die " + format.name() + " niet kent", "entry " + name + " uses compression method " + entry.getMethod()
                            + ", which " + format.name() + " does not use");
                }
                boolean isXml = name.endsWith(".xml") || name.endsWith(".rels");
                byte[] content;
                try (InputStream in = zip.getInputStream(entry)) {
                    content = inflate(in, entry, isXml);
                }
                total += content == null ? entry.getSize() : content.length;
                if (total > MAX_TOTAL_BYTES) {
                    throw bomb("uitgepakt groter dan " + (MAX_TOTAL_BYTES >> 20) + " MiB",
                            "larger than " + (MAX_TOTAL_BYTES >> 20) + " MiB unpacked");
                }
                entries.put(new XdmAtomicValue(name), new XdmAtomicValue(content == null ? Math.max(0, entry.getSize()) : content.length));
                if (isXml) {
                    try {
                        parts.put(new XdmAtomicValue(name), xml.parse(new ByteArrayInputStream(content), null));
                    } catch (UnreadableDocumentException e) {
                        throw new UnreadableDocumentException("onderdeel " + name + ": " + e.reason().nl(), "part " + name + ": " + e.reason().en());
                    }
                }
            }
        } catch (IOException e) {
            throw new UnreadableDocumentException("geen leesbaar " + format.name() + "-pakket: " + Reasons.oneLine(e),
                    "not a readable " + format.name() + " package: " + Reasons.oneLine(e));
        }
        String main = format == Format.DOCX ? "word/document.xml" : "content.xml";
        if (!parts.containsKey(new XdmAtomicValue(main))) {
            throw new UnreadableDocumentException("geen " + format.name() + ": het pakket mist " + main,
                    "not a " + format.name() + ": the package has no " + main);
        }
        try {
            Xslt30Transformer transformer = stylesheet(format).load30();
            Map<QName, XdmValue> parameters = new LinkedHashMap<>();
            parameters.put(new QName("parts"), new XdmMap(parts));
            parameters.put(new QName("entries"), new XdmMap(entries));
            parameters.put(new QName("media-type"), new XdmAtomicValue(mediaType));
            transformer.setStylesheetParameters(parameters);
            XdmDestination destination = new XdmDestination();
            transformer.callTemplate(new QName("view"), destination);
            return destination.getXdmNode();
        } catch (SaxonApiException e) {
            throw new UnreadableDocumentException("het " + format.name() + "-document kon niet worden gelezen: " + Reasons.oneLine(e),
                    "the " + format.name() + " document could not be read: " + Reasons.oneLine(e));
        }
    }

    /** Inflates one entry, counting real bytes; non-XML entries are only counted (null). */
    private static byte[] inflate(InputStream in, ZipArchiveEntry entry, boolean keep) throws IOException, UnreadableDocumentException {
        java.io.ByteArrayOutputStream out = keep ? new java.io.ByteArrayOutputStream() : null;
        byte[] buffer = new byte[16384];
        long read = 0;
        long compressed = Math.max(entry.getCompressedSize(), 1);
        for (int n; (n = in.read(buffer)) > 0; ) {
            read += n;
            if (read > MAX_PART_BYTES) {
                throw bomb("onderdeel " + entry.getName() + " is uitgepakt groter dan " + (MAX_PART_BYTES >> 20) + " MiB",
                        "entry " + entry.getName() + " is larger than " + (MAX_PART_BYTES >> 20) + " MiB unpacked");
            }
            if (read > 1024 * 1024 && read / compressed > MAX_RATIO) {
                throw bomb("onderdeel " + entry.getName() + " pakt meer dan " + MAX_RATIO + " keer uit",
                        "entry " + entry.getName() + " inflates more than " + MAX_RATIO + " times");
            }
            if (out != null) {
                out.write(buffer, 0, n);
            }
        }
        return out == null ? null : out.toByteArray();
    }

    private static UnreadableDocumentException bomb(String nl, String en) {
        return new UnreadableDocumentException("geweigerd als zip-bom: " + nl, "refused as a zip bomb: " + en);
    }

}
