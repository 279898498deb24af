package sa.fatoora.gateway.certificate.entity;

import java.time.Instant;

/** An audit row as the API answers it. */
public record CertificateEventView(Long id, Long certificateId, String type, Instant at, String detail) {

    public static CertificateEventView of(CertificateEvent e) {
        return new CertificateEventView(e.getId(), e.getCertificateId(), e.getType(), e.getOccurredAt(), e.getDetail());
    }
}
