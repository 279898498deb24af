package sa.fatoora.gateway.certificate.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/**
 * An audit row: a certificate was stored, revoked, expired, or is about to expire. The unique constraint makes
 * "each warning once" hold even when several instances run the expiry check at the same moment.
 */
@Entity
@Table(
        name = "FG_CERTIFICATE_EVENT",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "FG_CERTIFICATE_EVENT_UQ",
                        columnNames = {"certificateId", "eventType"}))
@NamedQuery(
        name = CertificateEvent.OF_CERTIFICATE,
        query = "SELECT e FROM CertificateEvent e WHERE e.certificateId = :certificate ORDER BY e.id")
@NamedQuery(
        name = CertificateEvent.COUNT_OF_TYPE,
        query = "SELECT COUNT(e) FROM CertificateEvent e WHERE e.certificateId = :certificate AND e.eventType = :type")
public class CertificateEvent {

    public static final String OF_CERTIFICATE = "CertificateEvent.ofCertificate";
    public static final String COUNT_OF_TYPE = "CertificateEvent.countOfType";

    @Id
    @SequenceGenerator(name = "certificate_event_seq", sequenceName = "FG_CERTIFICATE_EVENT_SEQ", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_event_seq")
    private Long id;

    @Column(nullable = false)
    private Long certificateId;

    @Column(nullable = false)
    private Long tenantId;

    @Column(nullable = false)
    private Long egsUnitId;

    /** A CertificateEventType's name, or an expiry warning's (CertificateEventType#expiryWarning). */
    @Column(nullable = false, length = 40)
    private String eventType;

    /** Not "at": a reserved word in Derby. */
    @Column(nullable = false)
    private Instant occurredAt;

    @Column(length = 500)
    private String detail;

    protected CertificateEvent() {}

    public CertificateEvent(CertificateRecord certificate, String type, Instant at, String detail) {
        this.certificateId = certificate.getId();
        this.tenantId = certificate.getTenantId();
        this.egsUnitId = certificate.getEgsUnitId();
        this.eventType = type;
        this.occurredAt = at;
        this.detail = detail;
    }

    public Long getId() {
        return id;
    }

    public Long getCertificateId() {
        return certificateId;
    }

    public Long getTenantId() {
        return tenantId;
    }

    public Long getEgsUnitId() {
        return egsUnitId;
    }

    public String getType() {
        return eventType;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getDetail() {
        return detail;
    }
}
