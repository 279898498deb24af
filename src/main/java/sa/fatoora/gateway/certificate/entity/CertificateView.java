package sa.fatoora.gateway.certificate.entity;

import java.time.Instant;
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;

/** A certificate's public metadata: what the API answers. Never the key, the CSID token or its secret. */
public record CertificateView(
        Long id,
        Long egsUnitId,
        ZatcaEnvironment environment,
        CertificateKind kind,
        CertificateStatus status,
        String serial,
        String subject,
        String issuer,
        Instant notBefore,
        Instant notAfter,
        Long requestId,
        Instant createdAt,
        Instant statusChangedAt,
        String statusReason) {

    public static CertificateView of(CertificateRecord r) {
        return new CertificateView(
                r.getId(),
                r.getEgsUnitId(),
                r.getEnvironment(),
                r.getKind(),
                r.getStatus(),
                r.getSerial(),
                r.getSubject(),
                r.getIssuer(),
                r.getNotBefore(),
                r.getNotAfter(),
                r.getZatcaRequestId(),
                r.getCreatedAt(),
                r.getStatusChangedAt(),
                r.getStatusReason());
    }
}
