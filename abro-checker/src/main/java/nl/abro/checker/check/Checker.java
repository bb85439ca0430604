package nl.abro.checker.check;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import nl.abro.checker.rules.Bindings;
import nl.abro.checker.rules.CompiledRule;
import nl.abro.checker.rules.RuleHit;
import nl.abro.checker.xml.UnreadableDocumentException;
import nl.abro.model.DocumentKind;
import nl.abro.model.LocalizedText;
import nl.abro.model.Requirement;
import nl.abro.model.RequirementPack;
import nl.abro.model.Severity;
import nl.abro.model.TbbLevel;
import nl.abro.model.TenderProfile;
import nl.abro.model.Waiver;

/**
 * Checks documents against a compiled pack: every file is read, every applicable rule run, and
 * every requirement given an outcome. Files are checked in parallel; results keep input order.
 */
public final class Checker {
    private final PackRouter packs;
    private final DocumentLoader loader;
    private final String toolVersion;
    private final ConcurrentHashMap<BindingsKey, Bindings> bindings = new ConcurrentHashMap<>();

    /** A checker that checks every document against one pack. */
    public Checker(CompiledPack pack, DocumentLoader loader, String toolVersion) {
        this(PackRouter.single(pack), loader, toolVersion);
    }

    public Checker(PackRouter packs, DocumentLoader loader, String toolVersion) {
        this.packs = packs;
        this.loader = loader;
        this.toolVersion = toolVersion;
    }

    public CheckResult check(List<Input> inputs, CheckOptions options) {
        return check(inputs, options, done -> { });
    }

