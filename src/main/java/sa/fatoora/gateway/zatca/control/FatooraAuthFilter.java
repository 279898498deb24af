package sa.fatoora.gateway.zatca.control;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import sa.fatoora.gateway.zatca.entity.AuthMode;
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;

/**
 * Sets one environment's credentials on every Fatoora call. The calls carry the CSID's Basic in Authorization
 * (csid mode: sent as it is). oauth: the CSID is removed and the bearer takes its place. oauth+csid: the CSID moves
 * to the configured header and the bearer takes Authorization. On a 401 that refuses the bearer (a Bearer
 * challenge, or none at all) the token is dropped, so that the caller's one retry gets a new one.
 */
final class FatooraAuthFilter implements ClientRequestFilter, ClientResponseFilter {

    private static final String BEARER = "Bearer ";

    private final ZatcaEnvironment environment;
    private final AuthMode mode;
    private final String csidHeader;
    private final ZatcaOAuthTokens tokens;

    FatooraAuthFilter(ZatcaEnvironment environment, AuthMode mode, String csidHeader, ZatcaOAuthTokens tokens) {
        this.environment = environment;
        this.mode = mode;
        this.csidHeader = csidHeader;
        this.tokens = tokens;
    }

    @Override
    public void filter(ClientRequestContext request) {
        if (!mode.sendsBearer()) {
            return;
        }
        var headers = request.getHeaders();
        String csidBasic = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        headers.remove(HttpHeaders.AUTHORIZATION);
        if (mode.sendsCsid() && csidBasic != null && !csidBasic.isBlank()) {
            headers.putSingle(csidHeader, csidBasic);
        }
        headers.putSingle(HttpHeaders.AUTHORIZATION, BEARER + tokens.getAccessToken(environment, false));
    }

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) {
        if (response.getStatus() != 401 || !mode.sendsBearer()) {
            return;
        }
        String challenge = response.getHeaderString(HttpHeaders.WWW_AUTHENTICATE);
        boolean bearerRefused = challenge == null
                || challenge.isBlank()
                || challenge.regionMatches(true, 0, BEARER.strip(), 0, BEARER.length() - 1);
        String sent = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (bearerRefused && sent != null && sent.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            tokens.invalidate(environment, sent.substring(BEARER.length()));
        }
    }
}
