package sa.fatoora.gateway.simulator.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.certificate.control.CsrFixtures;
import sa.fatoora.gateway.testing.Api;

class SimulatorOauthIT {

    static Api.Reply token(String client, String secret, String form) {
        HttpRequest.Builder b = Api.request("/simulator/oauth/token", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (client != null) {
            b.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8)));
        }
        return Api.send(b.build());
    }

    static Api.Reply productionCsidsWithBearer(String bearer, Fatoora.Csid csid) {
        return Api.send(Fatoora.request(Fatoora.DEV, "/production/csids")
                .header("Authorization", "Bearer " + bearer)
                .header("X-Csid-Authorization", csid.authorization())
                .POST(Fatoora.body("{\"compliance_request_id\":\"" + csid.requestId() + "\"}"))
                .build());
    }

    @Test
    void clientCredentialsGiveABearerTokenTheFatooraPathsAccept() {
        long before = Api.get("/simulator/admin/stats", Api.ADMIN_KEY)
                .object()
                .getJsonNumber("tokenRequests")
                .longValue();
        Api.Reply r = token("fatoora-gateway", "simulator-secret", "grant_type=client_credentials");
        assertEquals(200, r.status(), r::toString);
        assertEquals("Bearer", r.object().getString("token_type"));
        assertEquals(3600, r.object().getInt("expires_in"));
        String accessToken = r.object().getString("access_token");
        long after = Api.get("/simulator/admin/stats", Api.ADMIN_KEY)
                .object()
                .getJsonNumber("tokenRequests")
                .longValue();
        assertTrue(after >= before + 1);

        Fatoora.Csid csid =
                Fatoora.complianceCsid(Fatoora.DEV, Fatoora.SANDBOX_OTP, CsrFixtures.sandboxProfile("1000"));
        // authenticated (token and CSID): the answer is the compliance-step check, not a 401
        Api.Reply production = productionCsidsWithBearer(accessToken, csid);
        assertEquals(400, production.status(), production::toString);
        assertEquals("Missing-ComplianceSteps", production.object().getString("code"));

        assertEquals(
                204,
                Api.post("/simulator/admin/tokens/revoke", Api.ADMIN_KEY, "{\"token\":\"" + accessToken + "\"}")
                        .status());
        Api.Reply revoked = productionCsidsWithBearer(accessToken, csid);
        assertEquals(401, revoked.status());
        assertEquals("invalid_token", revoked.object().getString("error"));
        sa.fatoora.gateway.testing.Problems.assertProblem(
                Api.post("/simulator/admin/tokens/revoke", Api.ADMIN_KEY, "{\"token\":\"never-issued\"}"),
                404,
                "NOT_FOUND");
    }

    @Test
    void tokensExpire() throws Exception {
        Fatoora.Csid csid =
                Fatoora.complianceCsid(Fatoora.DEV, Fatoora.SANDBOX_OTP, CsrFixtures.sandboxProfile("1000"));
        Api.Reply r = token("short-lived", "short-secret", "grant_type=client_credentials");
        assertEquals(200, r.status(), r::toString);
        assertEquals(2, r.object().getInt("expires_in"));
        String accessToken = r.object().getString("access_token");
        assertEquals(400, productionCsidsWithBearer(accessToken, csid).status(), "accepted while fresh");
        Thread.sleep(2500);
        assertEquals(401, productionCsidsWithBearer(accessToken, csid).status(), "refused once expired");
    }

    @Test
    void errorsAreThoseOfRfc6749() {
        Api.Reply wrongSecret = token("fatoora-gateway", "nope", "grant_type=client_credentials");
        assertEquals(401, wrongSecret.status());
        assertEquals("invalid_client", wrongSecret.object().getString("error"));
        assertEquals(401, token(null, null, "grant_type=client_credentials").status());
        Api.Reply grant = token("fatoora-gateway", "simulator-secret", "grant_type=password");
        assertEquals(400, grant.status());
        assertEquals("unsupported_grant_type", grant.object().getString("error"));
        Api.Reply noGrant = token("fatoora-gateway", "simulator-secret", "scope=x");
        assertEquals(400, noGrant.status());
        assertEquals("invalid_request", noGrant.object().getString("error"));
    }
}
