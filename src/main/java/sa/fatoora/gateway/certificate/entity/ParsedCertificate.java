package sa.fatoora.gateway.certificate.entity;

import java.time.Instant;

/** What a parsed certificate tells us, in the forms we store: decimal serial, X500Principal names, base64 DER. */
public record ParsedCertificate(
        String base64Der, String serial, String subject, String issuer, Instant notBefore, Instant notAfter) {}
