package sa.fatoora.gateway.certificate.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import sa.fatoora.gateway.certificate.entity.CertificateEventType;

/**
 * The expiry warnings, one per configured number of days before a certificate's end ({@code
 * fatoora.certificates.warning-days}, "30,7,1" by default). A certificate gets the tightest one it has reached: one
 * uploaded with five days left gets the 7-day warning only, not a late 30-day one as well.
 */
final class ExpiryWarning {

    static final String DEFAULT_DAYS = "30,7,1";
    static final int MAX_DAYS = 366; // a CSID is valid for about a year: an earlier warning would come at once

    /** Ascending: the tightest first. */
    private final List<Integer> days;

    private ExpiryWarning(List<Integer> days) {
        this.days = days;
    }

    /** Whole days, separated by commas, each 1 to 366; refused with a message saying what is wrong. */
    static ExpiryWarning of(String configured) {
        TreeSet<Integer> days = new TreeSet<>();
        for (String part : (configured == null ? "" : configured).split(",")) {
            if (part.isBlank()) {
                continue;
            }
            int d;
            try {
                d = Integer.parseInt(part.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        "fatoora.certificates.warning-days: '" + part.strip() + "' is not a whole number of days", e);
            }
            if (d < 1 || d > MAX_DAYS) {
                throw new IllegalArgumentException(
                        "fatoora.certificates.warning-days: " + d + " is not between 1 and " + MAX_DAYS);
            }
            days.add(d);
        }
        if (days.isEmpty()) {
            throw new IllegalArgumentException("fatoora.certificates.warning-days: no days given (e.g. 30,7,1)");
        }
        return new ExpiryWarning(List.copyOf(days));
    }

    /** The earliest warning's distance from the end: certificates ending later need none yet. */
    Duration horizon() {
        return Duration.ofDays(days.get(days.size() - 1));
    }

    List<Integer> days() {
        return days;
    }

    /**
     * The type of the tightest warning reached (CertificateEventType#expiryWarning); empty when the certificate has
     * expired already or is further from its end than the earliest warning.
     */
    Optional<String> due(Instant notAfter, Instant now) {
        if (!notAfter.isAfter(now)) {
            return Optional.empty();
        }
        Duration left = Duration.between(now, notAfter);
        for (int d : days) {
            if (left.compareTo(Duration.ofDays(d)) <= 0) {
                return Optional.of(CertificateEventType.expiryWarning(d));
            }
        }
        return Optional.empty();
    }
}
