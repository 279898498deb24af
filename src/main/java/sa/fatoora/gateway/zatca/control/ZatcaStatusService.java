package sa.fatoora.gateway.zatca.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import sa.fatoora.gateway.platform.control.GatewayException;
import sa.fatoora.gateway.platform.control.ServiceUnavailableException;
import sa.fatoora.gateway.zatca.entity.AccessToken;
import sa.fatoora.gateway.zatca.entity.AuthMode;
import sa.fatoora.gateway.zatca.entity.UnitCertificate;
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;
import sa.fatoora.gateway.zatca.entity.ZatcaStatus;

/**
 * What GET /api/v1/zatca/status answers for an environment (and EGS unit): the target, the unit's certificate,
 * the OAuth token right now (oauth modes: the token service is asked, so a failing token endpoint shows at once)
 * and the last real connectivity check ({@link ConnectivityChecks}, at most once per interval).
 */
@ApplicationScoped
public class ZatcaStatusService {

    @Inject
    FatooraTargets targets;

    @Inject
    FatooraAuthModes modes;

    @Inject
    ZatcaOAuthTokens tokens;

    @Inject
    ConnectivityChecks checks;

    @Inject
    @ConfigProperty(name = "zatca.default-environment", defaultValue = "SANDBOX")
    String defaultEnvironment;

    public ZatcaEnvironment defaultEnvironment() {
        try {
            return ZatcaEnvironment.valueOf(defaultEnvironment.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ServiceUnavailableException(
                            "ZATCA_CONFIGURATION_INVALID",
                            "zatca.default-environment must be SANDBOX, SIMULATION or PRODUCTION")
                    .causedBy(e);
        }
    }

    /** The environment alone, without a unit's CSID. */
    public ZatcaStatus status(ZatcaEnvironment env) {
        return status(env, null, Optional.empty(), () -> null);
    }

    /**
     * For an EGS unit: its active certificate as the certificate store has it, and the CSID a connectivity check
     * carries (asked only when a check is due; null: check without one).
     */
    public ZatcaStatus status(
            ZatcaEnvironment env,
            Long egsUnitId,
            Optional<UnitCertificate> certificate,
            Supplier<CsidSource> productionCsid) {
        AuthMode mode = modes.mode(env);
        ZatcaStatus.OAuth oauth = null;
        String tokenError = null;
        if (mode.sendsBearer()) {
            try {
                AccessToken token = tokens.token(env, false);
                oauth = new ZatcaStatus.OAuth(true, Instant.ofEpochMilli(token.expiresAt()));
            } catch (GatewayException e) {
                oauth = new ZatcaStatus.OAuth(false, null);
                tokenError = e.getMessage();
            }
        }
        ConnectivityChecks.Result check = tokenError == null
                ? checks.check(env, egsUnitId, certificate.isPresent() ? productionCsid.get() : null)
                : checks.last(env, egsUnitId);
        boolean reached = check != null && check.reached();
        ZatcaStatus.Connectivity connectivity = new ZatcaStatus.Connectivity(
                certificate.isPresent(),
                tokenError == null && check != null && check.authenticated(),
                check == null ? null : check.lastSuccess(),
                tokenError != null ? tokenError : check == null ? null : check.errorMessage(),
                check == null ? null : check.checkedAt(),
                check == null ? null : check.checkedWith());
        return new ZatcaStatus(
                reached,
                env.name(),
                egsUnitId,
                targets.describe(env),
                targets.isBuiltInSimulator(env),
                mode.text(),
                ZatcaStatus.Certificate.of(certificate.orElse(null)),
                connectivity,
                oauth);
    }
}
