package sa.fatoora.gateway.zatca.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BackoffTest {

    final Backoff backoff = new Backoff(200, 2000);

    @Test
    void eachRetryWaitsBetweenHalfAndAllOfADoublingCeiling() {
        assertEquals(0, backoff.delayMillis(0, bound -> 0));
        // lowest draws
        assertEquals(100, backoff.delayMillis(1, bound -> 0));
        assertEquals(200, backoff.delayMillis(2, bound -> 0));
        assertEquals(400, backoff.delayMillis(3, bound -> 0));
        // highest draws (random answers bound - 1)
        assertEquals(200, backoff.delayMillis(1, bound -> bound - 1));
        assertEquals(400, backoff.delayMillis(2, bound -> bound - 1));
        assertEquals(800, backoff.delayMillis(3, bound -> bound - 1));
    }

    @Test
    void theCeilingStopsGrowingAtTheMaximum() {
        assertEquals(2000, backoff.delayMillis(5, bound -> bound - 1));
        assertEquals(2000, backoff.delayMillis(40, bound -> bound - 1));
        assertEquals(1000, backoff.delayMillis(40, bound -> 0));
    }

    @Test
    void noInitialDelayMeansNoWait() {
        assertEquals(0, new Backoff(0, 2000).delayMillis(3, bound -> bound - 1));
    }
}
