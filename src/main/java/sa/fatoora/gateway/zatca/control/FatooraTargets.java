package sa.fatoora.gateway.zatca.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;

/**
 * Where each environment's Fatoora API is. {@code zatca.<env>.base-url} (ZATCA_SANDBOX_BASE_URL, ...) wins; else the
 * embedded run points every environment at the built-in simulator; else ZATCA's real gateway.
 */
@ApplicationScoped
public class FatooraTargets {

    /** ZATCA's production gateway; the three environments differ only in the last path segment. */
    public static final String ZATCA_GATEWAY = "https://gw-fatoora.zatca.gov.sa/e-invoicing/";

    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = "zatca.embedded.base-url")
    Optional<String> embeddedBase;

    public URI baseUri(ZatcaEnvironment environment) {
        return URI.create(withSlash(configured(environment)
                .or(() -> embeddedBase.filter(b -> !b.isBlank()).map(b -> withSlash(b) + environment.pathSegment()))
                .orElse(ZATCA_GATEWAY + environment.pathSegment())));
    }

    public boolean isBuiltInSimulator(ZatcaEnvironment environment) {
        return configured(environment).isEmpty()
                && embeddedBase.filter(b -> !b.isBlank()).isPresent();
    }

    /**
     * The OAuth token endpoint: {@code zatca.<env>.token-url} (ZATCA_SANDBOX_TOKEN_URL, ...), else in the embedded
     * run the built-in simulator's /simulator/oauth/token; else none (ZATCA itself has no token endpoint).
     */
    public Optional<URI> tokenUri(ZatcaEnvironment environment) {
        return config.getOptionalValue(
                        "zatca." + environment.name().toLowerCase(Locale.ROOT) + ".token-url", String.class)
                .filter(s -> !s.isBlank())
                .or(() -> embeddedBase.filter(b -> !b.isBlank()).map(b -> URI.create(withSlash(b))
                        .resolve("../oauth/token")
                        .toString()))
                .map(URI::create);
    }

    /** How the status endpoint names the target: the URL, and plainly so when it is the built-in simulator. */
    public String describe(ZatcaEnvironment environment) {
        String uri = baseUri(environment).toString();
        return isBuiltInSimulator(environment) ? uri + " (built-in simulator, not ZATCA)" : uri;
    }

    private Optional<String> configured(ZatcaEnvironment environment) {
        return config.getOptionalValue(
                        "zatca." + environment.name().toLowerCase(Locale.ROOT) + ".base-url", String.class)
                .filter(s -> !s.isBlank());
    }

    private static String withSlash(String s) {
        return s.endsWith("/") ? s : s + "/";
    }
}
