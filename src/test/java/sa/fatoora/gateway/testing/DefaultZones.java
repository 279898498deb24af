package sa.fatoora.gateway.testing;

import java.time.ZoneId;
import java.util.List;
import java.util.TimeZone;
import java.util.function.Consumer;

/** Runs a test body under other JVM default zones, to show a result does not depend on the server's zone. */
public final class DefaultZones {

    /** Behind, equal to and ahead of Riyadh's date at 21:30 UTC, and Riyadh itself. */
    public static final List<ZoneId> ZONES = List.of(
            ZoneId.of("UTC"), ZoneId.of("America/Los_Angeles"), ZoneId.of("Asia/Tokyo"), ZoneId.of("Asia/Riyadh"));

    private DefaultZones() {}

    /** The body once per zone, each time with that zone as the JVM default; the default is restored after. */
    public static void forEach(Consumer<ZoneId> body) {
        TimeZone original = TimeZone.getDefault();
        try {
            for (ZoneId zone : ZONES) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                body.accept(zone);
            }
        } finally {
            TimeZone.setDefault(original);
        }
    }
}
