package sa.fatoora.gateway.console.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import sa.fatoora.gateway.platform.control.StoredTime;

/**
 * Limits failed console sign-ins per client address: at most {@code fatoora.console.sign-in-attempts} (10) failures
 * in {@code fatoora.console.sign-in-window} (PT5M); after that every attempt from the address is refused (429) until
 * the oldest failure leaves the window, whether the key would be right or not. Guessing a key stays hopeless, and
 * the API's own 401s are not a side door: they reveal no more than a failed sign-in does.
 */
@ApplicationScoped
public class SignInThrottle {

    static final int MAX_ADDRESSES = 10_000;

    @Inject
    @ConfigProperty(name = "fatoora.console.sign-in-attempts", defaultValue = "10")
    int attempts;

    @Inject
    @ConfigProperty(name = "fatoora.console.sign-in-window", defaultValue = "PT5M")
    Duration window;

    @Inject
    Clock clock = StoredTime.CLOCK;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    /** How long the address must wait, or empty when it may try now. */
    public Optional<Duration> wait(String address) {
        Deque<Instant> list = failures.get(address);
        if (list == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        synchronized (list) {
            while (!list.isEmpty() && !list.peekFirst().plus(window).isAfter(now)) {
                list.pollFirst();
            }
            if (list.size() < attempts) {
                return Optional.empty();
            }
            return Optional.of(Duration.between(now, list.peekFirst().plus(window)));
        }
    }

    public void failed(String address) {
        if (failures.size() >= MAX_ADDRESSES) {
            failures.clear(); // bounded memory; an attacker spreading over 10,000 addresses gains a fresh window
        }
        Deque<Instant> list = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (list) {
            list.addLast(clock.instant());
        }
    }

    public void succeeded(String address) {
        failures.remove(address);
    }
}
