package nl.abro.checker.corpus;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import nl.abro.model.TbbLevel;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Makes realistic supplier declarations for tests and benchmarks, so that no large corpus is
 * committed: each is one of the four compliant examples (one per TBB level, about 60 KB and 370
 * statements) with its supplier renamed, its staff, sites and services grown or shrunk, and, for
 * about half of them, one to four of the defects the defect examples show (old self-inspection,
 * expired VGB, lenient lockout, data outside NL, provider-held keys, expired certificate, missing
 * or negative statements, a subcontractor without approval). Deterministic: the same seed and
 * index give the same bytes. The templates are trusted files of this project; DOM is fine here.
 */
public final class DeclarationGenerator {
    private static final String NS = "urn:nl:abro:declaration:1";
    private static final String[] NAMES = {"Van Dijk", "Bakker", "Jansen", "Visser", "Smit", "Meijer", "De Boer", "Mulder",
        "De Groot", "Bos", "Vos", "Peters", "Hendriks", "Dekker", "Brouwer", "De Wit", "Dijkstra", "Kok", "Vermeulen", "Van Leeuwen"};
    private static final String[] FIRST = {"Anna", "Bas", "Carmen", "Dirk", "Eva", "Finn", "Gijs", "Hanna", "Iris", "Joost",
        "Kim", "Luuk", "Maud", "Noor", "Olaf", "Pien", "Quinten", "Roos", "Sem", "Tess"};

    private final Map<TbbLevel, byte[]> templates;
    private final long seed;

    public DeclarationGenerator(Map<TbbLevel, byte[]> templates, long seed) {
        this.templates = new EnumMap<>(templates);
        this.seed = seed;
    }

    /** Reads tbbN-compliant.xml for N = 1..4 from a directory (the project's examples/). */
    public static DeclarationGenerator fromDirectory(Path examples, long seed) throws IOException {
        Map<TbbLevel, byte[]> templates = new EnumMap<>(TbbLevel.class);
        for (TbbLevel level : TbbLevel.values()) {
            templates.put(level, Files.readAllBytes(examples.resolve("tbb" + level.number() + "-compliant.xml")));
        }
        return new DeclarationGenerator(templates, seed);
    }

    /** Reads the same templates from the classpath, under a prefix such as "examples/". */
    public static DeclarationGenerator fromClasspath(String prefix, long seed) throws IOException {
        Map<TbbLevel, byte[]> templates = new EnumMap<>(TbbLevel.class);
        for (TbbLevel level : TbbLevel.values()) {
            String name = prefix + "tbb" + level.number() + "-compliant.xml";
            try (InputStream in = DeclarationGenerator.class.getClassLoader().getResourceAsStream(name)) {
                if (in == null) {
                    throw new IOException("not on the classpath: " + name);
                }
                templates.put(level, in.readAllBytes());
            }
        }
        return new DeclarationGenerator(templates, seed);
    }