    /** Checks every input; {@code progress} hears of each finished file (from any thread). */
    public CheckResult check(List<Input> inputs, CheckOptions options, java.util.function.IntConsumer progress) {
        List<DocumentResult> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(options.jobs(), inputs.size())), DAEMONS);
        // Each file runs on a worker of its own, so its time limit counts from when it starts and a
        // file that hangs can be abandoned while the batch goes on.
        ExecutorService workers = Executors.newCachedThreadPool(DAEMONS);
        try {
            java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
            List<Future<DocumentResult>> futures = new ArrayList<>();
            for (Input input : inputs) {
                futures.add(pool.submit(() -> {
                    DocumentResult result = withinTimeLimit(input, options, workers);
                    progress.accept(done.incrementAndGet());
                    return result;
                }));
            }
            for (Future<DocumentResult> future : futures) {
                results.add(future.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("check interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("check failed", e.getCause());
        } finally {
            pool.shutdownNow();
            workers.shutdownNow();
        }
        return new CheckResult(toolVersion, used(results), options.checkDate(),
                options.tender() == null ? null : options.tender().source(), results);
    }

    /** The packs the results name, in order of first use; a run with no readable document still names its pack. */
    private List<CheckResult.PackUse> used(List<DocumentResult> results) {
        Map<nl.abro.model.PackId, String> digests = new HashMap<>();
        packs.compiled().forEach(c -> digests.put(c.pack().coordinates(), c.pack().sha256()));
        Map<nl.abro.model.PackId, CheckResult.PackUse> used = new LinkedHashMap<>();
        for (DocumentResult result : results) {
            if (result.pack() != null && digests.containsKey(result.pack())) {
                used.putIfAbsent(result.pack(), new CheckResult.PackUse(result.pack(), digests.get(result.pack())));
            }
        }
        if (used.isEmpty()) {
            packs.compiled().forEach(c -> used.put(c.pack().coordinates(), new CheckResult.PackUse(c.pack().coordinates(), c.pack().sha256())));
        }
        return List.copyOf(used.values());
    }

    private static final java.util.concurrent.ThreadFactory DAEMONS = runnable -> {
        Thread thread = new Thread(runnable, "abro-check");
        thread.setDaemon(true);
        return thread;
    };

    private DocumentResult withinTimeLimit(Input input, CheckOptions options, ExecutorService workers)
            throws InterruptedException, ExecutionException {
        Future<DocumentResult> work = workers.submit(() -> checkFile(input, options));
        try {
            return work.get(options.timeLimit().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            work.cancel(true);
            return DocumentResult.unreadable(input.displayPath(), null, null, new LocalizedText(
                    "de controle duurde langer dan de tijdslimiet van " + describe(options.timeLimit()) + "; overgeslagen",
                    "checking took longer than the time limit of " + describe(options.timeLimit()) + "; skipped"));
        }
    }

    private static String describe(java.time.Duration limit) {
        return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
    }

    /** Reads and checks one file; a file that cannot be read becomes an error result, never an exception. */
    public DocumentResult checkFile(Input input, CheckOptions options) {
        DocumentLoader.Read read;
        try {
            read = loader.read(input.file());
        } catch (UnreadableDocumentException e) {
            return DocumentResult.unreadable(input.displayPath(), null, null, e.reason());
        }
        LoadedDocument document;
        try {
            document = loader.load(input.displayPath(), read);
        } catch (UnreadableDocumentException e) {
            return DocumentResult.unreadable(input.displayPath(), read.sha256(), null, e.reason());
        } catch (StackOverflowError e) {
            // Parsers recurse into nested structures (a PDF's arrays, a zip's parts): a file built to
            // nest without end must cost one line, not the batch.
            return DocumentResult.unreadable(input.displayPath(), read.sha256(), null, new LocalizedText(
                    "te diep geneste structuur; geweigerd", "structure nested too deeply; refused"));
        } catch (RuntimeException e) {
            return DocumentResult.unreadable(input.displayPath(), read.sha256(), null,
                    new LocalizedText("interne fout bij het lezen: " + oneLine(e), "internal error while reading: " + oneLine(e)));
        }
        return check(document, options);
    }

    private static String oneLine(Throwable e) {
        return (e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())).strip().replaceAll("\\s+", " ");
    }

    public DocumentResult check(LoadedDocument document, CheckOptions options) {
        java.util.Optional<CompiledPack> routed = packs.forKind(document.kind());
        if (routed.isEmpty()) {
            return DocumentResult.unreadable(document.path(), document.sha256(), document.kind(), new LocalizedText(
                    "geen pakket in deze controle controleert documenten van dit soort (" + document.kind().code() + ")",
                    "no pack in this check checks documents of this kind (" + document.kind().code() + ")"));
        }
        CompiledPack pack = routed.get();
        // A pack whose rules are all for other kinds of document would only hand out manual
        // reviews; say plainly that the wrong document (e.g. an ESPD request for a response) was given.
        java.util.Set<DocumentKind> kinds = java.util.EnumSet.noneOf(DocumentKind.class);
        pack.rules().forEach(r -> kinds.add(r.definition().document()));
        if (!kinds.isEmpty() && !kinds.contains(document.kind())) {
            String expected = kinds.stream().map(DocumentKind::code).sorted().collect(java.util.stream.Collectors.joining(", "));
            return DocumentResult.unreadable(document.path(), document.sha256(), document.kind(), new LocalizedText(
                    "verkeerd soort document (" + document.kind().code() + "): pakket " + pack.pack().id()
                            + " controleert " + expected,
                    "wrong kind of document (" + document.kind().code() + "): pack " + pack.pack().id()
                            + " checks " + expected));
        }
        // An ESPD states no TBB level and ADV does not depend on one, so it is checked at the
        // least demanding level rather than refused; --tbb or a tender profile still wins.
        TbbLevel level = options.tender() != null ? options.tender().tbb()
                : options.tbb() != null ? options.tbb()
                : document.statedLevel() != null ? document.statedLevel()
                : pack.statedLevel(document.kind(), document.view()).orElse(isEspd(document.kind()) ? ESPD_LEVEL : null);
        // A tender document that states no level is still checked (that it states none is a finding
        // of the pack's rules); a declaration without one cannot be.
        if (level == null && document.kind() != DocumentKind.TENDER) {
            return DocumentResult.unreadable(document.path(), document.sha256(), document.kind(), new LocalizedText(
                    "het document noemt geen TBB-niveau; geef er een op met --tbb of een aanbestedingsprofiel",
                    "the document states no TBB level; give one with --tbb or a tender profile"));
        }
        RequirementPack p = pack.pack();
        List<Requirement> applicable = p.catalog().requirements(r ->
                options.tender() != null ? options.tender().selects(r) : level == null || r.appliesAt(level));
        List<String> applicableNumbers = applicable.stream().map(Requirement::number).toList();
        java.util.Set<String> applicableSet = new java.util.HashSet<>(applicableNumbers);
        Bindings bindings = bindings(pack, level, options, applicableNumbers);

        Map<String, List<Finding>> findings = new LinkedHashMap<>();
        Map<String, Boolean> decided = new HashMap<>();
        for (CompiledRule rule : pack.rules()) {
            var definition = rule.definition();
            if (definition.document() != document.kind() || !definition.runsAt(level)) {
                continue;
            }
            // The rule's sweep tells where it has hits; its parts run only there (see RuleSweep).
            if (definition.perRequirement()) {
                try {
                    for (String number : rule.mayHitFor(document.view(), bindings, applicableNumbers)) {
                        collect(rule, document, List.of(number), findings,
                                () -> rule.evaluateKeeping(document.view(), bindings.forRequirement(number)));
                    }
                } finally {
                    rule.release();
                }
                continue;
            }
            List<String> served = definition.requirements().stream().filter(applicableSet::contains).toList();
            if (served.isEmpty()) {
                continue;
            }
            served.forEach(n -> decided.put(n, true));
            if (rule.mayHit(document.view(), bindings)) {
                collect(rule, document, served, findings, () -> rule.evaluate(document.view(), bindings));
            }
        }

        List<RequirementResult> results = new ArrayList<>();
        List<Finding> all = new ArrayList<>();
        for (Requirement requirement : p.catalog().requirements()) {
            String number = requirement.number();
            if (!applicableSet.contains(number)) {
                results.add(new RequirementResult(number, Outcome.NOT_APPLICABLE, List.of(), null));
                continue;
            }
            List<Finding> own = new ArrayList<>(findings.getOrDefault(number, List.of()));
            own.sort(FINDING_ORDER);
            Outcome outcome;
            Waiver waiver = null;
            if (own.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
                waiver = waiverFor(number, document.path(), options);
                outcome = waiver != null ? Outcome.WAIVED : Outcome.FAILED;
                if (waiver == null) {
                    expiredWaiver(number, document.path(), options).ifPresent(own::add);
                }
            } else if (requirement.decidedByRule() && decided.containsKey(number)) {
                outcome = Outcome.PASSED;
            } else {
                outcome = Outcome.MANUAL_REVIEW;
            }
            results.add(new RequirementResult(number, outcome, own, waiver));
            all.addAll(own);
        }
        return new DocumentResult(document.path(), document.sha256(), document.kind(), p.coordinates(), level, null, results, all);
    }

    /** What the variables of a document's rules depend on besides the document itself. */
    private record BindingsKey(CompiledPack pack, TbbLevel level, LocalDate checkDate, TenderProfile tender, XdmNode request) {
    }

    /**
     * The rules' variables, made once per pack, level and options rather than per document: making
     * them builds $applicable (hundreds of values) and the maps, and each rule's kept expressions
     * check every item of a value that is a new object again (with a value they saw before, nothing).
     */
    private Bindings bindings(CompiledPack pack, TbbLevel level, CheckOptions options, List<String> applicable) {
        if (bindings.size() > 64) {
            bindings.clear(); // a long-lived checker used with many dates or tenders
        }
        return bindings.computeIfAbsent(new BindingsKey(pack, level, options.checkDate(), options.tender(), options.request()),
                key -> Bindings.of(pack.pack(), level, options.checkDate(), options.tender(), applicable)
                        .withRequest(options.request())
                        .withCatalogs(pack.catalogs()));
    }

    /** The level an ESPD is checked at when nothing else names one. */
    public static final TbbLevel ESPD_LEVEL = TbbLevel.TBB_4;

    private static boolean isEspd(DocumentKind kind) {
        return kind == DocumentKind.ESPD_RESPONSE || kind == DocumentKind.ESPD_REQUEST;
    }

    /** Runs one rule on a document, as fixtures do. */
    public List<RuleHit> run(CompiledRule rule, LoadedDocument document, Bindings bindings) throws SaxonApiException {
        return rule.evaluate(document.view(), bindings);
    }

    /** How a rule's hits are got: one evaluation of its parts. */
    @FunctionalInterface
    private interface Hits {
        List<RuleHit> get() throws SaxonApiException;
    }

    private void collect(CompiledRule rule, LoadedDocument document, List<String> served,
                         Map<String, List<Finding>> findings, Hits evaluation) {
        List<RuleHit> hits;
        try {
            hits = evaluation.get();
        } catch (SaxonApiException e) {
            // A rule that breaks on unexpected content must not pass silently, nor stop the batch.
            String reason = String.valueOf(e.getMessage()).strip().replaceAll("\\s+", " ");
            for (String number : served) {
                findings.computeIfAbsent(number, n -> new ArrayList<>()).add(new Finding(number, rule.id(), "rule-error",
                        Severity.ERROR, new LocalizedText(
                                "Regel " + rule.id() + " kon niet worden uitgevoerd op dit document: " + reason,
                                "Rule " + rule.id() + " could not be evaluated on this document: " + reason),
                        Location.NONE, null));
            }
            return;
        }
        for (RuleHit hit : hits) {
            List<String> targets = hit.requirement() != null ? List.of(hit.requirement()) : served;
            for (String number : targets) {
                // The views of an ESPD (espd-facts.md) and of a tender document (document-view.md) are
                // derived: their lines are not lines of the user's file, but a view's page is a page.
                boolean derived = isEspd(document.kind()) || document.kind() == DocumentKind.TENDER;
                Location location = new Location(hit.location().page() > 0 ? hit.location().page() : null,
                        derived || hit.location().line() <= 0 ? null : hit.location().line(),
                        derived || hit.location().column() <= 0 ? null : hit.location().column(),
                        hit.location().xpath());
                findings.computeIfAbsent(number, n -> new ArrayList<>())
                        .add(new Finding(number, hit.rule(), hit.messageKey(), hit.severity(), hit.message(), location, hit.test()));
            }
        }
    }

    private static Waiver waiverFor(String requirement, String path, CheckOptions options) {
        return options.waivers().stream()
                .filter(w -> w.requirement().equals(requirement) && matches(w, path) && w.isValidOn(options.checkDate()))
                .findFirst().orElse(null);
    }

    private static java.util.Optional<Finding> expiredWaiver(String requirement, String path, CheckOptions options) {
        return options.waivers().stream()
                .filter(w -> w.requirement().equals(requirement) && matches(w, path) && !w.isValidOn(options.checkDate()))
                .findFirst()
                .map(w -> new Finding(requirement, "WAIVER", "waiver-expired", Severity.INFO, new LocalizedText(
                        "De ontheffing voor " + requirement + " (goedgekeurd door " + w.approver() + ") is verlopen op "
                                + w.expires() + " en geldt niet meer.",
                        "The waiver for " + requirement + " (approved by " + w.approver() + ") expired on "
                                + w.expires() + " and no longer applies."), Location.NONE, null));
    }

    private static boolean matches(Waiver waiver, String path) {
        if (waiver.documents() == null) {
            return true;
        }
        var matcher = FileSystems.getDefault().getPathMatcher("glob:" + waiver.documents());
        Path file = Path.of(path);
        return matcher.matches(file) || (file.getFileName() != null && matcher.matches(file.getFileName()));
    }

    private static final Comparator<Finding> FINDING_ORDER = Comparator
            .comparing((Finding f) -> f.location().page() == null ? Integer.MAX_VALUE : f.location().page())
            .thenComparing(f -> f.location().line() == null ? Integer.MAX_VALUE : f.location().line())
            .thenComparing(f -> f.location().column() == null ? Integer.MAX_VALUE : f.location().column())
            .thenComparing(Finding::rule)
            .thenComparing(Finding::messageKey);
}
