package sa.fatoora.gateway.invoice.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import sa.fatoora.gateway.policy.entity.SubmissionAction;

/**
 * One call to Fatoora for one document: when, which route, what came back. {@code httpStatus} is null when
 * Fatoora was not reached; {@code outcome} is ACCEPTED, ACCEPTED_WITH_WARNINGS, ALREADY_SUBMITTED,
 * CLEARANCE_DISABLED, REJECTED, or UNAVAILABLE / AUTHENTICATION_FAILED / ERROR for a call without an answer.
 */
@Entity
@Cacheable(false)
@Table(name = "FG_SUBMISSION_ATTEMPT", indexes = @Index(name = "FG_ATTEMPT_INVOICE_IX", columnList = "invoiceId"))
@NamedQuery(
        name = SubmissionAttempt.BY_INVOICE,
        query = "SELECT a FROM SubmissionAttempt a WHERE a.invoiceId = :invoiceId ORDER BY a.id")
public class SubmissionAttempt {

    public static final String BY_INVOICE = "SubmissionAttempt.byInvoice";

    @Id
    @SequenceGenerator(name = "attempt_seq", sequenceName = "FG_SUBMISSION_ATTEMPT_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attempt_seq")
    private Long id;

    @Column(nullable = false)
    private Long invoiceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private SubmissionAction route;

    @Column(nullable = false)
    private Instant requestedAt;

    @Column(nullable = false)
    private long durationMillis;

    private Integer httpStatus;

    @Column(nullable = false, length = 30)
    private String outcome;

    @Lob
    @Column(length = 1024 * 1024)
    private String messages;

    @Column(length = 500)
    private String error;

    protected SubmissionAttempt() {}

    public SubmissionAttempt(
            Long invoiceId,
            SubmissionAction route,
            Instant requestedAt,
            long durationMillis,
            Integer httpStatus,
            String outcome,
            String messages,
            String error) {
        this.invoiceId = invoiceId;
        this.route = route;
        this.requestedAt = requestedAt;
        this.durationMillis = durationMillis;
        this.httpStatus = httpStatus;
        this.outcome = outcome;
        this.messages = messages;
        this.error = error == null || error.length() <= 500 ? error : error.substring(0, 500);
    }

    public SubmissionAction getRoute() {
        return route;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public long getDurationMillis() {
        return durationMillis;
    }

    public Integer getHttpStatus() {
        return httpStatus;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getMessages() {
        return messages;
    }

    public String getError() {
        return error;
    }
}
