package sa.fatoora.gateway.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The API lives under /api/v1. (The built-in Fatoora simulator, a WAR of its own, answers /simulator in test runs.) */
@ApplicationPath("/")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Fatoora Gateway",
                        version = "v1",
                        description =
                                "Connects ERPs to ZATCA's Fatoora e-invoicing platform (Phase 2): tenants and API keys, "
                                        + "EGS units, onboarding, signed invoices with QR, clearance and reporting, local validation. "
                                        + "Every error is an RFC 9457 problem (application/problem+json) with a stable `code`."),
        security = @SecurityRequirement(name = "apiKey"))
@SecurityScheme(
        securitySchemeName = "apiKey",
        type = SecuritySchemeType.APIKEY,
        in = SecuritySchemeIn.HEADER,
        apiKeyName = "X-API-Key",
        description = "A tenant key (or, for /api/v1/admin, the administrator key). Shown once when created.")
public class GatewayApplication extends Application {}
