package nl.abro.bench;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XsltExecutable;
import nl.abro.checker.check.CheckOptions;
import nl.abro.checker.check.Checker;
import nl.abro.checker.check.CompiledPack;
import nl.abro.checker.check.DocumentLoader;
import nl.abro.checker.check.DocumentResult;
import nl.abro.checker.check.LoadedDocument;
import nl.abro.checker.corpus.DeclarationGenerator;
import nl.abro.checker.schematron.SchXslt;
import nl.abro.checker.schematron.SchematronExporter;
import nl.abro.checker.xml.DocumentSchema;
import nl.abro.checker.xml.HardenedSaxon;
import nl.abro.checker.xml.Schemas;
import nl.abro.checker.xml.XmlInput;
import nl.abro.model.Language;
import nl.abro.model.RequirementPack;
import nl.abro.model.TbbLevel;
import nl.abro.model.io.PackRegistry;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Declarations per second, each operation one declaration of a generated corpus (all four TBB
 * levels, about half with defects), taken in turn by every thread:
 * <ul>
 * <li>{@code engine*}: Checker.check on declarations already loaded (rules only); {@code engineFile*}:
 *     the whole of what {@code abro check} does per file, loading (hardened parse, schema validation)
 *     and checking, from bytes in memory;</li>
 * <li>{@code schxslt}: the same declarations, already loaded, through the exported Schematron for
 *     their level, compiled once with SchXslt2, counting failed asserts and successful reports;</li>
 * <li>{@code parse*}: the lower bound, parsing into Saxon trees with the checker's XmlInput, with and
 *     without schema validation ({@code parseUnvalidated2}: on 2 threads, the control for scaling).</li>
 * </ul>
 * Each returns a count so the JIT cannot drop the work.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class DeclarationBenchmarks {
    static final LocalDate DATE = LocalDate.of(2026, 11, 22);
    static final long SEED = 20261122L;

    /** The corpus as bytes, shared by all threads of a benchmark. */
    @State(Scope.Benchmark)
    public static class Corpus {
        @Param("200")
        public int declarations;

        Processor processor;
        List<byte[]> bytes;
        final AtomicInteger next = new AtomicInteger();

        @Setup(Level.Trial)
        public void generate() throws Exception {
            processor = HardenedSaxon.newProcessor();
            bytes = DeclarationGenerator.fromClasspath("examples/", SEED).corpus(declarations);
        }

        int index() {
            return Math.floorMod(next.getAndIncrement(), bytes.size());
        }
    }

    /** The engine with the full ABRO 2026 pack, and the corpus loaded. */
    @State(Scope.Benchmark)
    public static class Engine {
        Checker checker;
        RequirementPack pack;
        DocumentLoader loader;
        List<LoadedDocument> loaded;
        CheckOptions options = CheckOptions.defaults(DATE);

        @Setup(Level.Trial)
        public void load(Corpus corpus) throws Exception {
            pack = new PackRegistry(DeclarationBenchmarks.class.getClassLoader()).resolve("abro-2026");
            loader = new DocumentLoader(corpus.processor, Schemas.bundled());
            checker = new Checker(CompiledPack.compile(pack, corpus.processor), loader, "bench");
            loaded = new ArrayList<>();
            for (int i = 0; i < corpus.bytes.size(); i++) {
                loaded.add(loader.declaration("generated-" + i + ".xml", "-", new ByteArrayInputStream(corpus.bytes.get(i))));
            }
        }
    }

    /** The exported Schematron for each level, transpiled and compiled by SchXslt2 once. */
    @State(Scope.Benchmark)
    public static class Schematron {
        final Map<TbbLevel, XsltExecutable> validations = new EnumMap<>(TbbLevel.class);

        @Setup(Level.Trial)
        public void compile(Corpus corpus, Engine engine) throws Exception {
            SchXslt schxslt = new SchXslt(corpus.processor);
            SchematronExporter exporter = new SchematronExporter(corpus.processor);
            RequirementPack pack = engine.pack;
            for (TbbLevel level : TbbLevel.values()) {
                validations.put(level, schxslt.compile(exporter.export(pack, new SchematronExporter.Options(level, DATE, Language.EN)).schema()));
            }
        }
    }

    /** The parser the loader uses, and the declaration schema. */
    @State(Scope.Benchmark)
    public static class Parser {
        XmlInput xml;
        DocumentSchema schema;

        @Setup(Level.Trial)
        public void create(Corpus corpus) {
            xml = new XmlInput(corpus.processor);
            schema = Schemas.bundled().load(Schemas.DECLARATION);
        }
    }

    private static int check(Corpus corpus, Engine engine) {
        DocumentResult result = engine.checker.check(engine.loaded.get(corpus.index()), engine.options);
        return result.findings().size();
    }

    private static int checkFile(Corpus corpus, Engine engine) throws Exception {
        int i = corpus.index();
        LoadedDocument document = engine.loader.declaration("generated-" + i + ".xml", "-", new ByteArrayInputStream(corpus.bytes.get(i)));
        return engine.checker.check(document, engine.options).findings().size();
    }

    @Benchmark
    @Threads(1)
    public int engine1(Corpus corpus, Engine engine) {
        return check(corpus, engine);
    }

    @Benchmark
    @Threads(2)
    public int engine2(Corpus corpus, Engine engine) {
        return check(corpus, engine);
    }

    @Benchmark
    @Threads(1)
    public int engineFile1(Corpus corpus, Engine engine) throws Exception {
        return checkFile(corpus, engine);
    }

    @Benchmark
    @Threads(2)
    public int engineFile2(Corpus corpus, Engine engine) throws Exception {
        return checkFile(corpus, engine);
    }

    @Benchmark
    @Threads(1)
    public int schxslt(Corpus corpus, Engine engine, Schematron schematron) throws Exception {
        LoadedDocument document = engine.loaded.get(corpus.index());
        XdmNode svrl = SchXslt.validate(schematron.validations.get(document.statedLevel()), document.view());
        return SchXslt.hits(svrl).size();
    }

    @Benchmark
    @Threads(1)
    public XdmNode parseValidated(Corpus corpus, Parser parser) throws Exception {
        return parser.xml.parse(new ByteArrayInputStream(corpus.bytes.get(corpus.index())), parser.schema);
    }

    @Benchmark
    @Threads(1)
    public XdmNode parseUnvalidated(Corpus corpus, Parser parser) throws Exception {
        return parser.xml.parse(new ByteArrayInputStream(corpus.bytes.get(corpus.index())), null);
    }

    /**
     * The control for the 2-thread numbers: parsing shares nothing between threads, so its own
     * scaling shows how much of a second core the machine gives at the time of the run.
     */
    @Benchmark
    @Threads(2)
    public XdmNode parseUnvalidated2(Corpus corpus, Parser parser) throws Exception {
        return parser.xml.parse(new ByteArrayInputStream(corpus.bytes.get(corpus.index())), null);
    }
}
