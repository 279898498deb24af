package sa.fatoora.gateway.zatca.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.zatca.entity.AccessToken;
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;

/** The token cache's logic with a clock the test moves and a token source that counts; no HTTP here (see the ITs). */
class TokenCacheTest {

    static final class MovableClock extends Clock {
        final AtomicLong millis = new AtomicLong(1_800_000_000_000L);

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis.get());
        }

        @Override
        public long millis() {
            return millis.get();
        }

        void advanceMillis(long ms) {
            millis.addAndGet(ms);
        }
    }

    record Scheduled(Runnable task, long delayMillis) {}

    final MovableClock clock = new MovableClock();
    final List<Scheduled> scheduled = new ArrayList<>();
    final TokenCache cache = new TokenCache(clock, (task, delay) -> scheduled.add(new Scheduled(task, delay)));
    final OAuthStats stats = new OAuthStats();
    final AtomicInteger fetches = new AtomicInteger();

    TokenCache.Slot slot(long lifetimeSeconds) {
        return cache.slot(
                new TokenCache.Key(ZatcaEnvironment.SANDBOX, "client"),
                stats,
                now -> AccessToken.issued("token-" + fetches.incrementAndGet(), lifetimeSeconds, now, 60));
    }

    @Test
    void aUsableTokenIsServedFromTheCache() {
        TokenCache.Slot slot = slot(3600);
        AccessToken first = cache.get(slot, false);
        assertSame(first, cache.get(slot, false));
        assertSame(first, cache.get(slot, false));
        assertEquals(1, fetches.get());
        assertEquals(2, stats.hits());
        assertEquals(1, stats.misses());
        assertEquals(1, stats.refreshes());
    }

    @Test
    void theSixtySecondBufferEndsAnHourLongTokenOneMinuteEarly() {
        TokenCache.Slot slot = slot(3600);
        AccessToken first = cache.get(slot, false);
        assertEquals(clock.millis() + 3_600_000, first.expiresAt());
        clock.advanceMillis(3_540_000 - 1);
        assertSame(first, cache.get(slot, false), "still usable 1 ms before expiry minus 60 s");
        clock.advanceMillis(1);
        AccessToken second = cache.get(slot, false);
        assertNotSame(first, second, "60 s before expiry it is replaced");
        assertEquals(2, fetches.get());
    }

    @Test
    void shortLivedTokensKeepHalfTheirLifetime() {
        TokenCache.Slot slot = slot(2);
        AccessToken first = cache.get(slot, false);
        assertEquals(clock.millis() + 1000, first.usableUntil(), "buffer capped at half of 2 s");
        clock.advanceMillis(999);
        assertSame(first, cache.get(slot, false));
        clock.advanceMillis(1);
        assertNotSame(first, cache.get(slot, false));
    }

    @Test
    void forceRefreshFetchesEvenWhileTheTokenIsUsable() {
        TokenCache.Slot slot = slot(3600);
        AccessToken first = cache.get(slot, false);
        AccessToken forced = cache.get(slot, true);
        assertNotSame(first, forced);
        assertSame(forced, cache.get(slot, false));
        assertEquals(2, fetches.get());
    }

    @Test
    void hundredConcurrentCallersOfAnExpiredTokenCauseOneFetch() throws Exception {
        CountDownLatch fetching = new CountDownLatch(1);
        TokenCache.Slot slot = cache.slot(new TokenCache.Key(ZatcaEnvironment.SIMULATION, "client"), stats, now -> {
            fetching.countDown();
            sleep(300); // long enough for every caller to queue behind the lock
            return AccessToken.issued("token-" + fetches.incrementAndGet(), 3600, now, 60);
        });
        cache.get(slot, false);
        clock.advanceMillis(3_600_000); // expired
        int before = fetches.get();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(100);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    seen.add(cache.get(slot, false).value());
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> call : calls) {
                call.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(before + 1, fetches.get(), "one fetch for all");
        assertEquals(1, seen.size(), "every caller got the same token");
    }

    @Test
    void callersWaitingOnAFailedFetchShareItsFailureInsteadOfAskingAgain() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        TokenCache.Slot slot = cache.slot(new TokenCache.Key(ZatcaEnvironment.PRODUCTION, "client"), stats, now -> {
            attempts.incrementAndGet();
            sleep(500);
            throw new FatooraUnavailableException("OAuth token request timed out for PRODUCTION");
        });
        ExecutorService pool = Executors.newFixedThreadPool(20);
        AtomicInteger failures = new AtomicInteger();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    try {
                        cache.get(slot, false);
                    } catch (FatooraUnavailableException e) {
                        failures.incrementAndGet();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> call : calls) {
                call.get(20, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(20, failures.get());
        assertEquals(1, attempts.get(), "waiters shared the failure");
        assertEquals(attempts.get(), stats.failures());
        assertEquals("OAuth token request timed out for PRODUCTION", stats.lastError());
    }

    @Test
    void aRefusedTokenIsDroppedOnlyIfItIsStillTheCurrentOne() {
        TokenCache.Slot slot = slot(3600);
        AccessToken first = cache.get(slot, false);
        assertFalse(cache.invalidate(slot, "some-other-token"));
        assertTrue(cache.invalidate(slot, first.value()));
        assertNull(cache.current(slot));
        assertFalse(cache.invalidate(slot, first.value()), "a second 401 for the same token drops nothing more");
        assertNotSame(first, cache.get(slot, false));
        assertEquals(1, stats.rejectedTokens());
    }

    @Test
    void aTokenInUseIsRefreshedAheadOfExpiryAndAnIdleOneLapses() {
        TokenCache.Slot slot = slot(3600);
        AccessToken first = cache.get(slot, false);
        assertEquals(1, scheduled.size());
        assertEquals((3_600_000 - 60_000) * 4 / 5, scheduled.get(0).delayMillis());

        clock.advanceMillis(scheduled.get(0).delayMillis());
        scheduled.remove(0).task().run(); // the caller used it: refreshed in the background
        AccessToken second = cache.current(slot);
        assertNotSame(first, second);
        assertEquals(1, stats.backgroundRefreshes());

        clock.advanceMillis(scheduled.get(0).delayMillis());
        scheduled.remove(0).task().run(); // nobody used the background token: left to lapse
        assertSame(second, cache.current(slot));
        assertEquals(2, fetches.get());
        assertTrue(scheduled.isEmpty());
    }

    @Test
    void aFailedBackgroundRefreshKeepsTheCurrentTokenAndTriesAgain() {
        AtomicInteger calls = new AtomicInteger();
        TokenCache.Slot slot = cache.slot(new TokenCache.Key(ZatcaEnvironment.SANDBOX, "flaky"), stats, now -> {
            if (calls.incrementAndGet() == 2) {
                throw new FatooraUnavailableException("OAuth token endpoint for SANDBOX is unavailable (HTTP 503)");
            }
            return AccessToken.issued("token-" + calls.get(), 3600, now, 60);
        });
        AccessToken first = cache.get(slot, false);
        clock.advanceMillis(scheduled.get(0).delayMillis());
        scheduled.remove(0).task().run();
        assertSame(first, cache.current(slot));
        assertSame(first, cache.get(slot, false), "still usable, still served");
        assertEquals(1, stats.failures());
        assertEquals(1, scheduled.size(), "another try before it stops being usable");
        scheduled.remove(0).task().run();
        assertEquals("token-3", cache.current(slot).value());
    }

    @Test
    void unknownFailuresBecomeSafeMessages() {
        TokenCache.Slot slot = cache.slot(new TokenCache.Key(ZatcaEnvironment.SANDBOX, "broken"), stats, now -> {
            throw new IllegalStateException("secret=hunter2 leaked by a library");
        });
        var e = assertThrows(ZatcaOAuthException.class, () -> cache.get(slot, false));
        assertEquals("OAuth token request for SANDBOX failed", e.getMessage());
        assertEquals("OAuth token request for SANDBOX failed", stats.lastError());
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
