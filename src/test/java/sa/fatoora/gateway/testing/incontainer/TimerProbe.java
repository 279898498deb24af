package sa.fatoora.gateway.testing.incontainer;

import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.TimerService;
import java.io.Serializable;
import java.util.List;

/**
 * A test-only EJB in the application's module: {@link TimerService#getAllTimers()} answers the module's timers only
 * to a bean of that module. Reads each timer inside the bean and answers plain facts.
 */
@Singleton
public class TimerProbe {

    @Resource
    TimerService timers;

    /** One timer as the container has it; {@code nextTimeout} in epoch milliseconds. */
    public record Facts(Serializable info, boolean persistent, boolean calendar, long nextTimeout, long remaining) {}

    public List<Facts> all() {
        return timers.getAllTimers().stream()
                .map(t -> new Facts(
                        t.getInfo(),
                        t.isPersistent(),
                        t.isCalendarTimer(),
                        t.getNextTimeout().getTime(),
                        t.getTimeRemaining()))
                .toList();
    }

    public List<Facts> withInfo(String info) {
        return all().stream().filter(f -> info.equals(f.info())).toList();
    }
}
