package nl.abro.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * One run of everything issue 9 asks for, printed as one table: the JMH benchmarks of
 * {@link DeclarationBenchmarks}, then the cold start of the CLI on one small declaration (median of
 * five runs of {@code java -jar abro.jar check}), then the ratios against the targets.
 *
 * <pre>java -cp abro-bench/target/benchmarks.jar nl.abro.bench.BenchRun [--quick] [--declarations N] [--cli abro.jar] [--example file.xml]</pre>
 */
public final class BenchRun {
    private BenchRun() {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = false;
        int declarations = 200;
        Path cli = Path.of("abro-checker/target/abro.jar");
        Path example = Path.of("examples/tbb4-compliant.xml");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--declarations" -> declarations = Integer.parseInt(args[++i]);
                case "--cli" -> cli = Path.of(args[++i]);
                case "--example" -> example = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; use --quick, --declarations N, --cli JAR, --example FILE");
            }
        }
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(DeclarationBenchmarks.class.getName() + "\\.")
                .param("declarations", String.valueOf(declarations))
                .forks(1)
                .shouldFailOnError(true);
        if (quick) {
            options.warmupIterations(1).warmupTime(TimeValue.seconds(3)).measurementIterations(2).measurementTime(TimeValue.seconds(3));
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        Map<String, double[]> scores = new LinkedHashMap<>();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.') + 1);
            var primary = result.getPrimaryResult();
            scores.put(name, new double[] {primary.getScore(), primary.getScoreError()});
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        double cold = Files.isRegularFile(cli) ? coldCli(List.of(java, "-jar", cli.toString()), example, null) : Double.NaN;
        // The launcher next to the jar's module (abro-checker/abro): first JIT tier, and a class archive
        // made by its first run (timed apart), in a cache of the benchmark's own.
        Path launcher = cli.toAbsolutePath().getParent().getParent().resolve("abro");
        Path cache = Path.of("target/bench/launcher-cache").toAbsolutePath();
        double[] launched = {Double.NaN, Double.NaN};
        if (Files.isRegularFile(cli) && Files.isExecutable(launcher)) {
            deleteTree(cache);
            launched[0] = run(List.of(launcher.toString(), "check", example.toString(), "--date", "2026-11-22"), cache);
            launched[1] = coldCli(List.of(launcher.toString()), example, cache);
        }
        print(scores, cold, launched, declarations, example);

        // Tender documents: milliseconds per document per size, against Tika's plain extraction.
        ChainedOptionsBuilder documents = new OptionsBuilder()
                .include(TenderDocumentBenchmarks.class.getName() + "\\.")
                .forks(1)
                .shouldFailOnError(true);
        if (quick) {
            documents.warmupIterations(1).warmupTime(TimeValue.seconds(3)).measurementIterations(2).measurementTime(TimeValue.seconds(3));
        }
        Map<String, double[]> times = new LinkedHashMap<>();
        for (RunResult result : new Runner(documents.build()).run()) {
            String name = result.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.') + 1) + "@" + result.getParams().getParam("pages");
            times.put(name, new double[] {result.getPrimaryResult().getScore(), result.getPrimaryResult().getScoreError()});
        }
        printDocuments(times);
        if (Files.isRegularFile(cli)) {
            bigPdfInBoundedMemory(cli);
        }
    }

    private static void printDocuments(Map<String, double[]> t) {
        System.out.println();
        System.out.println("Tender documents (generated security annex, tender-2026 pack): ms per document, pages/s");
        System.out.printf(Locale.ROOT, "%-8s %6s %12s %12s %14s %10s %10s%n", "format", "pages", "abro check", "Tika text", "abro / Tika", "pages/s", "target");
        for (String format : List.of("pdf", "docx")) {
            for (String pages : List.of("10", "100", "500")) {
                double check = get(t, format + "Check@" + pages);
                double text = get(t, format + "TikaText@" + pages);
                if (Double.isNaN(check)) {
                    continue;
                }
                System.out.printf(Locale.ROOT, "%-8s %6s %9.1f ms %9.1f ms %13.2fx %10.0f %10s%n", format, pages, check, text, check / text,
                        Integer.parseInt(pages) / (check / 1000), format.equals("pdf") ? "<= 1.25x" : "");
            }
        }
    }

    /** A 500-page PDF checked by the CLI in a JVM capped at 256 MB of heap: exit code, wall time. */
    private static void bigPdfInBoundedMemory(Path cli) throws Exception {
        Path pdf = Path.of("target/bench/annex-500.pdf");
        TenderCorpus.main(new String[] {pdf.toString(), "500"});
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long start = System.nanoTime();
        Process process = new ProcessBuilder(java, "-Xmx256m", "-jar", cli.toString(), "check", pdf.toString(), "--date", "2026-11-22")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("the 500-page PDF did not finish in 5 minutes");
        }
        System.out.printf(Locale.ROOT, "%-58s exit %d, %.1f s%n", "cold CLI: 500-page PDF with -Xmx256m", process.exitValue(),
                (System.nanoTime() - start) / 1e9);
    }

    /** Median wall time of five cold runs of the CLI ({@code command} and then the check's arguments), in seconds. */
    private static double coldCli(List<String> command, Path example, Path cache) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(command);
        full.addAll(List.of("check", example.toString(), "--date", "2026-11-22"));
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            times.add(run(full, cache));
        }
        times.sort(null);
        return times.get(2);
    }

    /** Wall time of one run, in seconds; {@code cache}, if given, is the launcher's XDG_CACHE_HOME. */
    private static double run(List<String> command, Path cache) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        if (cache != null) {
            builder.environment().put("XDG_CACHE_HOME", cache.toString());
        }
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("the CLI did not finish in 2 minutes: " + command);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (var paths = Files.walk(root)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static void print(Map<String, double[]> s, double cold, double[] launched, int declarations, Path example) {
        System.out.println();
        System.out.printf(Locale.ROOT, "ABRO checker benchmark: %d generated declarations (TBB 1-4, ~60 KB each), full abro-2026 pack, %d cores%n",
                declarations, Runtime.getRuntime().availableProcessors());
        System.out.println();
        System.out.printf(Locale.ROOT, "%-58s %14s%n", "measure", "declarations/s");
        row(s, "engine1", "engine, loaded declarations, 1 thread");
        row(s, "engine2", "engine, loaded declarations, 2 threads");
        row(s, "engineFile1", "engine incl. parse + schema validation, 1 thread");
        row(s, "engineFile2", "engine incl. parse + schema validation, 2 threads");
        row(s, "schxslt", "exported Schematron on SchXslt2, loaded, 1 thread");
        row(s, "parseValidated", "parse only (XmlInput, schema validation), 1 thread");
        row(s, "parseUnvalidated", "parse only (XmlInput, no validation), 1 thread");
        row(s, "parseUnvalidated2", "parse only (XmlInput, no validation), 2 threads");
        System.out.printf(Locale.ROOT, "%-58s %12.2f s%n", "cold CLI: java -jar abro.jar check " + example.getFileName() + " (median of 5)", cold);
        System.out.printf(Locale.ROOT, "%-58s %12.2f s%n", "cold CLI: abro-checker/abro check, first run (warm-up, archive)", launched[0]);
        System.out.printf(Locale.ROOT, "%-58s %12.2f s%n", "cold CLI: abro-checker/abro check, later runs (median of 5)", launched[1]);
        System.out.println();
        System.out.printf(Locale.ROOT, "%-58s %8s %10s%n", "ratio", "value", "target");
        ratio("engine / SchXslt (loaded, 1 thread)", get(s, "engine1") / get(s, "schxslt"), ">= 5x");
        ratio("engine incl. parse / parse with validation (1 thread)", get(s, "parseValidated") / get(s, "engineFile1"), "");
        ratio("engine incl. parse / parse only (1 thread)", get(s, "parseUnvalidated") / get(s, "engineFile1"), "<= 1.5x");
        ratio("engine 2 threads / 1 thread (loaded)", get(s, "engine2") / get(s, "engine1"), ">= 1.7x");
        ratio("engine incl. parse 2 threads / 1 thread", get(s, "engineFile2") / get(s, "engineFile1"), ">= 1.7x");
        ratio("control: parse 2 threads / 1 thread (what the machine gave)", get(s, "parseUnvalidated2") / get(s, "parseUnvalidated"), "~2x");
        System.out.printf(Locale.ROOT, "%-58s %7.2fs %10s%n", "cold CLI (java -jar)", cold, "< 1.0 s");
        System.out.printf(Locale.ROOT, "%-58s %7.2fs %10s%n", "cold CLI (abro-checker/abro, archive made)", launched[1], "< 1.0 s");
    }

    private static double get(Map<String, double[]> scores, String name) {
        double[] score = scores.get(name);
        return score == null ? Double.NaN : score[0];
    }

    private static void row(Map<String, double[]> scores, String name, String label) {
        double[] score = scores.get(name);
        if (score != null) {
            System.out.printf(Locale.ROOT, "%-58s %9.1f ± %.1f%n", label, score[0], Double.isNaN(score[1]) ? 0 : score[1]);
        }
    }

    private static void ratio(String label, double value, String target) {
        System.out.printf(Locale.ROOT, "%-58s %7.2fx %10s%n", label, value, target);
    }
}
