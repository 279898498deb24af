package sa.fatoora.gateway.platform.control;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads at most {@code limit} bytes; one more is a PayloadTooLargeException. Body readers (JSON-B, XML parsers)
 * tend to wrap what the stream throws, so {@code onExceeded} also leaves a mark the error mappers can find.
 */
public class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private final Runnable onExceeded;
    private long count;

    public LimitedInputStream(InputStream in, long limit, Runnable onExceeded) {
        super(in);
        this.limit = limit;
        this.onExceeded = onExceeded;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            add(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        add(skipped);
        return skipped;
    }

    private void add(long n) {
        count += n;
        if (count > limit) {
            onExceeded.run();
            throw new PayloadTooLargeException(limit);
        }
    }
}
