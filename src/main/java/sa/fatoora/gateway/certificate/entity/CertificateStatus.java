package sa.fatoora.gateway.certificate.entity;

/** A certificate's lifecycle. Rows are never deleted: REVOKED and EXPIRED ones stay as history. */
public enum CertificateStatus {
    /** A compliance certificate: usable for onboarding calls, never for signing invoices. */
    PENDING,
    /** The unit's signing certificate for its environment; at most one per unit and environment. */
    ACTIVE,
    /** Past its notAfter (marked by the expiry timer). */
    EXPIRED,
    /** Taken out of use: superseded by a newer one, or revoked through the API. */
    REVOKED
}
