package sa.fatoora.gateway.simulator.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Faults injected into the simulator's calls, for tests only: per call a scripted sequence ({@code 500}, {@code 503},
 * {@code 429}, {@code delay:<ms>}, {@code drop}, {@code ok}), consumed one per request, or a rate with the kinds
 * to pick from. Kept in memory: a test sets them, runs, clears them.
 */
@ApplicationScoped
public class Faults {

    public static final List<String> CALLS =
            List.of("compliance", "compliance-invoices", "production-csids", "reporting", "clearance", "token");

    public sealed interface Fault {}

    public record Status(int code) implements Fault {}

    public record Delay(long millis) implements Fault {}

    public record Drop() implements Fault {}

    private record Plan(Deque<String> script, double rate, List<String> kinds) {}

    private final Map<String, Plan> plans = new ConcurrentHashMap<>();

    /** Validates every step first: a typo must not silently mean "ok". */
    public void script(String call, List<String> steps) {
        steps.forEach(Faults::parse);
        plans.put(call, new Plan(new ArrayDeque<>(steps), 0, List.of()));
    }

    public void rate(String call, double rate, List<String> kinds) {
        if (rate < 0 || rate > 1 || kinds.isEmpty()) {
            throw new IllegalArgumentException("rate must be within 0..1 with at least one kind");
        }
        kinds.forEach(Faults::parse);
        plans.put(call, new Plan(new ArrayDeque<>(), rate, List.copyOf(kinds)));
    }

    public void clear() {
        plans.clear();
    }

    /** The fault for this request of the call, if any. */
    public Optional<Fault> next(String call) {
        Plan plan = plans.get(call);
        if (plan == null) {
            return Optional.empty();
        }
        String step;
        synchronized (plan) {
            if (!plan.script().isEmpty()) {
                step = plan.script().poll();
            } else if (plan.rate() > 0 && ThreadLocalRandom.current().nextDouble() < plan.rate()) {
                step = plan.kinds()
                        .get(ThreadLocalRandom.current().nextInt(plan.kinds().size()));
            } else {
                step = "ok";
            }
        }
        return parse(step);
    }

    static Optional<Fault> parse(String step) {
        String s = step == null ? "" : step.strip().toLowerCase();
        if (s.equals("ok")) {
            return Optional.empty();
        }
        if (s.equals("drop")) {
            return Optional.of(new Drop());
        }
        if (s.startsWith("delay:")) {
            try {
                return Optional.of(new Delay(Long.parseLong(s.substring(6))));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("delay needs milliseconds: " + step);
            }
        }
        if (s.equals("500") || s.equals("503") || s.equals("429")) {
            return Optional.of(new Status(Integer.parseInt(s)));
        }
        throw new IllegalArgumentException("unknown fault: " + step);
    }
}
