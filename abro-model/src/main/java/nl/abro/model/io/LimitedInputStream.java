package nl.abro.model.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Stops reading once a file is larger than it may be, instead of filling memory with it. */
final class LimitedInputStream extends FilterInputStream {
    private final long limit;
    private final String file;
    private long count;

    LimitedInputStream(InputStream in, long limit, String file) {
        super(in);
        this.limit = limit;
        this.file = file;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws TooLargeException {
        count += n;
        if (count > limit) {
            throw new TooLargeException("file is larger than " + (limit / (1024 * 1024)) + " MiB");
        }
    }

    static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException(String message) {
            super(message);
        }
    }
}
