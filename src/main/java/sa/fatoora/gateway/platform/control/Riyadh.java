package sa.fatoora.gateway.platform.control;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * ZATCA dates everything in Saudi local time: issue date and time (BT-2, KSA-25), signing time, the compliance
 * documents' dates. This is the one place the zone is named, so that no date ever follows the server's own zone
 * (a UTC server would date documents issued between 00:00 and 03:00 Riyadh time on the day before).
 */
public final class Riyadh {

    public static final ZoneId ZONE = ZoneId.of("Asia/Riyadh");

    private Riyadh() {}

    /** Riyadh's date and time on {@code clock}, whatever zone that clock is in (a test's fixed clock may be UTC). */
    public static LocalDateTime now(Clock clock) {
        return LocalDateTime.now(clock.withZone(ZONE));
    }

    /** An instant as Riyadh's ISO-8601 date and time with its offset ({@code 2026-12-07T00:30:00+03:00}). */
    public static String timestamp(java.time.Instant instant) {
        return java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                java.time.OffsetDateTime.ofInstant(instant, ZONE));
    }

    /** Riyadh's date on {@code clock}, whatever zone that clock is in. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
