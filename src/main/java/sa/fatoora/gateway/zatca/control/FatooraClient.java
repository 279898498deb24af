package sa.fatoora.gateway.zatca.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.io.Closeable;
import java.io.IOException;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import sa.fatoora.gateway.onboarding.entity.ZatcaEnvironment;
import sa.fatoora.gateway.zatca.entity.CsidRenewal;
import sa.fatoora.gateway.zatca.entity.CsrRequest;
import sa.fatoora.gateway.zatca.entity.FatooraDocument;
import sa.fatoora.gateway.zatca.entity.FatooraOutcome;
import sa.fatoora.gateway.zatca.entity.FatooraResult;
import sa.fatoora.gateway.zatca.entity.InvoiceSubmission;
import sa.fatoora.gateway.zatca.entity.IssuedCsid;
import sa.fatoora.gateway.zatca.entity.ProductionCsidRequest;

/**
 * The gateway's one way to Fatoora: the six calls, typed in our own terms. Status codes are read as
 * zatca-facts section 4 says; a 401 reloads the CSID once and retries once; calls that did not reach Fatoora
 * (connection errors, timeouts, 429, 5xx) become {@link FatooraUnavailableException}, safe to repeat unchanged.
 */
@ApplicationScoped
public class FatooraClient {

    private static final Logger LOG = Logger.getLogger(FatooraClient.class.getName());

    @Inject
    FatooraTargets targets;

    @Inject
    @ConfigProperty(name = "zatca.connect-timeout-ms", defaultValue = "5000")
    long connectTimeoutMs;

    @Inject
    @ConfigProperty(name = "zatca.read-timeout-ms", defaultValue = "30000")
    long readTimeoutMs;

    @Inject
    @ConfigProperty(name = "zatca.accept-language", defaultValue = "en")
    String language;

    private final Map<ZatcaEnvironment, FatooraApi> apis = new EnumMap<>(ZatcaEnvironment.class);

    public IssuedCsid complianceCsid(ZatcaEnvironment env, String otp, String csrPem) {
        try (Response r = deliver(env, api -> api.complianceCsid(language, otp, csrBody(csrPem)))) {
            return FatooraAnswers.csid(successBody(env, r));
        }
    }

    public FatooraResult complianceCheck(ZatcaEnvironment env, CsidSource ccsid, FatooraDocument document) {
        return submission(env, ccsid, (api, auth) -> api.complianceCheck(language, auth, wire(document)));
    }

    public IssuedCsid productionCsid(ZatcaEnvironment env, CsidSource ccsid, long complianceRequestId) {
        ProductionCsidRequest body = new ProductionCsidRequest(Long.toString(complianceRequestId));
        try (Response r = authenticated(env, ccsid, (api, auth) -> api.productionCsid(language, auth, body))) {
            return FatooraAnswers.csid(successBody(env, r));
        }
    }

    public CsidRenewal renewProductionCsid(ZatcaEnvironment env, CsidSource pcsid, String otp, String csrPem) {
        CsrRequest body = csrBody(csrPem);
        try (Response r =
                authenticated(env, pcsid, (api, auth) -> api.renewProductionCsid(language, auth, otp, body))) {
            if (r.getStatus() == 428) {
                JsonObject wrapped = FatooraAnswers.parse(r.readEntity(String.class));
                JsonObject value = wrapped.get("value") instanceof JsonObject v ? v : wrapped;
                return new CsidRenewal(FatooraAnswers.csid(value), true);
            }
            return new CsidRenewal(FatooraAnswers.csid(successBody(env, r)), false);
        }
    }

    public FatooraResult report(ZatcaEnvironment env, CsidSource pcsid, FatooraDocument document) {
        return submission(env, pcsid, (api, auth) -> api.report(language, auth, wire(document)));
    }

    public FatooraResult clear(ZatcaEnvironment env, CsidSource pcsid, FatooraDocument document) {
        return submission(env, pcsid, (api, auth) -> api.clear(language, auth, wire(document)));
    }

    public FatooraTargets targets() {
        return targets;
    }

    private FatooraResult submission(ZatcaEnvironment env, CsidSource csid, Call call) {
        try (Response r = authenticated(env, csid, call)) {
            int status = r.getStatus();
            FatooraOutcome outcome =
                    switch (status) {
                        case 200 -> FatooraOutcome.ACCEPTED;
                        case 202 -> FatooraOutcome.ACCEPTED_WITH_WARNINGS;
                        case 208, 409 -> FatooraOutcome.ALREADY_SUBMITTED;
                        case 303 -> FatooraOutcome.CLEARANCE_DISABLED;
                        case 400 -> FatooraOutcome.REJECTED;
                        default -> throw unexpected(env, r);
                    };
            return FatooraAnswers.result(status, outcome, FatooraAnswers.parse(r.readEntity(String.class)));
        }
    }

    /** One call with the CSID's Basic; on 401 the credentials are loaded again and the call is made once more. */
    private Response authenticated(ZatcaEnvironment env, CsidSource csid, Call call) {
        Response first = deliver(env, api -> call.on(api, csid.load(false).basicAuthorization()));
        if (first.getStatus() != 401) {
            return first;
        }
        first.close();
        Response second = deliver(env, api -> call.on(api, csid.load(true).basicAuthorization()));
        if (second.getStatus() == 401) {
            second.close();
            throw new FatooraAuthenticationException(
                    "ZATCA " + env + " refused the EGS unit's CSID twice; the certificate may be revoked or replaced");
        }
        return second;
    }

    private Response deliver(ZatcaEnvironment env, Function<FatooraApi, Response> call) {
        Response r = null;
        try {
            r = call.apply(api(env));
            // read the whole answer now: a connection dropped in the middle of the body is "not received" too
            r.bufferEntity();
        } catch (ProcessingException e) {
            if (r != null) {
                r.close();
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

    private JsonObject successBody(ZatcaEnvironment env, Response r) {
        if (r.getStatus() == 200) {
            return FatooraAnswers.parse(r.readEntity(String.class));
        }
        throw unexpected(env, r);
    }

    private RuntimeException unexpected(ZatcaEnvironment env, Response r) {
        int status = r.getStatus();
        if (status == 401) {
            return new FatooraAuthenticationException("ZATCA " + env + " refused the credentials");
        }
        String[] error = FatooraAnswers.error(FatooraAnswers.parse(r.readEntity(String.class)));
        return new FatooraRequestRejectedException(status, error[0], error[1]);
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

    private static CsrRequest csrBody(String csrPem) {
        return new CsrRequest(
                Base64.getEncoder().encodeToString(csrPem.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    }

    private static InvoiceSubmission wire(FatooraDocument d) {
        return new InvoiceSubmission(
                d.invoiceHash(), d.uuid(), Base64.getEncoder().encodeToString(d.xml()));
    }

    private synchronized FatooraApi api(ZatcaEnvironment env) {
        return apis.computeIfAbsent(env, e -> RestClientBuilder.newBuilder()
                .baseUri(targets.baseUri(e))
                .connectTimeout(connectTimeoutMs, TimeUnit.MILLISECONDS)
                .readTimeout(readTimeoutMs, TimeUnit.MILLISECONDS)
                .property("microprofile.rest.client.disable.default.mapper", true)
                .build(FatooraApi.class));
    }

    @PreDestroy
    synchronized void close() {
        apis.values().forEach(api -> {
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

    @FunctionalInterface
    interface Call {
        Response on(FatooraApi api, String authorization);
    }
}
