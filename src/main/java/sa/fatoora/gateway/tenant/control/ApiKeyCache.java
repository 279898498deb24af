package sa.fatoora.gateway.tenant.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import sa.fatoora.gateway.tenant.entity.AuthenticatedKey;
import sa.fatoora.gateway.tenant.entity.KeyRole;

/**
 * Tenant keys that were found active a moment ago, by their hash, so that a busy client's every request is not a
 * database read. A revoked key is dropped at once on the instance that revoked it and stops working on the others
 * within the lifetime ({@code fatoora.auth.key-cache-seconds}, 5 by default; 0 turns the cache off). Unknown and
 * revoked keys are never remembered: a guess always goes to the database and is refused there.
 */
@ApplicationScoped
public class ApiKeyCache {

    /** A bound, not a tuning knob: more distinct live keys than this within one lifetime just start over. */
    static final int MAX_ENTRIES = 10_000;

    @Inject
    @ConfigProperty(name = "fatoora.auth.key-cache-seconds", defaultValue = "5")
    long seconds;

    LongSupplier nanoTime = System::nanoTime;

    private record Entry(AuthenticatedKey key, long expiresAt) {}

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    /** Moves on every forgetAll: a lookup that began before a revocation must not remember its (stale) answer. */
    private final AtomicLong generation = new AtomicLong();

    /** Taken before the database read whose answer {@link #remember} may keep. */
    public long generation() {
        return generation.get();
    }

    public Optional<Long> tenantOf(String keyHash) {
        return keyOf(keyHash).map(AuthenticatedKey::tenantId);
    }

    public Optional<AuthenticatedKey> keyOf(String keyHash) {
        Entry e = entries.get(keyHash);
        if (e == null) {
            return Optional.empty();
        }
        if (nanoTime.getAsLong() - e.expiresAt() >= 0) {
            entries.remove(keyHash, e);
            return Optional.empty();
        }
        return Optional.of(e.key());
    }

    public void remember(String keyHash, Long tenantId, long readInGeneration) {
        remember(keyHash, new AuthenticatedKey(tenantId, null, KeyRole.OPERATOR), readInGeneration);
    }

    public void remember(String keyHash, AuthenticatedKey key, long readInGeneration) {
        if (seconds <= 0 || readInGeneration != generation.get()) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(keyHash, new Entry(key, nanoTime.getAsLong() + TimeUnit.SECONDS.toNanos(seconds)));
    }

    /** After a revocation: this instance forgets every key at once (revocations are rare; exactness matters). */
    public void forgetAll() {
        generation.incrementAndGet();
        entries.clear();
    }
}
