package nl.abro.checker.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathExecutable;
import net.sf.saxon.s9api.XPathSelector;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmMap;
import net.sf.saxon.s9api.XdmNode;
import nl.abro.checker.rules.Bindings;
import nl.abro.checker.rules.CompiledRule;
import nl.abro.checker.rules.RuleCompilationException;
import nl.abro.checker.rules.RuleCompiler;
import nl.abro.model.DocumentKind;
import nl.abro.model.InvalidInputException;
import nl.abro.model.PackId;
import nl.abro.model.PackManifest;
import nl.abro.model.Problem;
import nl.abro.model.RequirementCatalog;
import nl.abro.model.RequirementPack;
import nl.abro.model.RuleDefinition;
import nl.abro.model.TbbLevel;
import nl.abro.model.io.PackRegistry;

/** A pack with every rule compiled: built once, immutable, shared by all threads of a check. */
public final class CompiledPack {
    private final RequirementPack pack;
    private final Map<String, CompiledRule> rules;
    private final XdmMap catalogs;
    private final Map<DocumentKind, XPathExecutable> statedLevels;

    private CompiledPack(RequirementPack pack, Map<String, CompiledRule> rules, XdmMap catalogs,
                         Map<DocumentKind, XPathExecutable> statedLevels) {
        this.pack = pack;
        this.rules = rules;
        this.catalogs = catalogs;
        this.statedLevels = statedLevels;
    }

    /** Compiles a pack, finding the catalogs it uses among the bundled packs. */
    public static CompiledPack compile(RequirementPack pack, Processor processor) throws InvalidInputException {
        return compile(pack, processor, new PackRegistry(CompiledPack.class.getClassLoader()));
    }

    /**
     * Compiles all rules and the manifest's expressions; a rule that does not compile or breaks the
     * sandbox, or a used catalog that cannot be found, makes the pack unusable.
     */
    public static CompiledPack compile(RequirementPack pack, Processor processor, PackRegistry registry)
            throws InvalidInputException {
        return compile(pack, processor, registry, false);
    }

    /**
     * Compiles a pack for checking documents: as {@link #compile}, but the rules of a pack from the
     * classpath, which its build has tested, have their parts compiled on first use
     * ({@link RuleCompiler#compileOnDemand}). A pack from a directory is compiled whole, so its
     * author hears of every error at once.
     */
    public static CompiledPack forChecks(RequirementPack pack, Processor processor, PackRegistry registry)
            throws InvalidInputException {
        return compile(pack, processor, registry, pack.fromClasspath());
    }

    private static CompiledPack compile(RequirementPack pack, Processor processor, PackRegistry registry, boolean onDemand)
            throws InvalidInputException {
        RuleCompiler compiler = new RuleCompiler(processor);
        Map<String, CompiledRule> rules = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        List<Object> compiled = compileAll(compiler, pack.rules(), onDemand);
        for (int i = 0; i < compiled.size(); i++) {
            if (compiled.get(i) instanceof CompiledRule rule) {
                rules.put(pack.rules().get(i).id(), rule);
            } else {
                problems.add(Problem.inFile(pack.location(), (String) compiled.get(i)).withoutFile());
            }
        }
        Map<DocumentKind, XPathExecutable> statedLevels = new EnumMap<>(DocumentKind.class);
        pack.manifest().statedLevels().forEach((kind, stated) -> {
            try {
                statedLevels.put(kind, compiler.compileExpression(stated.xpath(), stated.namespaces(),
                        pack.location() + ": statedLevel for " + kind.code()));
            } catch (RuleCompilationException e) {
                problems.add(Problem.inFile(pack.location(), e.getMessage()).withoutFile());
            }
        });
        Map<String, RequirementCatalog> used = new LinkedHashMap<>();
        for (PackId id : pack.manifest().usesCatalogs()) {
            try {
                used.put(id.id(), registry.resolve(id.version() == null ? id.id() : id.toString()).catalog());
            } catch (InvalidInputException e) {
                problems.add(Problem.inFile(pack.location(), "usesCatalog " + id + ": "
                        + e.problems().get(0).message()).withoutFile());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new CompiledPack(pack, Map.copyOf(rules), Bindings.catalogs(used), Map.copyOf(statedLevels));
    }

    /**
     * Each rule compiled, or why it does not compile, in pack order. Compiling is most of a short
     * run's time (a cold CLI check of one declaration), so the rules are shared out over the cores;
     * Saxon's processor is thread-safe and each compilation has its own compiler.
     */
    private static List<Object> compileAll(RuleCompiler compiler, List<RuleDefinition> definitions, boolean onDemand) {
        Object[] compiled = new Object[definitions.size()];
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < compiled.length; i = next.getAndIncrement()) {
                try {
                    compiled[i] = onDemand ? compiler.compileOnDemand(definitions.get(i)) : compiler.compile(definitions.get(i));
                } catch (RuleCompilationException e) {
                    compiled[i] = e.getMessage();
                } catch (RuntimeException e) {
                    compiled[i] = definitions.get(i).origin() + ": rule " + definitions.get(i).id() + ": " + e;
                }
            }
        };
        int helpers = Math.min(Runtime.getRuntime().availableProcessors(), 4) - 1;
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < helpers && definitions.size() > 8; i++) {
            Thread thread = new Thread(worker, "abro-compile-" + (i + 1));
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        worker.run();
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while compiling rules", e);
            }
        }
        return java.util.Arrays.asList(compiled);
    }

    public RequirementPack pack() {
        return pack;
    }

    /** Rules in pack order. */
    public List<CompiledRule> rules() {
        return pack.rules().stream().map(r -> rules.get(r.id())).toList();
    }

    public Optional<CompiledRule> rule(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /** The value of {@code $catalogs} for this pack's rules. */
    public XdmMap catalogs() {
        return catalogs;
    }

    /**
     * The TBB level a document states by the pack's own expression for its kind, if the pack has
     * one and the document states a level. An expression that fails counts as stating none.
     */
    public Optional<TbbLevel> statedLevel(DocumentKind kind, XdmNode view) {
        XPathExecutable expression = statedLevels.get(kind);
        if (expression == null) {
            return Optional.empty();
        }
        try {
            XPathSelector selector = expression.load();
            selector.setContextItem(view);
            XdmItem item = selector.evaluateSingle();
            return item == null ? Optional.empty() : TbbLevel.parse(item.getStringValue());
        } catch (SaxonApiException e) {
            return Optional.empty();
        }
    }

    /** Whether the pack has rules for documents of a kind. */
    public boolean checks(DocumentKind kind) {
        return pack.rules().stream().anyMatch(r -> r.document() == kind);
    }
}
