package sa.fatoora.gateway.tenant.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiKeyCacheTest {

    private final long[] now = {1_000};
    private ApiKeyCache cache;

    @BeforeEach
    void setUp() {
        cache = new ApiKeyCache();
        cache.seconds = 5;
        cache.nanoTime = () -> now[0];
    }

    @Test
    void answersARememberedKeyUntilItsLifetimeEnds() {
        cache.remember("h1", 7L, cache.generation());
        now[0] += TimeUnit.SECONDS.toNanos(5) - 1;
        assertEquals(Optional.of(7L), cache.tenantOf("h1"));
        now[0] += 1;
        assertTrue(cache.tenantOf("h1").isEmpty());
    }

    @Test
    void knowsNothingItWasNotTold() {
        assertTrue(cache.tenantOf("unknown").isEmpty());
    }

    @Test
    void forgetsEverythingAtOnceOnARevocation() {
        cache.remember("h1", 7L, cache.generation());
        cache.forgetAll();
        assertTrue(cache.tenantOf("h1").isEmpty());
    }

    @Test
    void doesNotKeepAnAnswerReadBeforeARevocation() {
        long before = cache.generation();
        cache.forgetAll(); // a key revoked while the lookup read the database
        cache.remember("h1", 7L, before);
        assertTrue(cache.tenantOf("h1").isEmpty());
    }

    @Test
    void zeroSecondsTurnsTheCacheOff() {
        cache.seconds = 0;
        cache.remember("h1", 7L, cache.generation());
        assertTrue(cache.tenantOf("h1").isEmpty());
    }

    @Test
    void staysBounded() {
        for (int i = 0; i < ApiKeyCache.MAX_ENTRIES + 5; i++) {
            cache.remember("h" + i, (long) i, cache.generation());
        }
        assertTrue(cache.tenantOf("h0").isEmpty(), "started over when full");
        assertEquals(
                Optional.of((long) ApiKeyCache.MAX_ENTRIES + 4), cache.tenantOf("h" + (ApiKeyCache.MAX_ENTRIES + 4)));
    }
}
