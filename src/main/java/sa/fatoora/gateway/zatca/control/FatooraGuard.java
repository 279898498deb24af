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
 * stop production. The annotations sit on each method (not on the class) because only then do the per-method
 * config keys apply. Only failures that mean "not received" count and are retried
 * (FatooraUnavailableException: connection errors, timeouts, 429, 5xx; and the FT timeout); every other answer,
 * 4xx included, is a Response or another exception and passes through untouched.
 *
 * <p>Retries are few and quick (2, with {@link Backoff}: 200 ms then 400 ms, jittered) and only within 20 s of the
 * first attempt: a call that used up the 30 s read timeout is not repeated here; the invoice outbox retries later.
 * {@code @Timeout} is the outer bound of one attempt (token 10 s + connect 5 s + read 30 s, rounded up). Documents
 * over {@code zatca.large-document-bytes} go through the {@code *Large} methods: 140 s for the 120-second read
 * timeout, and their own breakers, so a slow large document does not pause the regular traffic. Every
 * value can be overridden with MicroProfile FT config per environment, e.g.
 * {@code sa.fatoora.gateway.zatca.control.FatooraGuard/production/CircuitBreaker/delay=60} (seconds), or for all
 * environments, e.g. {@code Retry/maxRetries=1}.
 */
@ApplicationScoped
public class FatooraGuard {

    @Timeout(value = TIMEOUT_SECONDS, unit = ChronoUnit.SECONDS)
    @Retry(
            maxRetries = RETRIES,
            delay = 0,
            jitter = 0,
            maxDuration = RETRY_WINDOW_SECONDS,
            durationUnit = ChronoUnit.SECONDS,
            retryOn = {FatooraUnavailableException.class, TimeoutException.class})
    @CircuitBreaker(
            requestVolumeThreshold = VOLUME,
            failureRatio = RATIO,
            delay = OPEN_SECONDS,
            delayUnit = ChronoUnit.SECONDS,
            successThreshold = SUCCESSES,
            failOn = {FatooraUnavailableException.class, TimeoutException.class})
    public Response sandbox(GuardedCall call) {
        return call.run("SANDBOX");
    }

    @Timeout(value = TIMEOUT_SECONDS, unit = ChronoUnit.SECONDS)
    @Retry(
            maxRetries = RETRIES,
            delay = 0,
            jitter = 0,
            maxDuration = RETRY_WINDOW_SECONDS,
            durationUnit = ChronoUnit.SECONDS,
            retryOn = {FatooraUnavailableException.class, TimeoutException.class})
    @CircuitBreaker(
            requestVolumeThreshold = VOLUME,
            failureRatio = RATIO,
            delay = OPEN_SECONDS,
            delayUnit = ChronoUnit.SECONDS,
            successThreshold = SUCCESSES,
            failOn = {FatooraUnavailableException.class, TimeoutException.class})
    public Response simulation(GuardedCall call) {
        return call.run("SIMULATION");
    }

    @Timeout(value = TIMEOUT_SECONDS, unit = ChronoUnit.SECONDS)
    @Retry(
            maxRetries = RETRIES,
            delay = 0,
            jitter = 0,
            maxDuration = RETRY_WINDOW_SECONDS,
            durationUnit = ChronoUnit.SECONDS,
            retryOn = {FatooraUnavailableException.class, TimeoutException.class})
    @CircuitBreaker(
            requestVolumeThreshold = VOLUME,
            failureRatio = RATIO,
            delay = OPEN_SECONDS,
            delayUnit = ChronoUnit.SECONDS,
            successThreshold = SUCCESSES,
            failOn = {FatooraUnavailableException.class, TimeoutException.class})
    public Response production(GuardedCall call) {
        return call.run("PRODUCTION");
    }

    // Documents over zatca.large-document-bytes: the same policy with a longer bound, and a breaker of their own

    @Timeout(value = LARGE_TIMEOUT_SECONDS, unit = ChronoUnit.SECONDS)
    @Retry(
            maxRetries = RETRIES,
            delay = 0,
            jitter = 0,
            maxDuration = RETRY_WINDOW_SECONDS,
            durationUnit = ChronoUnit.SECONDS,
            retryOn = {FatooraUnavailableException.class, TimeoutException.class})
    @CircuitBreaker(
            requestVolumeThreshold = VOLUME,
            failureRatio = RATIO,
            delay = OPEN_SECONDS,
            delayUnit = ChronoUnit.SECONDS,
            successThreshold = SUCCESSES,
            failOn = {FatooraUnavailableException.class, TimeoutException.class})
    public Response sandboxLarge(GuardedCall call) {
        return call.run("SANDBOX");
    }

    @Timeout(value = LARGE_TIMEOUT_SECONDS, unit = ChronoUnit.SECONDS)
    @Retry(
            maxRetries = RETRIES,
            delay = 0,
            jitter = 0,
            maxDuration = RETRY_WINDOW_SECONDS,
            durationUnit = ChronoUnit.SECONDS,
            retryOn = {FatooraUnavailableException.class, TimeoutException.class})
    @CircuitBreaker(
            requestVolumeThreshold = VOLUME,
            failureRatio = RATIO,
            delay = OPEN_SECONDS,
            delayUnit = ChronoUnit.SECONDS,
            successThreshold = SUCCESSES,
            failOn = {FatooraUnavailableException.class, TimeoutException.class})
    public Response simulationLarge(GuardedCall call) {
        return call.run("SIMULATION");
    }

    @Timeout(value = LARGE_TIMEOUT_SECONDS, unit = ChronoUnit.SECONDS)
    @Retry(
            maxRetries = RETRIES,
            delay = 0,
            jitter = 0,
            maxDuration = RETRY_WINDOW_SECONDS,
            durationUnit = ChronoUnit.SECONDS,
            retryOn = {FatooraUnavailableException.class, TimeoutException.class})
    @CircuitBreaker(
            requestVolumeThreshold = VOLUME,
            failureRatio = RATIO,
            delay = OPEN_SECONDS,
            delayUnit = ChronoUnit.SECONDS,
            successThreshold = SUCCESSES,
            failOn = {FatooraUnavailableException.class, TimeoutException.class})
    public Response productionLarge(GuardedCall call) {
        return call.run("PRODUCTION");
    }

    static final long TIMEOUT_SECONDS = 50;
    /** Token 10 s + connect 5 s + the large read timeout's default 120 s, rounded up. */
    static final long LARGE_TIMEOUT_SECONDS = 140;

    static final int RETRIES = 2;
    static final long RETRY_WINDOW_SECONDS = 20;
    static final int VOLUME = 10;
    static final double RATIO = 0.5;
    static final long OPEN_SECONDS = 30;
    static final int SUCCESSES = 2;
}
