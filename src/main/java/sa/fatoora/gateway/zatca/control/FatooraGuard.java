package sa.fatoora.gateway.zatca.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * Fault tolerance around every Fatoora call, one circuit breaker per environment. MicroProfile keeps a breaker's
 * state per bean class and method, so each environment has its own method here: an outage of the sandbox does not
 * stop production. Only failures that mean "not received" count and are retried (FatooraUnavailableException:
 * connection errors, timeouts, 429, 5xx, and the FT timeout); every other answer, 4xx included, is a Response or
 * another exception and passes through untouched.
 *
 * <p>Retries are few and quick (2, with {@link Backoff}: 200 ms then 400 ms, jittered) and only within 20 s of the
 * first attempt: a call that used up the 30 s read timeout is not repeated here; the invoice outbox retries later.
 * @Timeout is the outer bound of one attempt (token 10 s + connect 5 s + read 30 s, rounded up). Every value can be
 * overridden with MicroProfile FT config, per environment, e.g.
 * {@code sa.fatoora.gateway.zatca.control.FatooraGuard/production/CircuitBreaker/delay=60000}, or for all, e.g.
 * {@code sa.fatoora.gateway.zatca.control.FatooraGuard/Retry/maxRetries=1}.
 */
@ApplicationScoped
@Timeout(value = 50, unit = ChronoUnit.SECONDS)
@Retry(
        maxRetries = 2,
        delay = 0,
        jitter = 0,
        maxDuration = 20,
        durationUnit = ChronoUnit.SECONDS,
        retryOn = {FatooraUnavailableException.class, TimeoutException.class})
@CircuitBreaker(
        requestVolumeThreshold = 10,
        failureRatio = 0.5,
        delay = 30,
        delayUnit = ChronoUnit.SECONDS,
        successThreshold = 2,
        failOn = {FatooraUnavailableException.class, TimeoutException.class})
public class FatooraGuard {

    public Response sandbox(GuardedCall call) {
        return call.run("SANDBOX");
    }

    public Response simulation(GuardedCall call) {
        return call.run("SIMULATION");
    }

    public Response production(GuardedCall call) {
        return call.run("PRODUCTION");
    }
}
