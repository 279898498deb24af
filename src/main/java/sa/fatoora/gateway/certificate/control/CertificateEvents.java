package sa.fatoora.gateway.certificate.control;

import static sa.fatoora.gateway.platform.control.Jsonp.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import sa.fatoora.gateway.audit.entity.AuditType;
import sa.fatoora.gateway.certificate.entity.CertificateEventType;
import sa.fatoora.gateway.certificate.entity.CertificateRecord;
import sa.fatoora.gateway.event.control.Events;
import sa.fatoora.gateway.event.entity.EventType;
import sa.fatoora.gateway.platform.control.Riyadh;
import sa.fatoora.gateway.platform.control.StoredTime;

/**
 * {@code certificate.expiring} (at each expiry warning: fatoora.certificates.warning-days, 30, 7 and 1 days before by
 * default) and {@code certificate.expired},
 * published in the transaction that records the warning or the expiry (CertificateAudit), so each comes once.
 */
@ApplicationScoped
public class CertificateEvents {

    @Inject
    Events events;

    @Inject
    Clock clock = StoredTime.CLOCK;

    void recorded(CertificateRecord c, String type) {
        EventType event = CertificateEventType.EXPIRED.name().equals(type)
                ? EventType.CERTIFICATE_EXPIRED
                : CertificateEventType.isExpiryWarning(type) ? EventType.CERTIFICATE_EXPIRING : null;
        if (event == null || c.getTenantId() == null) {
            return;
        }
        var data = JSON.createObjectBuilder()
                .add("certificateId", c.getId())
                .add("egsUnitId", c.getEgsUnitId())
                .add("kind", c.getKind().name())
                .add("environment", c.getEnvironment().name())
                .add("status", c.getStatus().name())
                .add("serial", c.getSerial() == null ? "" : c.getSerial())
                .add("notAfter", Riyadh.timestamp(c.getNotAfter()))
                .add("warning", type);
        if (event == EventType.CERTIFICATE_EXPIRING) {
            data.add(
                    "daysLeft",
                    Math.max(
                            0,
                            Duration.between(clock.instant(), c.getNotAfter()).toDays()));
        }
        data.add(
                "links",
                JSON.createObjectBuilder()
                        .add("certificate", "/api/v1/certificates/" + c.getId())
                        .add("renewal", "/api/v1/egs-units/" + c.getEgsUnitId() + "/renewal"));
        events.publish(c.getTenantId(), event, AuditType.subject("certificate", c.getId()), data.build());
    }
}
