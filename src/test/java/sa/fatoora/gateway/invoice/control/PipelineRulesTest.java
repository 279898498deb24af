package sa.fatoora.gateway.invoice.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.invoice.entity.InvoiceStatus;
import sa.fatoora.gateway.policy.entity.InvoiceSubtype;
import sa.fatoora.gateway.policy.entity.SubmissionAction;
import sa.fatoora.gateway.zatca.entity.FatooraOutcome;

/** The pipeline's pure rules: backoff, the 24-hour deadline and at-risk, and what each Fatoora answer means. */
class PipelineRulesTest {

    @Test
    void backoffDoublesFromTheInitialDelayUpToTheMaximum() {
        RetrySchedule s = new RetrySchedule(Duration.ofSeconds(15), Duration.ofMinutes(15));
        assertEquals(Duration.ofSeconds(15), s.delayAfter(1));
        assertEquals(Duration.ofSeconds(30), s.delayAfter(2));
        assertEquals(Duration.ofSeconds(60), s.delayAfter(3));
        assertEquals(Duration.ofSeconds(480), s.delayAfter(6));
        assertEquals(Duration.ofMinutes(15), s.delayAfter(7));
        assertEquals(Duration.ofMinutes(15), s.delayAfter(500));
        assertEquals(Duration.ofSeconds(15), s.delayAfter(0));
        assertThrows(IllegalArgumentException.class, () -> new RetrySchedule(Duration.ZERO, Duration.ofSeconds(1)));
        assertThrows(
                IllegalArgumentException.class, () -> new RetrySchedule(Duration.ofSeconds(2), Duration.ofSeconds(1)));
    }

    @Test
    void simplifiedDocumentsHaveTheTwentyFourHourDeadlineStandardOnesNone() {
        Instant issued = Instant.parse("2025-03-01T10:15:30Z");
        assertEquals(Instant.parse("2025-03-02T10:15:30Z"), ReportingDeadline.of(InvoiceSubtype.SIMPLIFIED, issued));
        assertNull(ReportingDeadline.of(InvoiceSubtype.STANDARD, issued));
    }

    @Test
    void atRiskMeansPendingWithTheDeadlineInsideTheMarginOrPast() {
        Instant deadline = Instant.parse("2025-03-02T10:00:00Z");
        Duration margin = Duration.ofHours(4);
        assertFalse(ReportingDeadline.atRisk(
                InvoiceStatus.PENDING, deadline, Instant.parse("2025-03-02T05:59:59Z"), margin));
        assertTrue(ReportingDeadline.atRisk(
                InvoiceStatus.PENDING, deadline, Instant.parse("2025-03-02T06:00:00Z"), margin));
        assertTrue(ReportingDeadline.atRisk(
                InvoiceStatus.PENDING, deadline, Instant.parse("2025-03-03T00:00:00Z"), margin));
        assertFalse(ReportingDeadline.atRisk(
                InvoiceStatus.REPORTED, deadline, Instant.parse("2025-03-03T00:00:00Z"), margin));
        assertFalse(ReportingDeadline.atRisk(InvoiceStatus.PENDING, null, Instant.now(), margin));
    }

    @Test
    void everyFatooraOutcomeOnEachRoute() {
        SubmissionAction clearance = SubmissionAction.CLEARANCE;
        SubmissionAction reporting = SubmissionAction.REPORTING;
        assertEquals(
                InvoiceStatus.CLEARED,
                SubmissionVerdict.of(clearance, FatooraOutcome.ACCEPTED).status());
        assertEquals(
                InvoiceStatus.CLEARED,
                SubmissionVerdict.of(clearance, FatooraOutcome.ACCEPTED_WITH_WARNINGS)
                        .status());
        assertEquals(
                InvoiceStatus.CLEARED,
                SubmissionVerdict.of(clearance, FatooraOutcome.ALREADY_SUBMITTED)
                        .status());
        assertEquals(
                InvoiceStatus.REJECTED,
                SubmissionVerdict.of(clearance, FatooraOutcome.REJECTED).status());
        assertEquals(
                new SubmissionVerdict(null, true), SubmissionVerdict.of(clearance, FatooraOutcome.CLEARANCE_DISABLED));
        assertEquals(
                InvoiceStatus.REPORTED,
                SubmissionVerdict.of(reporting, FatooraOutcome.ACCEPTED).status());
        assertEquals(
                InvoiceStatus.REPORTED,
                SubmissionVerdict.of(reporting, FatooraOutcome.ACCEPTED_WITH_WARNINGS)
                        .status());
        assertEquals(
                InvoiceStatus.REPORTED,
                SubmissionVerdict.of(reporting, FatooraOutcome.ALREADY_SUBMITTED)
                        .status());
        assertEquals(
                InvoiceStatus.REJECTED,
                SubmissionVerdict.of(reporting, FatooraOutcome.REJECTED).status());
        // reporting never answers 303; if it did, the document stays pending on its route
        assertEquals(
                new SubmissionVerdict(null, false), SubmissionVerdict.of(reporting, FatooraOutcome.CLEARANCE_DISABLED));
        assertFalse(SubmissionVerdict.of(clearance, FatooraOutcome.ACCEPTED).reroute());
    }

    @Test
    void reportingAfterClearanceRunsWhenAskedForOrAutomaticAndAllowed() {
        // asked for: the policy already allowed the mixed flow before signing
        assertEquals(FollowUpReporting.Decision.REPORT, FollowUpReporting.decide(true, false, false));
        assertEquals(FollowUpReporting.Decision.NONE, FollowUpReporting.decide(false, false, true));
        assertEquals(FollowUpReporting.Decision.REPORT, FollowUpReporting.decide(false, true, true));
        // automatic where the policy refuses (SIMULATION, PRODUCTION): a warning, the clearance stands
        assertEquals(FollowUpReporting.Decision.REFUSED_BY_POLICY, FollowUpReporting.decide(false, true, false));
    }
}
