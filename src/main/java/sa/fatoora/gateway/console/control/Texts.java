package sa.fatoora.gateway.console.control;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import sa.fatoora.gateway.platform.control.Riyadh;

/**
 * The console's words in one language (src/main/resources/console/messages_{en,ar}.properties), its direction, and
 * how it writes times (Riyadh) and durations. A missing key shows as {@code ?key?} so a gap is seen, not hidden.
 */
public final class Texts {

    public static final String ENGLISH = "en";
    public static final String ARABIC = "ar";
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Riyadh.ZONE);

    private final String language;
    private final ResourceBundle bundle;

    private Texts(String language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(
                "console.messages", Locale.forLanguageTag(language), Texts.class.getClassLoader());
    }

    public static Texts of(String language) {
        return new Texts(ARABIC.equals(language) ? ARABIC : ENGLISH);
    }

    /** The language asked for, if the console has it; else English. */
    public static String language(String asked) {
        return ARABIC.equals(asked) ? ARABIC : ENGLISH;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "?" + key + "?";
        }
    }

    public String lang() {
        return language;
    }

    public String dir() {
        return ARABIC.equals(language) ? "rtl" : "ltr";
    }

    public boolean arabic() {
        return ARABIC.equals(language);
    }

    /** A time in Riyadh, {@code 2026-12-06 21:05}, with the zone named. */
    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant) + " " + get("riyadh");
    }

    /** The same for a time the API shows with its offset (webhooks, deliveries, events). */
    public String time(java.time.OffsetDateTime at) {
        return at == null ? "" : time(at.toInstant());
    }

    /** {@code 5 h 12 min}; a negative duration as the same with "ago"/"overdue" wording left to the caller. */
    public String duration(Duration d) {
        Duration a = d.abs();
        long hours = a.toHours();
        long minutes = a.toMinutesPart();
        return hours > 0
                ? hours + " " + get("unit.hours") + " " + minutes + " " + get("unit.minutes")
                : minutes + " " + get("unit.minutes");
    }
}
