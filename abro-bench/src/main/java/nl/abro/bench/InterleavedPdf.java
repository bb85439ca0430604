package nl.abro.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * abro's check of the generated annex (10, 100, 500 pages) against Tika's text extraction of the
 * same bytes, timed in turns in one JVM: on a machine whose speed drifts, JMH measures all of one
 * side before the other and the drift lands in the ratio; here every round has both sides, and the
 * median of the rounds' ratios is printed.
 * {@code java -cp abro-bench/target/benchmarks.jar nl.abro.bench.InterleavedPdf [rounds]}
 */
public final class InterleavedPdf {
    private InterleavedPdf() {
    }

    private interface Work {
        int run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 12;
        for (int pages : new int[] {10, 100, 500}) {
            TenderDocumentBenchmarks.Documents documents = new TenderDocumentBenchmarks.Documents();
            documents.pages = pages;
            documents.generate();
            Work abro = () -> TenderDocumentBenchmarks.check(documents, "annex.pdf", documents.pdf);
            Work tika = () -> TenderDocumentBenchmarks.extract(documents, documents.pdf);
            int repeat = Math.max(3, 2000 / pages);
            for (int warmup = 0; warmup < 3; warmup++) {
                time(repeat, tika);
                time(repeat, abro);
            }
            List<Double> ratios = new ArrayList<>();
            double abroTotal = 0;
            double tikaTotal = 0;
            for (int round = 0; round < rounds; round++) {
                double t = time(repeat, tika);
                double a = time(repeat, abro);
                ratios.add(a / t);
                abroTotal += a;
                tikaTotal += t;
            }
            Collections.sort(ratios);
            System.out.printf("pdf %4d pages: abro %7.1f ms, Tika %7.1f ms; abro / Tika %.2fx (median of %d rounds, %.2f-%.2f)%n",
                    pages, abroTotal / rounds, tikaTotal / rounds, ratios.get(rounds / 2), rounds,
                    ratios.get(0), ratios.get(rounds - 1));
        }
    }

    /** Milliseconds per run, over {@code repeat} runs. */
    private static double time(int repeat, Work work) throws Exception {
        int sink = 0;
        long start = System.nanoTime();
        for (int i = 0; i < repeat; i++) {
            sink += work.run();
        }
        double millis = (System.nanoTime() - start) / 1e6 / repeat;
        // Reads the results, so the JIT cannot drop the work that made them.
        if (sink == Integer.MIN_VALUE) {
            System.out.println(sink);
        }
        return millis;
    }
}
