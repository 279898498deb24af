package sa.fatoora.gateway.platform.control;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through while checking that they are well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates,
 * nothing above U+10FFFF, no sequence cut off at the end). JSON readers decode leniently and would store U+FFFD in
 * place of broken bytes; a body that is not UTF-8 is a MalformedRequestException instead. One pass, no buffering.
 */
public class Utf8CheckingInputStream extends FilterInputStream {

    static final String DETAIL = "The request body is not valid UTF-8";

    /** Continuation bytes still expected in the current sequence. */
    private int pending;
    /** Allowed range of the next continuation byte (narrower right after E0, ED, F0 and F4). */
    private int low = 0x80;

    private int high = 0xBF;

    public Utf8CheckingInputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            end();
        } else {
            check(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n < 0) {
            end();
        }
        for (int i = 0; i < n; i++) {
            check(buffer[offset + i] & 0xFF);
        }
        return n;
    }

    @Override
    public long skip(long n) {
        // skipping would let unchecked bytes through; readers of request bodies never need it
        return 0;
    }

    private void check(int b) {
        if (pending > 0) {
            if (b < low || b > high) {
                throw new MalformedRequestException(DETAIL);
            }
            pending--;
            low = 0x80;
            high = 0xBF;
            return;
        }
        if (b < 0x80) {
            return;
        }
        if (b >= 0xC2 && b <= 0xDF) {
            pending = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            pending = 2;
            low = b == 0xE0 ? 0xA0 : 0x80; // E0 80..9F would be overlong
            high = b == 0xED ? 0x9F : 0xBF; // ED A0..BF would be a surrogate
        } else if (b >= 0xF0 && b <= 0xF4) {
            pending = 3;
            low = b == 0xF0 ? 0x90 : 0x80; // F0 80..8F would be overlong
            high = b == 0xF4 ? 0x8F : 0xBF; // F4 90.. would be above U+10FFFF
        } else {
            // 80..BF without a lead byte, C0/C1 (overlong), F5..FF (never UTF-8)
            throw new MalformedRequestException(DETAIL);
        }
    }

    private void end() {
        if (pending > 0) {
            throw new MalformedRequestException(DETAIL);
        }
    }
}
