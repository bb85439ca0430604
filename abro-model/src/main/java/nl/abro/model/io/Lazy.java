package nl.abro.model.io;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A value made once, when first needed or, for start-up, ahead of time on a second core. Keeps a
 * short run short: what a run over declarations does not need (Tika, PDFBox, the ESPD
 * stylesheets) is never made, and the XML bindings and schemas are made while other work goes on.
 * Thread-safe.
 */
public final class Lazy<T> {
    private final Supplier<T> make;
    private volatile CompletableFuture<T> value;

    private Lazy(Supplier<T> make) {
        this.make = make;
    }

    /** Made by the first {@link #get()}. */
    public static <T> Lazy<T> of(Supplier<T> make) {
        return new Lazy<>(make);
    }

    /** Starts making the value now on a daemon thread; {@link #get()} waits for it. */
    public static <T> Lazy<T> ahead(Supplier<T> make, String name) {
        Lazy<T> lazy = new Lazy<>(make);
        CompletableFuture<T> future = new CompletableFuture<>();
        lazy.value = future;
        Thread thread = new Thread(() -> complete(future, make), name);
        thread.setDaemon(true);
        thread.start();
        return lazy;
    }

    public T get() {
        CompletableFuture<T> future = value;
        if (future == null) {
            synchronized (this) {
                if (value == null) {
                    CompletableFuture<T> made = new CompletableFuture<>();
                    complete(made, make);
                    value = made;
                }
                future = value;
            }
        }
        try {
            return future.join();
        } catch (CompletionException e) {
            // The maker's own exception, as if it had run in this thread.
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private static <T> void complete(CompletableFuture<T> future, Supplier<T> make) {
        try {
            future.complete(make.get());
        } catch (RuntimeException | Error e) {
            future.completeExceptionally(e);
        }
    }
}
