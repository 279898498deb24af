package sa.fatoora.gateway.zatca.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import sa.fatoora.gateway.zatca.entity.CsidRenewal;
import sa.fatoora.gateway.zatca.entity.FatooraDocument;
import sa.fatoora.gateway.zatca.entity.FatooraOutcome;
import sa.fatoora.gateway.zatca.entity.FatooraResult;
import sa.fatoora.gateway.zatca.entity.IssuedCsid;
import sa.fatoora.gateway.zatca.entity.ProbeAnswer;
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;
import sa.fatoora.gateway.zatca.entity.wire.CsrRequest;
import sa.fatoora.gateway.zatca.entity.wire.InvoiceSubmission;
import sa.fatoora.gateway.zatca.entity.wire.ProductionCsidRequest;

/**
 * The gateway's one way to Fatoora: the six calls, typed in our own terms. Status codes are read as
 * zatca-facts section 4 says; a 401 reloads the CSID once and retries once; calls that did not reach Fatoora
 * (connection errors, timeouts, 429, 5xx) become {@link FatooraUnavailableException}, safe to repeat unchanged.
 */
@ApplicationScoped
public class FatooraClient {

    @Inject
    FatooraTargets targets;

    @Inject
    FatooraConnections connections;

    @Inject
    @ConfigProperty(name = "zatca.accept-language", defaultValue = "en")
    String language;

    public IssuedCsid complianceCsid(ZatcaEnvironment env, String otp, String csrPem) {
        try (Response r = connections.deliver(env, api -> api.complianceCsid(language, otp, csrBody(csrPem)))) {
            return FatooraAnswers.csid(successBody(env, r));
        }
    }

    public FatooraResult complianceCheck(ZatcaEnvironment env, CsidSource ccsid, FatooraDocument document) {
        return submission(env, ccsid, document, (api, auth) -> api.complianceCheck(language, auth, wire(document)));
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
        return submission(env, pcsid, document, (api, auth) -> api.report(language, auth, wire(document)));
    }

    public FatooraResult clear(ZatcaEnvironment env, CsidSource pcsid, FatooraDocument document) {
        return submission(env, pcsid, document, (api, auth) -> api.clear(language, auth, wire(document)));
    }

    public FatooraTargets targets() {
        return targets;
    }

    private FatooraResult submission(ZatcaEnvironment env, CsidSource csid, FatooraDocument document, Call call) {
        try (Response r = authenticated(env, csid, connections.sizeClass(document.xml().length), call)) {
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

    /**
     * The connectivity check: a reporting call with an empty body. Authenticated, Fatoora answers 400 (no document,
     * nothing recorded); refused, 401. {@code csid} may be null (no CSID yet): the call then carries only what the
     * environment's auth mode adds (an OAuth bearer), or nothing. A 401 gets the usual one retry.
     */
    public ProbeAnswer probe(ZatcaEnvironment env, CsidSource csid) {
        try (Response r = withOneRetryOn401(
                env,
                csid,
                FatooraConnections.SizeClass.REGULAR,
                (api, auth) -> api.report(language, auth, new InvoiceSubmission(null, null, null)))) {
            String challenge = r.getHeaderString(HttpHeaders.WWW_AUTHENTICATE);
            return new ProbeAnswer(
                    r.getStatus(),
                    challenge == null || challenge.isBlank()
                            ? null
                            : challenge.strip().split("\\s+")[0]);
        }
    }

    /** One call with the CSID's Basic; on 401 the credentials are loaded again and the call is made once more. */
    private Response authenticated(ZatcaEnvironment env, CsidSource csid, Call call) {
        return authenticated(env, csid, FatooraConnections.SizeClass.REGULAR, call);
    }

    private Response authenticated(
            ZatcaEnvironment env, CsidSource csid, FatooraConnections.SizeClass size, Call call) {
        Response second = withOneRetryOn401(env, csid, size, call);
        if (second.getStatus() == 401) {
            second.close();
            throw new FatooraAuthenticationException(
                    connections.sendsBearer(env)
                            ? "ZATCA " + env + " refused the credentials twice (OAuth access token or CSID)"
                            : "ZATCA " + env
                                    + " refused the EGS unit's CSID twice; the certificate may be revoked or replaced");
        }
        return second;
    }

    /**
     * The answer, or after a 401 the answer of one retry: the CSID is loaded again, and a refused OAuth token has
     * already been dropped by the auth filter, so the retry carries fresh credentials. Without a CSID only a refused
     * bearer is worth a retry.
     */
    private Response withOneRetryOn401(
            ZatcaEnvironment env, CsidSource csid, FatooraConnections.SizeClass size, Call call) {
        Response first = connections.deliver(env, size, api -> call.on(api, basic(csid, false)));
        if (first.getStatus() != 401 || !(csid != null || bearerRefused(env, first))) {
            return first;
        }
        first.close();
        return connections.deliver(env, size, api -> call.on(api, basic(csid, true)));
    }

    private boolean bearerRefused(ZatcaEnvironment env, Response r) {
        String challenge = r.getHeaderString(HttpHeaders.WWW_AUTHENTICATE);
        return connections.sendsBearer(env)
                && (challenge == null
                        || challenge.isBlank()
                        || challenge.strip().regionMatches(true, 0, "Bearer", 0, 6));
    }

    private static String basic(CsidSource csid, boolean reload) {
        return csid == null ? null : csid.load(reload).basicAuthorization();
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

    private static CsrRequest csrBody(String csrPem) {
        return new CsrRequest(
                Base64.getEncoder().encodeToString(csrPem.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    }

    private static InvoiceSubmission wire(FatooraDocument d) {
        return new InvoiceSubmission(
                d.invoiceHash(), d.uuid(), Base64.getEncoder().encodeToString(d.xml()));
    }

    @FunctionalInterface
    interface Call {
        Response on(FatooraApi api, String authorization);
    }
}
