package sa.fatoora.gateway.simulator.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import sa.fatoora.gateway.platform.control.StoredTime;
import sa.fatoora.gateway.platform.control.Transactions;
import sa.fatoora.gateway.simulator.entity.SimToken;

/**
 * The simulator's OAuth 2.0 client-credentials grant (RFC 6749 section 4.4), for deployments that reach Fatoora
 * through an OAuth-protected gateway. Clients come from
 * {@code zatca.simulator.oauth.clients} ({@code id:secret[:lifetimeSeconds],...}).
 */
@ApplicationScoped
public class OauthTokens {

    @PersistenceContext(unitName = "simulator")
    EntityManager em;

    @Inject
    Transactions transactions;

    @Inject
    Clock clock = StoredTime.CLOCK;

    @Inject
    @ConfigProperty(name = "zatca.simulator.oauth.clients", defaultValue = "fatoora-gateway:simulator-secret")
    String clients;

    @Inject
    @ConfigProperty(name = "zatca.simulator.oauth.token-lifetime-seconds", defaultValue = "3600")
    long lifetimeSeconds;

    private final AtomicLong requests = new AtomicLong();

    public record Issued(String accessToken, long expiresIn) {}

    public long requestCount() {
        return requests.get();
    }

    /** Empty when the client is unknown or its secret wrong; the lifetime may be shortened per request (tests). */
    public Optional<Issued> issue(String clientId, String clientSecret) {
        requests.incrementAndGet();
        String[] client = clientTable().get(clientId);
        String expected = client == null ? null : client[0];
        if (expected == null
                || clientSecret == null
                || !MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), clientSecret.getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        long lifetime = client[1] != null ? Long.parseLong(client[1]) : lifetimeSeconds;
        String token = Hashes.randomSecret().replace('+', '-').replace('/', '_').replace("=", "");
        transactions.required(() -> em.persist(new SimToken(
                Hashes.sha256Hex(token), clientId, Instant.now(clock).plus(Duration.ofSeconds(lifetime)))));
        return Optional.of(new Issued(token, lifetime));
    }

    public boolean isActive(String token) {
        return find(token).map(t -> t.activeAt(Instant.now(clock))).orElse(false);
    }

    public boolean revoke(String token) {
        return transactions.required(() -> find(token)
                .map(t -> {
                    t.revoke(Instant.now(clock));
                    return true;
                })
                .orElse(false));
    }

    /** Revokes every active token of a client (a test stands in for an OAuth server that withdraws them). */
    public int revokeClient(String clientId) {
        Instant now = Instant.now(clock);
        return transactions.required(() -> {
            int revoked = 0;
            for (SimToken t : em.createNamedQuery(SimToken.UNREVOKED_BY_CLIENT, SimToken.class)
                    .setParameter("clientId", clientId)
                    .getResultList()) {
                if (t.activeAt(now)) {
                    t.revoke(now);
                    revoked++;
                }
            }
            return revoked;
        });
    }

    private Optional<SimToken> find(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(SimToken.BY_HASH, SimToken.class)
                .setParameter("hash", Hashes.sha256Hex(token.strip()))
                .getResultStream()
                .findFirst();
    }

    /** {@code id:secret} or {@code id:secret:lifetimeSeconds} (a short-lived client for expiry tests). */
    private Map<String, String[]> clientTable() {
        return Arrays.stream(clients.split(","))
                .map(String::strip)
                .map(s -> s.split(":"))
                .filter(parts -> parts.length >= 2 && !parts[0].isBlank())
                .collect(Collectors.toMap(
                        parts -> parts[0],
                        parts -> new String[] {parts[1], parts.length > 2 ? parts[2] : null},
                        (a, b) -> a));
    }

    /** Client id and secret from {@code Authorization: Basic}, as RFC 6749 section 2.3.1 sends them. */
    public static Optional<String[]> basicCredentials(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(
                    Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 1
                    ? Optional.empty()
                    : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
