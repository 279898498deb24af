package sa.fatoora.gateway.zatca.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.zatca.entity.AuthMode;
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;

/**
 * The headers each auth mode puts on a Fatoora call, and which 401s drop the bearer. The ITs run the modes
 * against the simulator; this pins the CSID header of oauth+csid, which they cannot reach until EGS units have CSIDs.
 */
class FatooraAuthFilterTest {

    static final String CSID = "Basic dG9rZW46c2VjcmV0";

    final List<String> invalidated = new ArrayList<>();
    final ZatcaOAuthTokens tokens = new ZatcaOAuthTokens() {
        @Override
        public String getAccessToken(ZatcaEnvironment environment, boolean forceRefresh) {
            return "access-" + environment;
        }

        @Override
        public boolean invalidate(ZatcaEnvironment environment, String refusedToken) {
            invalidated.add(refusedToken);
            return true;
        }
    };

    FatooraAuthFilter filter(AuthMode mode) {
        return new FatooraAuthFilter(ZatcaEnvironment.SIMULATION, mode, "X-Csid-Authorization", tokens);
    }

    static MultivaluedMap<String, Object> headers(String authorization) {
        MultivaluedMap<String, Object> h = new MultivaluedHashMap<>();
        if (authorization != null) {
            h.putSingle("Authorization", authorization);
        }
        return h;
    }

    static ClientRequestContext request(MultivaluedMap<String, Object> headers) {
        return (ClientRequestContext) Proxy.newProxyInstance(
                FatooraAuthFilterTest.class.getClassLoader(),
                new Class<?>[] {ClientRequestContext.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getHeaders" -> headers;
                    case "getHeaderString" -> headers.containsKey(args[0])
                            ? String.valueOf(headers.getFirst((String) args[0]))
                            : null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    static ClientResponseContext response(int status, String challenge) {
        return (ClientResponseContext) Proxy.newProxyInstance(
                FatooraAuthFilterTest.class.getClassLoader(),
                new Class<?>[] {ClientResponseContext.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getStatus" -> status;
                    case "getHeaderString" -> "WWW-Authenticate".equals(args[0]) ? challenge : null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void csidSendsTheCsidAsItIs() {
        var h = headers(CSID);
        filter(AuthMode.CSID).filter(request(h));
        assertEquals(CSID, h.getFirst("Authorization"));
        assertFalse(h.containsKey("X-Csid-Authorization"));
    }

    @Test
    void oauthSendsTheBearerAndNoCsid() {
        var h = headers(CSID);
        filter(AuthMode.OAUTH).filter(request(h));
        assertEquals("Bearer access-SIMULATION", h.getFirst("Authorization"));
        assertEquals(1, h.get("Authorization").size());
        assertFalse(h.containsKey("X-Csid-Authorization"));
    }

    @Test
    void oauthPlusCsidMovesTheCsidToItsHeader() {
        var h = headers(CSID);
        filter(AuthMode.OAUTH_AND_CSID).filter(request(h));
        assertEquals("Bearer access-SIMULATION", h.getFirst("Authorization"));
        assertEquals(CSID, h.getFirst("X-Csid-Authorization"));
    }

    @Test
    void aCallWithoutCsidStillCarriesTheBearer() {
        var h = headers(null); // POST /compliance: OTP, no CSID yet
        filter(AuthMode.OAUTH_AND_CSID).filter(request(h));
        assertEquals("Bearer access-SIMULATION", h.getFirst("Authorization"));
        assertNull(h.getFirst("X-Csid-Authorization"));
    }

    @Test
    void onlyA401AboutTheBearerDropsIt() {
        var sent = request(headers("Bearer access-SIMULATION"));
        FatooraAuthFilter oauth = filter(AuthMode.OAUTH_AND_CSID);
        oauth.filter(sent, response(401, "Basic realm=\"fatoora\"")); // the CSID was refused
        oauth.filter(sent, response(400, null));
        assertEquals(List.of(), invalidated);
        oauth.filter(sent, response(401, "Bearer error=\"invalid_token\""));
        oauth.filter(sent, response(401, null));
        assertEquals(List.of("access-SIMULATION", "access-SIMULATION"), invalidated);
        filter(AuthMode.CSID).filter(request(headers(CSID)), response(401, null));
        assertEquals(2, invalidated.size(), "csid mode has no bearer to drop");
    }
}