    /** N declarations, the levels taking turns. */
    public List<byte[]> corpus(int count) {
        List<byte[]> corpus = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            corpus.add(declaration(i));
        }
        return corpus;
    }

    public byte[] declaration(int index) {
        Random random = new Random(seed * 1_000_003L + index);
        TbbLevel level = TbbLevel.values()[index % 4];
        try {
            Document document = parse(templates.get(level));
            Element root = document.getDocumentElement();
            vary(root, random, index);
            if (random.nextInt(100) < 50) {
                int defects = 1 + random.nextInt(4);
                for (int i = 0; i < defects; i++) {
                    defect(root, random);
                }
            }
            return serialize(document);
        } catch (Exception e) {
            throw new IllegalStateException("cannot generate declaration " + index, e);
        }
    }

    /** Harmless variety: names, and more or fewer people, compartments and statements' explanations. */
    private static void vary(Element root, Random random, int index) {
        Element supplier = first(root, "supplier");
        if (supplier != null) {
            supplier.setAttribute("name", NAMES[random.nextInt(NAMES.length)] + " " + (index + 1) + " B.V.");
            supplier.setAttribute("kvk", String.format("%08d", random.nextInt(100_000_000)));
        }
        Element personnel = first(root, "personnel");
        List<Element> people = children(personnel, "person");
        if (!people.isEmpty()) {
            int extra = random.nextInt(25);
            Node after = people.get(people.size() - 1).getNextSibling();
            for (int i = 0; i < extra; i++) {
                Element copy = (Element) people.get(random.nextInt(people.size())).cloneNode(true);
                copy.setAttribute("name", FIRST[random.nextInt(FIRST.length)] + " " + NAMES[random.nextInt(NAMES.length)]);
                personnel.insertBefore(copy, after);
            }
        }
        for (Element statement : descendants(root, "statement")) {
            List<Element> explanations = children(statement, "explanation");
            if (!explanations.isEmpty() && random.nextInt(4) == 0) {
                explanations.get(0).setTextContent(explanations.get(0).getTextContent() + " See also annex "
                        + (char) ('A' + random.nextInt(8)) + "." + (1 + random.nextInt(20)) + ".");
            }
        }
    }

    private static void defect(Element root, Random random) {
        switch (random.nextInt(9)) {
            case 0 -> set(first(descendant(root, "governance"), "selfInspection"), "date", "2025-0" + (1 + random.nextInt(9)) + "-15");
            case 1 -> {
                List<Element> vgbs = descendants(root, "vgb");
                if (!vgbs.isEmpty()) {
                    Element vgb = vgbs.get(random.nextInt(vgbs.size()));
                    vgb.setAttribute("issued", "2020-03-02");
                    vgb.setAttribute("reScreeningDue", "2025-03-02");
                }
            }
            case 2 -> set(descendant(root, "accounts"), "lockoutThreshold", String.valueOf(4 + random.nextInt(6)));
            case 3 -> descendants(root, "service").forEach(s -> s.setAttribute("dataLocations", "NL DE"));
            case 4 -> descendants(root, "service").forEach(s -> s.setAttribute("keyCustody", "provider"));
            case 5 -> descendants(root, "certificate").stream().findFirst().ifPresent(c -> {
                c.setAttribute("issued", "2023-06-01");
                c.setAttribute("expires", "2026-06-01");
            });
            case 6 -> {
                List<Element> statements = descendants(root, "statement");
                for (int i = 1 + random.nextInt(5); i > 0 && !statements.isEmpty(); i--) {
                    Element statement = statements.remove(random.nextInt(statements.size()));
                    statement.getParentNode().removeChild(statement);
                }
            }
            case 7 -> {
                List<Element> statements = descendants(root, "statement");
                String[] statuses = {"does-not-comply", "partly", "not-applicable"};
                for (int i = 1 + random.nextInt(4); i > 0 && !statements.isEmpty(); i--) {
                    statements.get(random.nextInt(statements.size())).setAttribute("status", statuses[random.nextInt(statuses.length)]);
                }
            }
            default -> descendants(root, "subcontractor").stream().findFirst().ifPresent(s -> {
                s.removeAttribute("caApproved");
                s.removeAttribute("nbivApproved");
            });
        }
    }

    private static void set(Element element, String attribute, String value) {
        if (element != null) {
            element.setAttribute(attribute, value);
        }
    }

    private static Element first(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static Element descendant(Element root, String name) {
        List<Element> found = descendants(root, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && NS.equals(element.getNamespaceURI()) && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static List<Element> descendants(Element root, String name) {
        NodeList list = root.getElementsByTagNameNS(NS, name);
        List<Element> found = new ArrayList<>(list.getLength());
        for (int i = 0; i < list.getLength(); i++) {
            found.add((Element) list.item(i));
        }
        return found;
    }

    private static Document parse(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private static byte[] serialize(Document document) throws Exception {
        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        transformer.transform(new DOMSource(document), new StreamResult(out));
        return out.toByteArray();
    }
}
