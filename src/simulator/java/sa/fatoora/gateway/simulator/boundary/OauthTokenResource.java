package sa.fatoora.gateway.simulator.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import sa.fatoora.gateway.simulator.control.OauthTokens;

/** OAuth 2.0 client-credentials grant (RFC 6749 section 4.4), errors as section 5.2 writes them. */
@Path("oauth/token")
public class OauthTokenResource {

    static final String GRANT = "client_credentials";

    @Inject
    OauthTokens tokens;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Simulated OAuth token endpoint (client credentials by HTTP Basic)")
    public Response token(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String form) {
        // read from the body itself: the servlet's parameter map may not see a body another filter wrapped
        String grantType = formValue(form, "grant_type");
        if (grantType == null || grantType.isBlank()) {
            return error(400, "invalid_request", "grant_type is required");
        }
        if (!GRANT.equals(grantType)) {
            return error(400, "unsupported_grant_type", "only client_credentials is supported");
        }
        return OauthTokens.basicCredentials(authorization)
                .flatMap(c -> tokens.issue(c[0], c[1]))
                .map(t -> Response.ok(Map.of(
                                "access_token", t.accessToken(), "token_type", "Bearer", "expires_in", t.expiresIn()))
                        .header("Cache-Control", "no-store")
                        .build())
                .orElseGet(() -> Response.fromResponse(error(401, "invalid_client", "client authentication failed"))
                        .header("WWW-Authenticate", "Basic realm=\"simulator\"")
                        .build());
    }

    static String formValue(String form, String name) {
        if (form == null) {
            return null;
        }
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            String key = java.net.URLDecoder.decode(
                    eq < 0 ? pair : pair.substring(0, eq), java.nio.charset.StandardCharsets.UTF_8);
            if (key.equals(name)) {
                return eq < 0
                        ? ""
                        : java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static Response error(int status, String error, String description) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .header("Cache-Control", "no-store")
                .entity(Map.of("error", error, "error_description", description))
                .build();
    }
}
