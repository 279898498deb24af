package sa.fatoora.gateway.simulator.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import sa.fatoora.gateway.simulator.entity.CsidKind;
import sa.fatoora.gateway.simulator.entity.KnownCsid;
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;

/**
 * Who calls an /e-invoicing path. Plain Fatoora: {@code Authorization: Basic} with the CSID. Behind an OAuth
 * gateway ({@code oauth+csid}): {@code Authorization: Bearer <token>} from /simulator/oauth/token and the CSID's
 * Basic in {@code zatca.simulator.oauth.csid-header}. {@code zatca.simulator.oauth.required=true} refuses plain Basic.
 */
@ApplicationScoped
public class Callers {

    @Inject
    Csids csids;

    @Inject
    OauthTokens tokens;

    @Inject
    @ConfigProperty(name = "zatca.simulator.oauth.required", defaultValue = "false")
    boolean oauthRequired;

    @Inject
    @ConfigProperty(name = "zatca.simulator.oauth.csid-header", defaultValue = "X-Csid-Authorization")
    String csidHeader;

    public String csidHeader() {
        return csidHeader;
    }

    /** Checks a Bearer token when one is sent (or required); answers the header that carries the CSID's Basic. */
    public String csidCredentials(String authorization, String csidHeaderValue) {
        boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        if (bearer) {
            if (!tokens.isActive(authorization.substring(7))) {
                throw new SimulatorException(
                        401,
                        Map.of("error", "invalid_token"),
                        Map.of("WWW-Authenticate", "Bearer error=\"invalid_token\""));
            }
            return csidHeaderValue;
        }
        if (oauthRequired) {
            throw new SimulatorException(
                    401, Map.of("error", "invalid_token"), Map.of("WWW-Authenticate", "Bearer realm=\"fatoora\""));
        }
        return authorization;
    }

    public KnownCsid csid(ZatcaEnvironment environment, String authorization, String csidHeaderValue, CsidKind kind) {
        return csids.authenticate(environment, csidCredentials(authorization, csidHeaderValue), kind);
    }
}
