package sa.fatoora.gateway.certificate.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import sa.fatoora.gateway.certificate.entity.CertificateEventType;

/**
 * The three expiry warnings. A certificate gets the tightest one it has reached: one uploaded with five days left
 * gets the 7-day warning only, not a late 30-day one as well.
 */
enum ExpiryWarning {
    ONE_DAY(Duration.ofDays(1), CertificateEventType.EXPIRY_WARNING_1_DAY),
    SEVEN_DAYS(Duration.ofDays(7), CertificateEventType.EXPIRY_WARNING_7_DAYS),
    THIRTY_DAYS(Duration.ofDays(30), CertificateEventType.EXPIRY_WARNING_30_DAYS);

    private final Duration before;
    private final CertificateEventType type;

    ExpiryWarning(Duration before, CertificateEventType type) {
        this.before = before;
        this.type = type;
    }

    CertificateEventType type() {
        return type;
    }

    /** Empty when the certificate has expired already or has more than 30 days left. */
    static Optional<ExpiryWarning> due(Instant notAfter, Instant now) {
        if (!notAfter.isAfter(now)) {
            return Optional.empty();
        }
        Duration left = Duration.between(now, notAfter);
        for (ExpiryWarning w : values()) {
            if (left.compareTo(w.before) <= 0) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }
}
