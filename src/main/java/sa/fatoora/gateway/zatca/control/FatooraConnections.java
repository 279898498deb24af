package sa.fatoora.gateway.zatca.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.io.Closeable;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import sa.fatoora.gateway.platform.control.GatewayException;
import sa.fatoora.gateway.platform.control.Problems;
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;

/**
 * One REST client per environment (its base URL, timeouts and {@link FatooraAuthFilter}), and every call through
 * the environment's fault-tolerance guard. Calls that did not reach Fatoora (connection errors, timeouts, 429, 5xx,
 * an open circuit) become {@link FatooraUnavailableException}; an OAuth failure inside the filter keeps its own
 * exception and message.
 */
@ApplicationScoped
public class FatooraConnections {

    private static final Logger LOG = Logger.getLogger(FatooraConnections.class.getName());

    @Inject
    FatooraTargets targets;

    @Inject
    FatooraAuthModes modes;

    @Inject
    ZatcaOAuthTokens tokens;

    @Inject
    FatooraGuard guard;

    @Inject
    @ConfigProperty(name = "zatca.connect-timeout-ms", defaultValue = "5000")
    long connectTimeoutMs;

    @Inject
    @ConfigProperty(name = "zatca.read-timeout-ms", defaultValue = "30000")
    long readTimeoutMs;

    /**
     * Documents above this many bytes of XML are sent as LARGE: with {@code zatca.large-read-timeout-ms}, their own
     * fault-tolerance methods and their own circuit breaker, so that a slow large document neither times out on
     * the regular bound nor pauses the regular traffic.
     */
    @Inject
    @ConfigProperty(name = "zatca.large-document-bytes", defaultValue = "1048576")
    long largeDocumentBytes;

    @Inject
    @ConfigProperty(name = "zatca.large-read-timeout-ms", defaultValue = "120000")
    long largeReadTimeoutMs;

    @Inject
    @ConfigProperty(name = "zatca.retry.initial-delay-ms", defaultValue = "200")
    long retryInitialDelayMs;

    @Inject
    @ConfigProperty(name = "zatca.retry.max-delay-ms", defaultValue = "2000")
    long retryMaxDelayMs;

    /** Calls by the size of the document they carry; each class has its own timeouts and circuit breaker. */
    public enum SizeClass {
        REGULAR,
        LARGE
    }

    private final Map<ZatcaEnvironment, Map<SizeClass, FatooraApi>> apis = new EnumMap<>(ZatcaEnvironment.class);

    public SizeClass sizeClass(long xmlBytes) {
        return xmlBytes > largeDocumentBytes ? SizeClass.LARGE : SizeClass.REGULAR;
    }

    /** One call: Fatoora's answer (any status below 500 but 429), else FatooraUnavailableException. */
    public Response deliver(ZatcaEnvironment env, Function<FatooraApi, Response> call) {
        return deliver(env, SizeClass.REGULAR, call);
    }

    /** One call carrying a document of that size class. */
    public Response deliver(ZatcaEnvironment env, SizeClass size, Function<FatooraApi, Response> call) {
        GuardedCall guarded =
                new GuardedCall(() -> once(env, size, call), new Backoff(retryInitialDelayMs, retryMaxDelayMs));
        try {
            return size == SizeClass.LARGE
                    ? switch (env) {
                        case SANDBOX -> guard.sandboxLarge(guarded);
                        case SIMULATION -> guard.simulationLarge(guarded);
                        case PRODUCTION -> guard.productionLarge(guarded);
                    }
                    : switch (env) {
                        case SANDBOX -> guard.sandbox(guarded);
                        case SIMULATION -> guard.simulation(guarded);
                        case PRODUCTION -> guard.production(guarded);
                    };
        } catch (CircuitBreakerOpenException e) {
            throw new FatooraUnavailableException("ZATCA " + env
                            + " calls are paused after repeated failures (circuit open); they resume on their own")
                    .causedBy(e);
        } catch (FaultToleranceException e) {
            throw new FatooraUnavailableException("ZATCA " + env + " could not be reached: the call timed out")
                    .causedBy(e);
        }
    }

    public boolean sendsBearer(ZatcaEnvironment env) {
        return modes.mode(env).sendsBearer();
    }

    private Response once(ZatcaEnvironment env, SizeClass size, Function<FatooraApi, Response> call) {
        Response r = null;
        try {
            r = call.apply(api(env, size));
            r.bufferEntity(); // read here: a body cut off in transit means "not received" too, and is retried
        } catch (ProcessingException e) {
            if (r != null) {
                r.close();
            }
            GatewayException ours = Problems.findGatewayException(e);
            if (ours != null) {
                throw ours; // the OAuth token could not be had: its own, safe message
            }
            LOG.warning(() -> "ZATCA " + env + " not reached: " + e.getClass().getSimpleName());
            throw new FatooraUnavailableException("ZATCA " + env + " could not be reached: "
                    + (isTimeout(e) ? "the call timed out" : "the connection failed"));
        }
        int status = r.getStatus();
        if (status == 429 || status >= 500) {
            r.close();
            throw new FatooraUnavailableException("ZATCA " + env + " is unavailable (HTTP " + status + ")");
        }
        return r;
    }

    private static boolean isTimeout(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof java.net.SocketTimeoutException
                    || c instanceof java.net.http.HttpTimeoutException
                    || c.getClass().getSimpleName().contains("Timeout")) {
                return true;
            }
        }
        return false;
    }

    private synchronized FatooraApi api(ZatcaEnvironment env, SizeClass size) {
        return apis.computeIfAbsent(env, e -> new EnumMap<>(SizeClass.class))
                .computeIfAbsent(size, s -> RestClientBuilder.newBuilder()
                        .baseUri(targets.baseUri(env))
                        .connectTimeout(connectTimeoutMs, TimeUnit.MILLISECONDS)
                        .readTimeout(s == SizeClass.LARGE ? largeReadTimeoutMs : readTimeoutMs, TimeUnit.MILLISECONDS)
                        .property("microprofile.rest.client.disable.default.mapper", true)
                        .register(new FatooraAuthFilter(env, modes.mode(env), modes.csidHeader(env), tokens))
                        .build(FatooraApi.class));
    }

    @PreDestroy
    synchronized void close() {
        apis.values().stream().flatMap(bySize -> bySize.values().stream()).forEach(api -> {
            if (api instanceof Closeable c) {
                try {
                    c.close();
                } catch (IOException e) {
                    LOG.fine("REST client close failed");
                }
            }
        });
        apis.clear();
    }
}
