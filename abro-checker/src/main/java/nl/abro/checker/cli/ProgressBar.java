package nl.abro.checker.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * A one-line progress bar on standard error for long batches. Shown only to a person at a
 * terminal: never when output is redirected and never in CI, where it would litter the log.
 */
final class ProgressBar implements IntConsumer {
    /** Fewer files finish too quickly for a bar to help. */
    static final int MIN_FILES = 20;
    private static final int WIDTH = 30;
    private static final long INTERVAL_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final int total;
    private long lastDraw;
    private boolean drawn;

    ProgressBar(PrintWriter err, int total) {
        this.err = err;
        this.total = total;
    }

    /** Whether to show a bar: a terminal on both ends, not CI, and enough files. */
    static boolean wanted(boolean terminal, Map<String, String> environment, int files) {
        return terminal && files >= MIN_FILES && !environment.containsKey("CI")
                && !"dumb".equals(environment.get("TERM"));
    }

    @Override
    public synchronized void accept(int done) {
        long now = System.nanoTime();
        if (done < total && now - lastDraw < INTERVAL_NANOS) {
            return;
        }
        lastDraw = now;
        err.print("\r" + render(done, total));
        drawn = true;
        if (done >= total) {
            finish();
        }
        err.flush();
    }

    /** Clears the bar so the report starts on a clean line. */
    synchronized void finish() {
        if (drawn) {
            err.print("\r" + " ".repeat(render(total, total).length()) + "\r");
            err.flush();
            drawn = false;
        }
    }

    static String render(int done, int total) {
        int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total;
    }
}
