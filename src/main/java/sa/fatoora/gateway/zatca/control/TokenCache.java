package sa.fatoora.gateway.zatca.control;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import sa.fatoora.gateway.platform.control.GatewayException;
import sa.fatoora.gateway.zatca.entity.AccessToken;
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;

/**
 * Access tokens in memory: a ConcurrentHashMap from (environment, client) to a slot with its own lock. A usable
 * token is answered without locking. Otherwise callers queue on the slot's lock and only the first fetches
 * (single flight): those that waited take its token, or its failure, instead of asking again. A token that was
 * used is refreshed in the background before it stops being usable; an idle one is left to lapse.
 */
final class TokenCache {

    record Key(ZatcaEnvironment environment, String clientId) {}

    @FunctionalInterface
    interface Fetcher {
        /** Asks the token endpoint; throws the gateway's own exceptions (safe messages). */
        AccessToken fetch(long nowMillis);
    }

    @FunctionalInterface
    interface Scheduler {
        void schedule(Runnable task, long delayMillis);
    }

    static final class Slot {
        final Key key;
        final ReentrantLock lock = new ReentrantLock();
        final AtomicReference<AccessToken> token = new AtomicReference<>();
        final OAuthStats stats;
        final Fetcher fetcher;
        /** A caller took the current token: worth refreshing ahead. Set only when false (no write per hit). */
        volatile boolean used;
        /** Fetches finished, and the last one's failure; written under the lock. */
        volatile long attempts;

        volatile GatewayException lastFailure;

        Slot(Key key, OAuthStats stats, Fetcher fetcher) {
            this.key = key;
            this.stats = stats;
            this.fetcher = fetcher;
        }
    }

    private final ConcurrentHashMap<Key, Slot> slots = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Scheduler scheduler;

    TokenCache(Clock clock, Scheduler scheduler) {
        this.clock = clock;
        this.scheduler = scheduler;
    }

    Slot slot(Key key, OAuthStats stats, Fetcher fetcher) {
        return slots.computeIfAbsent(key, k -> new Slot(k, stats, fetcher));
    }

    /** The cached token if usable, else one fresh token for all concurrent callers. */
    AccessToken get(Slot slot, boolean forceRefresh) {
        AccessToken seen = slot.token.get();
        if (!forceRefresh && seen != null && seen.usableAt(clock.millis())) {
            if (!slot.used) {
                slot.used = true;
            }
            slot.stats.hit();
            return seen;
        }
        if (!forceRefresh) {
            slot.stats.miss();
        }
        long attemptsSeen = slot.attempts;
        slot.lock.lock();
        try {
            AccessToken current = slot.token.get();
            boolean usable = current != null && current.usableAt(clock.millis());
            boolean othersTried = slot.attempts != attemptsSeen;
            if (usable && (!forceRefresh || (othersTried && current != seen))) {
                slot.used = true;
                return current;
            }
            if (othersTried && slot.lastFailure != null) {
                throw slot.lastFailure;
            }
            return fetch(slot, false);
        } finally {
            slot.lock.unlock();
        }
    }

    /** Peeks without fetching or counting (status, JMX). */
    AccessToken current(Slot slot) {
        return slot.token.get();
    }

    /** Fatoora refused this token (401): drop it, unless another caller has already replaced it. */
    boolean invalidate(Slot slot, String refusedValue) {
        AccessToken current = slot.token.get();
        if (current != null && current.value().equals(refusedValue) && slot.token.compareAndSet(current, null)) {
            slot.stats.rejected();
            return true;
        }
        return false;
    }

    /** Called with the slot's lock held. */
    private AccessToken fetch(Slot slot, boolean background) {
        AccessToken fresh;
        try {
            fresh = slot.fetcher.fetch(clock.millis());
            slot.lastFailure = null;
            slot.token.set(fresh);
            slot.used = !background;
            slot.stats.refreshed(fresh, background, clock.millis());
        } catch (RuntimeException e) {
            GatewayException safe =
                    OAuthTokenRequest.safe(e, slot.key.environment().name());
            slot.lastFailure = safe;
            slot.stats.failed(safe.getMessage());
            throw safe;
        } finally {
            slot.attempts = slot.attempts + 1; // callers queued meanwhile take this outcome
        }
        try {
            scheduler.schedule(() -> refreshAhead(slot, fresh), Math.max(0, fresh.refreshAt() - clock.millis()));
        } catch (RuntimeException e) {
            // shutting down, or no scheduler: the token is good; the next caller after it lapses fetches again
        }
        return fresh;
    }

    /** The background refresh of a token in use; a failure leaves the current token until it is no longer usable. */
    void refreshAhead(Slot slot, AccessToken scheduledFor) {
        if (slot.token.get() != scheduledFor || !slot.used || !slot.lock.tryLock()) {
            return; // replaced, dropped, idle, or a caller is fetching right now
        }
        try {
            if (slot.token.get() == scheduledFor) {
                fetch(slot, true);
            }
        } catch (GatewayException e) {
            long left = scheduledFor.usableUntil() - clock.millis();
            if (left > 1000) {
                scheduler.schedule(() -> refreshAhead(slot, scheduledFor), left / 2);
            }
        } finally {
            slot.lock.unlock();
        }
    }
}
