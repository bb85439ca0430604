package nl.abro.model.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.xml.datatype.XMLGregorianCalendar;
import nl.abro.model.Automation;
import nl.abro.model.Chapter;
import nl.abro.model.DocumentKind;
import nl.abro.model.Domain;
import nl.abro.model.EvidenceKind;
import nl.abro.model.Fixture;
import nl.abro.model.RuleDefinition;
import nl.abro.model.InvalidInputException;
import nl.abro.model.LocalizedText;
import nl.abro.model.PackId;
import nl.abro.model.PackManifest;
import nl.abro.model.PackParameter;
import nl.abro.model.PackSourceDocument;
import nl.abro.model.Problem;
import nl.abro.model.Reference;
import nl.abro.model.Requirement;
import nl.abro.model.RequirementCatalog;
import nl.abro.model.RequirementPack;
import nl.abro.model.Section;
import nl.abro.model.TbbLevel;
import nl.abro.model.xml.catalog.Catalog;
import nl.abro.model.xml.pack.Pack;

/**
 * Loads a pack: the manifest ({@code pack.xml}) and the catalog files it names, each validated
 * against its XSD, then checked as a whole (numbering, languages, duplicates across files,
 * parameters that point at real requirements). All problems are reported together.
 *
 * <p>A file of a classpath pack whose bytes its build verified ({@link PackVerification}) is bound
 * without schema validation; every other check still runs.
 *
 * <p>The pack's SHA-256 is taken over the files that decide results (manifest, catalogs, rules) in
 * manifest order: for each file its relative path, a NUL byte, its bytes. Renaming a file or
 * changing a byte changes the digest. Fixtures are read only when asked for.
 */
public final class PackLoader {
    public static final String MANIFEST = "pack.xml";

    /*
     * Each reader's XML binding takes a good part of a short run to make; they are made side by
     * side, ahead, while the caller does other work. Their schemas are compiled when a file is to
     * be validated: a verified classpath pack (see PackVerification) needs none of them.
     */
    private final Lazy<SchemaBoundReader<Pack>> manifests =
            Lazy.ahead(() -> new SchemaBoundReader<>(Pack.class, "/nl/abro/model/xsd/pack-1.xsd"), "abro-pack-reader");
    private final Lazy<SchemaBoundReader<Catalog>> catalogs =
            Lazy.ahead(() -> new SchemaBoundReader<>(Catalog.class, "/nl/abro/model/xsd/catalog-1.xsd"), "abro-catalog-reader");
    private final Lazy<RuleFileReader> ruleFiles = Lazy.ahead(RuleFileReader::new, "abro-rules-reader");
    /** Made when fixtures are first read (test-pack, the build): a check never reads them. */
    private volatile FixtureFileReader fixtureFiles;

