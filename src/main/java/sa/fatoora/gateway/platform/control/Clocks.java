package sa.fatoora.gateway.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * Makes the product's clock injectable ({@code @Inject Clock clock}). The producer is dependent-scoped: the
 * injected object is the one {@link StoredTime#CLOCK} itself, not a proxy in front of it.
 */
@ApplicationScoped
public class Clocks {

    @Produces
    static Clock clock() {
        return StoredTime.CLOCK;
    }
}
