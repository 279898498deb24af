package sa.fatoora.gateway.platform.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class LimitedInputStreamTest {

    @Test
    void readsUpToTheLimit() throws IOException {
        AtomicBoolean exceeded = new AtomicBoolean();
        var in = new LimitedInputStream(new ByteArrayInputStream(new byte[100]), 100, () -> exceeded.set(true));
        assertArrayEquals(new byte[100], in.readAllBytes());
        assertEquals(false, exceeded.get());
    }

    @Test
    void oneByteMoreFailsAndLeavesTheMark() {
        AtomicBoolean exceeded = new AtomicBoolean();
        var in = new LimitedInputStream(new ByteArrayInputStream(new byte[101]), 100, () -> exceeded.set(true));
        var e = assertThrows(PayloadTooLargeException.class, in::readAllBytes);
        assertEquals(413, e.status());
        assertTrue(exceeded.get());
    }

    @Test
    void singleByteReadsCountToo() throws IOException {
        var in = new LimitedInputStream(new ByteArrayInputStream(new byte[3]), 2, () -> {});
        in.read();
        in.read();
        assertThrows(PayloadTooLargeException.class, in::read);
    }
}
