package sa.fatoora.gateway.zatca.entity;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/**
 * The answer of GET /api/v1/zatca/status. {@code connected}: the target answered over HTTP. {@code real_connectivity}:
 * it answered a real authenticated round trip without refusing the credentials sent ({@code checked_with} names
 * them). Nulls are written out (each renamed component says so again: its own annotation would drop them).
 */
@JsonbNillable
@JsonbPropertyOrder({
    "connected",
    "environment",
    "egsUnitId",
    "target",
    "builtInSimulator",
    "authMode",
    "certificate",
    "connectivity",
    "oauth"
})
public record ZatcaStatus(
        boolean connected,
        String environment,
        @JsonbNillable @JsonbProperty("egs_unit_id") Long egsUnitId,
        String target,
        @JsonbProperty("built_in_simulator") boolean builtInSimulator,
        @JsonbProperty("auth_mode") String authMode,
        Certificate certificate,
        Connectivity connectivity,
        OAuth oauth) {

    @JsonbNillable
    @JsonbPropertyOrder({"present", "subject", "expiry"})
    public record Certificate(boolean present, String subject, Instant expiry) {

        public static Certificate of(UnitCertificate c) {
            return c == null ? new Certificate(false, null, null) : new Certificate(true, c.subject(), c.expiry());
        }
    }

    @JsonbNillable
    @JsonbPropertyOrder({
        "hasCertificate",
        "realConnectivity",
        "lastSuccessfulPing",
        "errorMessage",
        "checkedAt",
        "checkedWith"
    })
    public record Connectivity(
            @JsonbProperty("has_certificate") boolean hasCertificate,
            @JsonbProperty("real_connectivity") boolean realConnectivity,
            @JsonbNillable @JsonbProperty("last_successful_ping") Instant lastSuccessfulPing,
            @JsonbNillable @JsonbProperty("error_message") String errorMessage,
            @JsonbNillable @JsonbProperty("checked_at") Instant checkedAt,
            @JsonbNillable @JsonbProperty("checked_with") String checkedWith) {}

    /** The OAuth layer right now (oauth modes only): whether a token is at hand, and until when it lives. */
    @JsonbNillable
    @JsonbPropertyOrder({"tokenAvailable", "tokenExpiresAt"})
    public record OAuth(
            @JsonbProperty("token_available") boolean tokenAvailable,
            @JsonbNillable @JsonbProperty("token_expires_at") Instant tokenExpiresAt) {}
}
