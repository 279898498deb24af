package sa.fatoora.gateway.zatca.control;

import jakarta.ws.rs.core.Response;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * One logical Fatoora call as the fault-tolerance guard runs it. MicroProfile's @Retry decides whether and how
 * often to run it again but only knows a constant delay (plus jitter); the exponential part lives here: every run
 * after the first waits its {@link Backoff} first.
 */
public final class GuardedCall {

    private final Supplier<Response> call;
    private final Backoff backoff;
    private final AtomicInteger runs = new AtomicInteger();

    GuardedCall(Supplier<Response> call, Backoff backoff) {
        this.call = call;
        this.backoff = backoff;
    }

    public Response run(String environment) {
        int retry = runs.getAndIncrement();
        if (retry > 0) {
            try {
                Thread.sleep(backoff.delayMillis(
                        retry, bound -> ThreadLocalRandom.current().nextLong(bound)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FatooraUnavailableException("ZATCA " + environment + " call was interrupted").causedBy(e);
            }
        }
        return call.get();
    }

    int runs() {
        return runs.get();
    }
}
