package sa.fatoora.gateway.zatca.control;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import sa.fatoora.gateway.zatca.entity.AccessToken;
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;

/**
 * A cache hit of the OAuth token service, on the path every Fatoora call in an oauth mode takes
 * (ZatcaOAuthTokens.getAccessToken): the environment's slot, the token's expiry check against the system clock,
 * the hit counter. The token is an hour-long one fetched once in setup; no background refresh runs (the scheduler
 * drops the task), so every call is a hit. Shared state: with -t N, N threads hit the same slot and counter.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TokenCacheBenchmark {

    private final OAuthStats stats = new OAuthStats();
    private final TokenCache cache = new TokenCache(Clock.systemUTC(), (task, delayMillis) -> {});
    private final Map<ZatcaEnvironment, TokenCache.Slot> slots = new EnumMap<>(ZatcaEnvironment.class);

    @Setup
    public void setUp() {
        TokenCache.Slot slot =
                cache.slot(new TokenCache.Key(ZatcaEnvironment.SIMULATION, "fatoora-gateway"), stats, now -> {
                    return AccessToken.issued("benchmark-token", 3600, now, 60);
                });
        slots.put(ZatcaEnvironment.SIMULATION, slot);
        cache.get(slot, false);
    }

    @Benchmark
    public String cacheHit() {
        return cache.get(slots.get(ZatcaEnvironment.SIMULATION), false).value();
    }
}
