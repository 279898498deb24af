package sa.fatoora.gateway.zatca.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.config.Config;
import sa.fatoora.gateway.platform.control.ServiceUnavailableException;
import sa.fatoora.gateway.zatca.entity.AuthMode;
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;

/**
 * How each environment authenticates: {@code zatca.<env>.auth} (ZATCA_SANDBOX_AUTH, ...) = csid (default), oauth
 * or oauth+csid; for oauth+csid the header that carries the CSID's Basic, {@code zatca.<env>.csid-header}
 * (default X-Csid-Authorization, as the built-in simulator expects).
 */
@ApplicationScoped
public class FatooraAuthModes {

    public static final String DEFAULT_CSID_HEADER = "X-Csid-Authorization";

    @Inject
    Config config;

    public AuthMode mode(ZatcaEnvironment environment) {
        String name = property(environment, "auth");
        String value = config.getOptionalValue(name, String.class).orElse("csid");
        return AuthMode.parse(value)
                .orElseThrow(() -> new ServiceUnavailableException(
                        "ZATCA_CONFIGURATION_INVALID", name + " must be csid, oauth or oauth+csid"));
    }

    public String csidHeader(ZatcaEnvironment environment) {
        return config.getOptionalValue(property(environment, "csid-header"), String.class)
                .map(String::strip)
                .filter(h -> h.matches("[A-Za-z0-9-]{1,64}"))
                .orElse(DEFAULT_CSID_HEADER);
    }

    private static String property(ZatcaEnvironment environment, String suffix) {
        return "zatca." + environment.name().toLowerCase(Locale.ROOT) + "." + suffix;
    }
}
