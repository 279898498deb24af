package sa.fatoora.gateway.onboarding.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One recorded step of an onboarding: one row per step (and per document for the compliance checks), updated by
 * every attempt, so {@code attempts} shows what a retry had to redo. The summary is ZATCA's answer in short.
 */
@Entity
@Table(name = "FG_ONBOARDING_STEP", indexes = @Index(name = "FG_ONBOARDING_STEP_IX", columnList = "onboardingId"))
@NamedQuery(
        name = OnboardingStep.OF,
        query = "SELECT s FROM OnboardingStep s WHERE s.onboardingId = :onboardingId ORDER BY s.id")
public class OnboardingStep {

    public static final String OF = "OnboardingStep.of";

    @Id
    @SequenceGenerator(name = "onboarding_step_seq", sequenceName = "FG_ONBOARDING_STEP_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "onboarding_step_seq")
    private Long id;

    @Column(nullable = false)
    private Long onboardingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private StepKind step;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private ComplianceDocument document;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StepStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(nullable = false)
    private Instant startedAt;

    private Instant finishedAt;

    /** Fatoora's HTTP status, when it answered. */
    private Integer httpStatus;

    /** Fatoora's own status word: ISSUED, CLEARED, REPORTED, NOT_CLEARED, or an error code. */
    @Column(length = 60)
    private String zatcaStatus;

    @Column(length = 2000)
    private String summary;

    protected OnboardingStep() {}

    public OnboardingStep(Long onboardingId, StepKind step, ComplianceDocument document) {
        this.onboardingId = onboardingId;
        this.step = step;
        this.document = document;
        this.status = StepStatus.RUNNING;
    }

    public void attempt(Instant now) {
        this.attempts++;
        this.status = StepStatus.RUNNING;
        this.startedAt = now;
        this.finishedAt = null;
        this.httpStatus = null;
        this.zatcaStatus = null;
        this.summary = null;
    }

    public void finish(StepStatus status, Integer httpStatus, String zatcaStatus, String summary, Instant now) {
        this.status = status;
        this.httpStatus = httpStatus;
        this.zatcaStatus = zatcaStatus == null ? null : clip(zatcaStatus, 60);
        this.summary = summary == null ? null : clip(summary, 2000);
        this.finishedAt = now;
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }

    public Long getId() {
        return id;
    }

    public Long getOnboardingId() {
        return onboardingId;
    }

    public StepKind getStep() {
        return step;
    }

    public ComplianceDocument getDocument() {
        return document;
    }

    public StepStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Integer getHttpStatus() {
        return httpStatus;
    }

    public String getZatcaStatus() {
        return zatcaStatus;
    }

    public String getSummary() {
        return summary;
    }
}