    public RequirementPack load(PackSource source) throws InvalidInputException {
        MessageDigest digest = sha256();
        List<String> files = new ArrayList<>();
        Map<String, String> verified = verifiedDigests(source);
        byte[] manifestBytes = readFile(source, MANIFEST, digest, files);
        BoundDocument<Pack> manifestDocument = manifests.get().read(new ByteArrayInputStream(manifestBytes), source.displayPath(MANIFEST),
                !isVerified(verified, MANIFEST, manifestBytes));
        Pack pack = manifestDocument.root();

        List<Problem> problems = new ArrayList<>();
        List<BoundDocument<Catalog>> catalogDocuments = new ArrayList<>();
        for (var ref : pack.getCatalog()) {
            try {
                byte[] bytes = readFile(source, ref.getHref(), digest, files);
                catalogDocuments.add(catalogs.get().read(new ByteArrayInputStream(bytes), source.displayPath(ref.getHref()),
                        !isVerified(verified, ref.getHref(), bytes)));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }

        List<Chapter> chapters = new ArrayList<>();
        Map<String, String> seenIn = new HashMap<>();
        for (BoundDocument<Catalog> document : catalogDocuments) {
            for (var chapter : document.root().getChapter()) {
                chapters.add(toChapter(document, chapter, seenIn, problems));
            }
        }
        PackManifest manifest = toManifest(manifestDocument, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        RequirementCatalog catalog = new RequirementCatalog(chapters);
        List<PackParameter> parameters = toParameters(manifestDocument, catalog, problems);
        List<RuleDefinition> rules = new ArrayList<>();
        for (var ref : pack.getRules()) {
            try {
                byte[] bytes = readFile(source, ref.getHref(), digest, files);
                rules.addAll(ruleFiles.get().read(new ByteArrayInputStream(bytes), source.displayPath(ref.getHref()), catalog,
                        !isVerified(verified, ref.getHref(), bytes)));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        problems.addAll(duplicateRuleIds(rules));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<String> fixtureRefs = pack.getFixtures().stream().map(ref -> ref.getHref()).toList();
        return new RequirementPack(manifest, catalog, parameters, rules, () -> fixtures(source, fixtureRefs), files,
                HexFormat.of().formatHex(digest.digest()), source.location());
    }

    private List<Fixture> fixtures(PackSource source, List<String> refs) throws InvalidInputException {
        List<Fixture> fixtures = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (fixtureFiles == null) {
            fixtureFiles = new FixtureFileReader();
        }
        for (String ref : refs) {
            try (InputStream in = source.open(ref)) {
                fixtures.addAll(fixtureFiles.read(in, source.displayPath(ref)));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            } catch (NoSuchFileException e) {
                problems.add(Problem.inFile(source.displayPath(ref), "file not found"));
            } catch (IOException e) {
                problems.add(Problem.inFile(source.displayPath(ref), "cannot read: " + e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return fixtures;
    }

    /** Rule ids are unique across all rule files of a pack: findings and reports name rules by id. */
    public static List<Problem> duplicateRuleIds(List<RuleDefinition> rules) {
        List<Problem> problems = new ArrayList<>();
        Map<String, RuleDefinition> seen = new HashMap<>();
        for (RuleDefinition rule : rules) {
            RuleDefinition earlier = seen.putIfAbsent(rule.id(), rule);
            if (earlier != null) {
                problems.add(new Problem(rule.origin().file(), rule.origin().line(), rule.origin().column(),
                        "duplicate rule id " + rule.id() + " (also at " + earlier.origin() + ")"));
            }
        }
        return problems;
    }

    /** What the source says its build verified; nothing if that cannot be read (then every file is validated). */
    private static Map<String, String> verifiedDigests(PackSource source) {
        try {
            return source.verifiedDigests();
        } catch (IOException e) {
            return Map.of();
        }
    }

    private static boolean isVerified(Map<String, String> verified, String relativePath, byte[] bytes) {
        String digest = verified.get(relativePath);
        return digest != null && digest.equals(PackVerification.sha256(bytes));
    }

    private static byte[] readFile(PackSource source, String relativePath, MessageDigest digest, List<String> files)
            throws InvalidInputException {
        byte[] bytes;
        try (InputStream in = source.open(relativePath)) {
            bytes = in.readNBytes((int) SchemaBoundReader.MAX_FILE_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(Problem.inFile(source.displayPath(relativePath), "file not found"));
        } catch (IOException e) {
            throw new InvalidInputException(Problem.inFile(source.displayPath(relativePath), "cannot read: " + e.getMessage()));
        }
        digest.update(relativePath.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(bytes);
        files.add(relativePath);
        return bytes;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static Chapter toChapter(BoundDocument<Catalog> document, nl.abro.model.xml.catalog.Chapter chapter,
                                     Map<String, String> seenIn, List<Problem> problems) {
        Domain domain = Domain.valueOf(chapter.getDomain().name());
        LocalizedText title = catalogText(document, chapter, chapter.getTitle(), "title", problems);
        List<Section> sections = new ArrayList<>();
        for (var section : chapter.getSection()) {
            requireChild(document, section, chapter.getNumber(), section.getNumber(), "section", problems);
            List<Requirement> requirements = new ArrayList<>();
            for (var requirement : section.getRequirement()) {
                requirements.add(toRequirement(document, requirement, chapter.getNumber(), section.getNumber(), domain, seenIn, problems));
            }
            sections.add(new Section(section.getNumber(), catalogText(document, section, section.getTitle(), "title", problems), requirements));
        }
        if (!chapter.getRequirement().isEmpty()) {
            List<Requirement> requirements = new ArrayList<>();
            for (var requirement : chapter.getRequirement()) {
                requirements.add(toRequirement(document, requirement, chapter.getNumber(), chapter.getNumber(), domain, seenIn, problems));
            }
            sections.add(new Section(chapter.getNumber(), title, requirements));
        }
        return new Chapter(chapter.getNumber(), domain, title, sections);
    }

    private static Requirement toRequirement(BoundDocument<Catalog> document, nl.abro.model.xml.catalog.Requirement requirement,
                                             String chapter, String parent, Domain domain,
                                             Map<String, String> seenIn, List<Problem> problems) {
        String number = requirement.getNumber();
        requireChild(document, requirement, parent, number, "requirement", problems);
        String earlier = seenIn.putIfAbsent(number, document.file());
        if (earlier != null && !earlier.equals(document.file())) {
            // Within one file the schema already reports it; across files only this check can.
            problems.add(document.problem(requirement, "duplicate requirement number " + number + " (also in " + earlier + ")"));
        }
        Set<TbbLevel> levels = EnumSet.noneOf(TbbLevel.class);
        for (Integer level : requirement.getTbb()) {
            if (!levels.add(TbbLevel.of(level).orElseThrow())) {
                problems.add(document.problem(requirement, "TBB level " + level + " listed twice for requirement " + number));
            }
        }
        return new Requirement(
                number, chapter, parent, domain, levels,
                Automation.valueOf(requirement.getAutomation().name()),
                catalogText(document, requirement, requirement.getTitle(), "title", problems),
                catalogText(document, requirement, requirement.getSummary(), "summary", problems),
                requirement.getEvidence().stream().map(e -> EvidenceKind.valueOf(e.name())).toList(),
                requirement.getReference().stream().map(r -> new Reference(r.getSource().value(), r.getRef())).toList());
    }

    /** Sections nest in chapters and requirements in sections by their numbers: 4.3.26 belongs in 4.3. */
    private static void requireChild(BoundDocument<?> document, Object element, String parent, String number, String what,
                                     List<Problem> problems) {
        if (!number.startsWith(parent + ".") || number.length() == parent.length() + 1) {
            problems.add(document.problem(element, what + " " + number + " does not belong under " + parent));
        }
    }

    private static LocalizedText catalogText(BoundDocument<?> document, Object owner,
                                             List<nl.abro.model.xml.catalog.Text> texts, String what, List<Problem> problems) {
        return localized(document, owner, texts, t -> t.getLang().value(), nl.abro.model.xml.catalog.Text::getValue, what, problems);
    }

    private static LocalizedText packText(BoundDocument<?> document, Object owner,
                                          List<nl.abro.model.xml.pack.Text> texts, String what, List<Problem> problems) {
        return localized(document, owner, texts, t -> t.getLang().value(), nl.abro.model.xml.pack.Text::getValue, what, problems);
    }

    /** Every text of a pack exists once in Dutch and once in English. */
    private static <T> LocalizedText localized(BoundDocument<?> document, Object owner, List<T> texts,
                                               Function<T, String> lang, Function<T, String> value,
                                               String what, List<Problem> problems) {
        Map<String, String> byLanguage = new LinkedHashMap<>();
        for (T text : texts) {
            if (byLanguage.put(lang.apply(text), value.apply(text).strip()) != null) {
                problems.add(document.problem(owner, what + " given twice in language '" + lang.apply(text) + "'"));
            }
        }
        for (String language : List.of("nl", "en")) {
            if (!byLanguage.containsKey(language)) {
                problems.add(document.problem(owner, what + " missing in language '" + language + "'"));
            }
        }
        return new LocalizedText(byLanguage.getOrDefault("nl", ""), byLanguage.getOrDefault("en", ""));
    }

    private static PackManifest toManifest(BoundDocument<Pack> document, List<Problem> problems) {
        Pack pack = document.root();
        LocalizedText title = packText(document, pack, pack.getTitle(), "title", problems);
        LocalizedText description = pack.getDescription().isEmpty()
                ? new LocalizedText("", "")
                : packText(document, pack, pack.getDescription(), "description", problems);
        LocalDate validFrom = date(pack.getValidFrom());
        LocalDate validTo = date(pack.getValidTo());
        if (validTo != null && validTo.isBefore(validFrom)) {
            problems.add(document.problem(pack, "validTo " + validTo + " is before validFrom " + validFrom));
        }
        boolean deprecated = Boolean.TRUE.equals(pack.isDeprecated());
        PackId replacedBy = pack.getReplacedBy() == null ? null
                : new PackId(pack.getReplacedBy().getId(), pack.getReplacedBy().getVersion());
        var source = pack.getSource();
        List<PackId> usesCatalogs = pack.getUsesCatalog().stream().map(u -> new PackId(u.getId(), u.getVersion())).toList();
        Map<DocumentKind, PackManifest.StatedLevel> statedLevels = new EnumMap<>(DocumentKind.class);
        for (var stated : pack.getStatedLevel()) {
            Map<String, String> namespaces = new LinkedHashMap<>();
            stated.getNamespace().forEach(n -> namespaces.put(n.getPrefix(), n.getUri()));
            var kind = DocumentKind.fromCode(stated.getDocument().value());
            if (statedLevels.put(kind, new PackManifest.StatedLevel(stated.getSelect().strip(), namespaces)) != null) {
                problems.add(document.problem(stated, "two statedLevel expressions for document kind " + kind.code()));
            }
        }
        return new PackManifest(new PackId(pack.getId(), pack.getVersion()), title, description, validFrom, validTo,
                deprecated, replacedBy,
                new PackSourceDocument(source.getTitle(), source.getPublisher(), date(source.getDate()),
                        source.getCitation(), source.getUri()),
                usesCatalogs, statedLevels);
    }

    private static List<PackParameter> toParameters(BoundDocument<Pack> document, RequirementCatalog catalog, List<Problem> problems) {
        List<PackParameter> parameters = new ArrayList<>();
        if (document.root().getParameters() == null) {
            return parameters;
        }
        for (var parameter : document.root().getParameters().getParameter()) {
            for (String number : parameter.getRequirements()) {
                if (catalog.requirement(number).isEmpty()) {
                    problems.add(document.problem(parameter, "parameter " + parameter.getName() + " names unknown requirement " + number));
                }
            }
            PackParameter.Type type = PackParameter.Type.valueOf(parameter.getType().name());
            Map<TbbLevel, String> values = new EnumMap<>(TbbLevel.class);
            for (var value : parameter.getValue()) {
                String text = value.getValue().strip();
                if (!fitsType(type, text)) {
                    problems.add(document.problem(value, "value '" + text + "' of parameter " + parameter.getName()
                            + " is not of type " + parameter.getType().value()));
                }
                for (Integer level : value.getTbb()) {
                    if (values.put(TbbLevel.of(level).orElseThrow(), text) != null) {
                        problems.add(document.problem(value, "parameter " + parameter.getName() + " has two values for TBB " + level));
                    }
                }
            }
            parameters.add(new PackParameter(parameter.getName(), type, parameter.getUnit(), parameter.getRequirements(),
                    packText(document, parameter, parameter.getTitle(), "title", problems), values));
        }
        return parameters;
    }

    private static boolean fitsType(PackParameter.Type type, String text) {
        return switch (type) {
            case INTEGER -> text.matches("-?[0-9]{1,9}");
            case BOOLEAN -> text.equals("true") || text.equals("false");
            case STRING -> true;
        };
    }

    private static LocalDate date(XMLGregorianCalendar calendar) {
        return calendar == null ? null : LocalDate.of(calendar.getYear(), calendar.getMonth(), calendar.getDay());
    }
}
