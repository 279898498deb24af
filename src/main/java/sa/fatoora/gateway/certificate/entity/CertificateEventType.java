package sa.fatoora.gateway.certificate.entity;

/** The audit trail of a certificate. Each type happens at most once per certificate. */
public enum CertificateEventType {
    STORED,
    REVOKED,
    EXPIRED,
    EXPIRY_WARNING_30_DAYS,
    EXPIRY_WARNING_7_DAYS,
    EXPIRY_WARNING_1_DAY
}
