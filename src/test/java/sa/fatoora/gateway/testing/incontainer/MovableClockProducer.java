package sa.fatoora.gateway.testing.incontainer;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;

/**
 * The seam that lets an in-container test move time: a CDI alternative to the product's producer
 * ({@code platform/control/Clocks}), selected by its priority. It exists only in the test deployment
 * ({@link InContainer}), so the product's WAR keeps its own clock; no production class knows about it.
 */
@Dependent
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class MovableClockProducer {

    @Produces
    @Alternative
    static Clock clock() {
        return MovableClock.INSTANCE;
    }
}
