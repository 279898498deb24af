package sa.fatoora.gateway;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Date;
import java.util.TimeZone;
import java.util.function.Supplier;

/**
 * Deliberately breaks ArchitectureTest's clock rule, once per method, for ClockRuleTest; methods named
 * {@code allowed...} read time the allowed ways. Never called.
 */
@SuppressWarnings("unused")
final class SystemClockReads {

    private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

    private SystemClockReads() {}

    static Object instantNow() {
        return Instant.now();
    }

    static Object localDateNow() {
        return LocalDate.now();
    }

    static Object localDateTimeNow() {
        return LocalDateTime.now();
    }

    static Object localTimeNow() {
        return LocalTime.now();
    }

    static Object zonedDateTimeNow() {
        return ZonedDateTime.now();
    }

    static Object offsetDateTimeNow() {
        return OffsetDateTime.now();
    }

    static Object offsetTimeNow() {
        return OffsetTime.now();
    }

    static Object yearNow() {
        return Year.now();
    }

    static Object yearMonthNow() {
        return YearMonth.now();
    }

    static Object monthDayNow() {
        return MonthDay.now();
    }

    static Object localDateNowInAZone() {
        return LocalDate.now(RIYADH);
    }

    static Object instantNowInAZone() {
        return ZonedDateTime.now(RIYADH);
    }

    static Supplier<Instant> instantNowReference() {
        return Instant::now;
    }

    static Object clockSystemUtc() {
        return Clock.systemUTC();
    }

    static Object clockSystemDefaultZone() {
        return Clock.systemDefaultZone();
    }

    static Object clockSystem() {
        return Clock.system(RIYADH);
    }

    static Object zoneIdSystemDefault() {
        return ZoneId.systemDefault();
    }

    static Object timeZoneGetDefault() {
        return TimeZone.getDefault();
    }

    static long currentTimeMillis() {
        return System.currentTimeMillis();
    }

    static Object newDate() {
        return new Date();
    }

    static Object calendarGetInstance() {
        return Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    }

    static Object allowedNowFromAClock(Clock clock) {
        return LocalDateTime.of(LocalDate.now(clock), LocalTime.now(clock))
                .atZone(RIYADH)
                .toInstant()
                .isBefore(Instant.now(clock));
    }

    static long allowedNanoTime() {
        return System.nanoTime();
    }

    static Object allowedDateOfAnInstant(Clock clock) {
        return new Date(clock.millis());
    }
}
