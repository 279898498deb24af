package sa.fatoora.gateway.certificate.entity;

/** Where a certificate came from, which decides its first status. */
public enum CertificateKind {
    /** A compliance CSID from ZATCA: only for the compliance checks of onboarding; stays PENDING. */
    COMPLIANCE,
    /** A production CSID from ZATCA: becomes ACTIVE and signs invoices. */
    PRODUCTION,
    /** A certificate and key the taxpayer brought (POST /api/v1/certificates): becomes ACTIVE. */
    UPLOADED
}
