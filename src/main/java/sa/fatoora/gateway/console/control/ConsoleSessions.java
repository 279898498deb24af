package sa.fatoora.gateway.console.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import sa.fatoora.gateway.console.entity.ConsoleSession;
import sa.fatoora.gateway.platform.control.StoredTime;
import sa.fatoora.gateway.tenant.entity.KeyRole;

/**
 * The console's server-side sessions, in this instance's memory: a session id (256 random bits) is all the browser
 * holds, in an HttpOnly cookie. A session ends when signed out, after {@code fatoora.console.idle-timeout} (PT30M)
 * without a request, or when the instance restarts (then one signs in again). With several instances behind a load
 * balancer the console needs sticky sessions (README "Console").
 */
@ApplicationScoped
public class ConsoleSessions {

    static final int MAX_SESSIONS = 10_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "fatoora.console.idle-timeout", defaultValue = "PT30M")
    Duration idleTimeout;

    @Inject
    Clock clock = StoredTime.CLOCK;

    private final Map<String, ConsoleSession> sessions = new ConcurrentHashMap<>();

    public ConsoleSession start(Long tenantId, Long keyId, KeyRole role, String language) {
        Instant now = clock.instant();
        return add(ConsoleSession.ofKey(randomToken(), tenantId, keyId, role, randomToken(), language, now), now);
    }

    /** A session of the administrator key: all tenants, one viewed at a time (ConsoleSession). */
    public ConsoleSession startAdministrator(String language) {
        Instant now = clock.instant();
        return add(ConsoleSession.ofAdministrator(randomToken(), randomToken(), language, now), now);
    }

    private ConsoleSession add(ConsoleSession session, Instant now) {
        sessions.values().removeIf(s -> expired(s, now));
        if (sessions.size() >= MAX_SESSIONS) {
            // the least recently used one goes: memory stays bounded whatever signs in
            sessions.values().stream()
                    .min(Comparator.comparing(ConsoleSession::lastSeen))
                    .ifPresent(s -> sessions.remove(s.id()));
        }
        sessions.put(session.id(), session);
        return session;
    }

    /** The live session with this id, its idle time reset; empty when unknown or idle too long. */
    public Optional<ConsoleSession> find(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        ConsoleSession s = sessions.get(id);
        Instant now = clock.instant();
        if (s == null) {
            return Optional.empty();
        }
        if (expired(s, now)) {
            sessions.remove(id, s);
            return Optional.empty();
        }
        s.seen(now);
        return Optional.of(s);
    }

    public void end(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }

    /** Compared in constant time: a CSRF token must not leak through timing. */
    public static boolean csrfMatches(ConsoleSession session, String presented) {
        return presented != null
                && MessageDigest.isEqual(
                        session.csrfToken().getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                        presented.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    public Duration idleTimeout() {
        return idleTimeout;
    }

    private boolean expired(ConsoleSession s, Instant now) {
        return !s.lastSeen().plus(idleTimeout).isAfter(now);
    }

    static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
