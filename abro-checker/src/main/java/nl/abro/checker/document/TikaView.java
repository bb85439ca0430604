package nl.abro.checker.document;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import nl.abro.checker.xml.UnreadableDocumentException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The view of the formats without header or page structure we can reach (Word 97-2003, HTML,
 * plain text), from Tika's XHTML: paragraphs, headings and tables, with Tika's metadata and the
 * names of embedded files (which are listed, never parsed). Tika's own guard against documents
 * that expand out of all proportion applies. Thread-safe.
 */
final class TikaView {
    private final Parser parser;
    private final Processor processor;
    private final long maxCharacters;

    TikaView(Parser parser, Processor processor, long maxCharacters) {
        this.parser = parser;
        this.processor = processor;
        this.maxCharacters = maxCharacters;
    }

    XdmNode read(byte[] bytes, String format, String mediaType) throws UnreadableDocumentException {
        Metadata metadata = new Metadata();
        List<Fact> facts = new ArrayList<>();
        facts.add(Fact.of("encryption", null, "encrypted", "false"));
        ParseContext context = new ParseContext();
        context.set(EmbeddedDocumentExtractor.class, new EmbeddedDocumentExtractor() {
            @Override
            public boolean shouldParseEmbedded(Metadata embedded) {
                return true;
            }

            @Override
            public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata embedded, boolean outputHtml) {
                facts.add(Fact.of("embedded-file", null, "name", embedded.get(TikaCoreProperties.RESOURCE_NAME_KEY),
                        "media-type", embedded.get(Metadata.CONTENT_TYPE)));
            }
        });
        Blocks blocks = new Blocks(maxCharacters);
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            parser.parse(in, blocks, metadata, context);
        } catch (EncryptedDocumentException e) {
            throw new UnreadableDocumentException("versleuteld: het document vraagt een wachtwoord om te openen",
                    "encrypted: the document needs a password to open");
        } catch (SAXException e) {
            if (blocks.tooMuch) {
                throw new UnreadableDocumentException("te groot: meer dan " + maxCharacters + " tekens tekst",
                        "too large: more than " + maxCharacters + " characters of text");
            }
            throw new UnreadableDocumentException("niet leesbaar: " + Reasons.oneLine(e), "not readable: " + Reasons.oneLine(e));
        } catch (IOException | TikaException e) {
            throw new UnreadableDocumentException("niet leesbaar: " + Reasons.oneLine(e), "not readable: " + Reasons.oneLine(e));
        }
        try {
            ViewWriter view = new ViewWriter(processor, maxCharacters);
            view.start("document").attribute("format", format).attribute("media-type", mediaType)
                    .attribute("paged", "false").attribute("pages", first(metadata, "xmpTPg:NPages", "meta:page-count"));
            view.start("metadata");
            view.element("title", first(metadata, "dc:title"));
            view.element("subject", first(metadata, "dc:subject"));
            view.element("keywords", first(metadata, "meta:keyword"));
            view.element("author", first(metadata, "dc:creator"));
            view.element("last-editor", first(metadata, "meta:last-author"));
            view.element("creator-tool", first(metadata, "xmp:CreatorTool", "extended-properties:Application"));
            view.element("created", first(metadata, "dcterms:created"));
            view.element("modified", first(metadata, "dcterms:modified"));
            view.element("template", first(metadata, "extended-properties:Template"));
            view.element("company", first(metadata, "extended-properties:Company"));
            view.element("language", first(metadata, "dc:language"));
            view.end();
            view.start("facts");
            for (Fact fact : facts) {
                view.start(fact.kind());
                for (var attribute : fact.attributes().entrySet()) {
                    view.attribute(attribute.getKey(), attribute.getValue());
                }
                view.text(fact.text()).end();
            }
            view.end();
            view.start("body");
            for (Block block : blocks.blocks) {
                if (block.rows == null) {
                    view.start("p").attribute("heading", block.heading).text(block.text.toString()).end();
                } else {
                    view.start("table");
                    for (List<StringBuilder> row : block.rows) {
                        view.start("row");
                        for (StringBuilder cell : row) {
                            view.start("cell").text(cell.toString()).end();
                        }
                        view.end();
                    }
                    view.end();
                }
            }
            view.end().end();
            return view.finish();
        } catch (ViewWriter.TooMuchTextException e) {
            throw new UnreadableDocumentException("te groot: meer dan " + maxCharacters + " tekens tekst",
                    "too large: " + e.getMessage());
        } catch (SAXException | SaxonApiException e) {
            throw new IllegalStateException("the document view could not be built", e);
        }
    }

    private static String first(Metadata metadata, String... names) {
        for (String name : names) {
            String value = metadata.get(name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    /** A paragraph (text, maybe a heading level) or a table (rows of cells). */
    private static final class Block {
        final StringBuilder text = new StringBuilder();
        Integer heading;
        List<List<StringBuilder>> rows;
    }

    /** Turns Tika's XHTML into blocks: p, h1-h6, li, pre, div text become paragraphs; table cells keep their rows. */
    private static final class Blocks extends DefaultHandler {
        final List<Block> blocks = new ArrayList<>();
        private final long maxCharacters;
        private long characters;
        boolean tooMuch;
        private Block paragraph;
        private Block table;
        private int tableDepth;
        private StringBuilder cell;
        private int skip;

        Blocks(long maxCharacters) {
            this.maxCharacters = maxCharacters;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            String name = localName.toLowerCase(java.util.Locale.ROOT);
            switch (name) {
                case "head", "script", "style", "title" -> skip++;
                case "table" -> {
                    if (tableDepth++ == 0) {
                        table = new Block();
                        table.rows = new ArrayList<>();
                        blocks.add(table);
                    }
                }
                case "tr" -> {
                    if (tableDepth == 1) {
                        table.rows.add(new ArrayList<>());
                    }
                }
                case "td", "th" -> {
                    if (tableDepth == 1) {
                        if (table.rows.isEmpty()) {
                            table.rows.add(new ArrayList<>());
                        }
                        cell = new StringBuilder();
                        table.rows.get(table.rows.size() - 1).add(cell);
                    }
                }
                case "p", "li", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "div", "br" -> {
                    if (tableDepth > 0) {
                        if (cell != null) {
                            cell.append(' ');
                        }
                    } else {
                        paragraph = new Block();
                        if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) {
                            paragraph.heading = name.charAt(1) - '0';
                        }
                        blocks.add(paragraph);
                    }
                }
                default -> { }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            String name = localName.toLowerCase(java.util.Locale.ROOT);
            switch (name) {
                case "head", "script", "style", "title" -> skip--;
                case "table" -> tableDepth--;
                case "td", "th" -> {
                    if (tableDepth == 1) {
                        cell = null;
                    }
                }
                case "p", "li", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "div" -> {
                    if (tableDepth == 0) {
                        paragraph = null;
                    }
                }
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (skip > 0) {
                return;
            }
            characters += length;
            if (characters > maxCharacters) {
                tooMuch = true;
                throw new SAXException("more than " + maxCharacters + " characters of text");
            }
            if (tableDepth > 0) {
                if (cell != null) {
                    cell.append(ch, start, length);
                }
                return;
            }
            if (paragraph == null) {
                paragraph = new Block();
                blocks.add(paragraph);
            }
            paragraph.text.append(ch, start, length);
        }
    }

    static Parser defaultParser() {
        return new AutoDetectParser();
    }
}
