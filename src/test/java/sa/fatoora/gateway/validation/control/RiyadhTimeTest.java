package sa.fatoora.gateway.validation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import sa.fatoora.gateway.validation.entity.Message;
import sa.fatoora.gateway.validation.entity.Stage;
import sa.fatoora.gateway.validation.entity.StageResult;
import sa.fatoora.gateway.validation.entity.StageStatus;
import sa.fatoora.gateway.validation.entity.ValidationReport;

/**
 * The rules' "now" is Riyadh's, whatever the hour and whatever zone the JVM runs in. BR-KSA-04 (issue date not after
 * the current date) once rejected every invoice a UTC server issued between 21:00 and 24:00 UTC, because Saxon read
 * the JVM's clock and zone; BR-KSA-98 (simplified invoice reported within 24 hours) was off by the zone offset.
 * Each case pins the clock and runs under three JVM default zones: UTC, UTC-12 and UTC+14.
 */
class RiyadhTimeTest {

    private static final ZoneId RIYADH = sa.fatoora.gateway.platform.control.Riyadh.ZONE;
    private static final List<String> SERVER_ZONES = List.of("UTC", "Etc/GMT+12", "Pacific/Kiritimati");

    /** The hours around Riyadh's midnight (21:00 UTC) where the old bug bit, and one after it. */
    @ParameterizedTest(name = "{0} UTC")
    @ValueSource(
            strings = {"2026-12-06T20:59:00Z", "2026-12-06T21:00:00Z", "2026-12-06T23:59:00Z", "2026-12-07T00:30:00Z"})
    void anInvoiceIssuedNowInRiyadhIsNeverInTheFuture(String utc) {
        Instant now = Instant.parse(utc);
        LocalDateTime issued = LocalDateTime.ofInstant(now, RIYADH);
        for (String serverZone : SERVER_ZONES) {
            for (CompiledRulePack pack : List.of(SdkData.builtInPack(), SdkData.directoryPack())) {
                for (String sample : List.of("Simplified_Invoice.xml", "Standard_Invoice.xml")) {
                    ValidationReport report = validateIn(serverZone, pack, now, dated(sample, issued));

                    String where = sample + " issued " + issued + " Riyadh, validated " + utc + ", JVM zone "
                            + serverZone + ", pack " + pack.info().id();
                    assertFalse(rules(report).contains("BR-KSA-04"), where + ": " + report);
                    assertFalse(rules(report).contains("BR-KSA-98"), where + ": " + report);
                    assertEquals(StageStatus.PASSED, stage(report, Stage.KSA).status(), where + ": " + report);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} UTC")
    @ValueSource(strings = {"2026-12-06T20:59:00Z", "2026-12-06T21:00:00Z", "2026-12-07T00:30:00Z"})
    void anInvoiceDatedTomorrowInRiyadhIsInTheFuture(String utc) {
        Instant now = Instant.parse(utc);
        LocalDateTime tomorrow = LocalDateTime.ofInstant(now, RIYADH).plusDays(1);
        for (String serverZone : SERVER_ZONES) {
            for (CompiledRulePack pack : List.of(SdkData.builtInPack(), SdkData.directoryPack())) {
                ValidationReport report = validateIn(serverZone, pack, now, dated("Standard_Invoice.xml", tomorrow));

                assertTrue(
                        errors(report).contains("BR-KSA-04"),
                        "dated " + tomorrow + ", JVM zone " + serverZone + ": " + report);
            }
        }
    }

    /** BR-KSA-98 is in ZATCA SDK 3.4.8's rules (the SDK folder's pack), not in the built-in 2.3.8 ones. */
    @Test
    void theTwentyFourHourReportingWindowEndsTwentyFourHoursAfterIssueInRiyadh() {
        Instant now = Instant.parse("2026-12-06T21:30:00Z");
        LocalDateTime riyadhNow = LocalDateTime.ofInstant(now, RIYADH);
        CompiledRulePack sdk = SdkData.directoryPack();
        for (String serverZone : SERVER_ZONES) {
            ValidationReport inside = validateIn(
                    serverZone, sdk, now, dated("Simplified_Invoice.xml", riyadhNow.minus(Duration.ofHours(24))));
            ValidationReport justInside = validateIn(
                    serverZone,
                    sdk,
                    now,
                    dated(
                            "Simplified_Invoice.xml",
                            riyadhNow.minus(Duration.ofHours(23).plusMinutes(59))));
            ValidationReport late = validateIn(
                    serverZone,
                    sdk,
                    now,
                    dated(
                            "Simplified_Invoice.xml",
                            riyadhNow.minus(Duration.ofHours(24).plusSeconds(1))));

            assertFalse(warnings(inside).contains("BR-KSA-98"), "exactly 24 h, JVM zone " + serverZone);
            assertFalse(warnings(justInside).contains("BR-KSA-98"), "23:59 h, JVM zone " + serverZone);
            assertTrue(warnings(late).contains("BR-KSA-98"), "24 h 1 s, JVM zone " + serverZone + ": " + late);
            assertFalse(errors(late).contains("BR-KSA-98"), "late reporting is a warning, not an error");
        }
    }

    /** Standard invoices are cleared before the buyer sees them: the 24-hour rule is for simplified ones alone. */
    @Test
    void theReportingWindowDoesNotApplyToStandardInvoices() {
        Instant now = Instant.parse("2026-12-06T21:30:00Z");
        LocalDateTime twoDaysAgo = LocalDateTime.ofInstant(now, RIYADH).minusDays(2);
        ValidationReport report =
                validateIn("UTC", SdkData.directoryPack(), now, dated("Standard_Invoice.xml", twoDaysAgo));
        assertFalse(rules(report).contains("BR-KSA-98"), report.toString());
    }

    private static ValidationReport validateIn(String jvmZone, CompiledRulePack pack, Instant now, byte[] xml) {
        TimeZone before = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone(jvmZone));
        try {
            // the clock's own zone is the server's too: only its instant may matter
            return SdkData.rulesOnly(pack, Clock.fixed(now, ZoneId.of(jvmZone))).validate(xml, null);
        } finally {
            TimeZone.setDefault(before);
        }
    }

    /** An SDK sample re-dated to this Riyadh wall time (its signature no longer holds: only the rules run here). */
    static byte[] dated(String sample, LocalDateTime issued) {
        String xml = new String(SdkData.sample(sample), StandardCharsets.UTF_8)
                .replaceFirst(
                        "<cbc:IssueDate>[^<]*</cbc:IssueDate>",
                        "<cbc:IssueDate>" + issued.toLocalDate() + "</cbc:IssueDate>")
                .replaceFirst(
                        "<cbc:IssueTime>[^<]*</cbc:IssueTime>",
                        "<cbc:IssueTime>" + issued.format(DateTimeFormatter.ofPattern("HH:mm:ss"))
                                + "</cbc:IssueTime>");
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static StageResult stage(ValidationReport report, Stage stage) {
        return SdkSamplesTest.result(report, stage);
    }

    private static List<String> errors(ValidationReport report) {
        return report.stages().stream()
                .flatMap(s -> s.errors().stream())
                .map(Message::rule)
                .toList();
    }

    private static List<String> warnings(ValidationReport report) {
        return report.stages().stream()
                .flatMap(s -> s.warnings().stream())
                .map(Message::rule)
                .toList();
    }

    private static List<String> rules(ValidationReport report) {
        return java.util.stream.Stream.concat(errors(report).stream(), warnings(report).stream())
                .toList();
    }
}
