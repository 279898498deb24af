package sa.fatoora.gateway.console.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import sa.fatoora.gateway.certificate.control.CertificateStore;
import sa.fatoora.gateway.certificate.entity.CertificateKind;
import sa.fatoora.gateway.certificate.entity.CertificateStatus;
import sa.fatoora.gateway.certificate.entity.CertificateView;
import sa.fatoora.gateway.certificate.entity.Revocation;
import sa.fatoora.gateway.console.entity.UnitDetail;
import sa.fatoora.gateway.console.entity.UnitForm;
import sa.fatoora.gateway.console.entity.UnitRow;
import sa.fatoora.gateway.egs.control.EgsUnitService;
import sa.fatoora.gateway.egs.entity.EgsUnitView;
import sa.fatoora.gateway.onboarding.control.OnboardingService;
import sa.fatoora.gateway.onboarding.control.Onboardings;
import sa.fatoora.gateway.onboarding.entity.OnboardingStatus;
import sa.fatoora.gateway.onboarding.entity.OnboardingView;
import sa.fatoora.gateway.onboarding.entity.OtpRequest;
import sa.fatoora.gateway.onboarding.entity.StepView;
import sa.fatoora.gateway.platform.control.JsonPointers;
import sa.fatoora.gateway.platform.control.ResourceNotFoundException;
import sa.fatoora.gateway.platform.control.StoredTime;
import sa.fatoora.gateway.platform.control.Transactions;
import sa.fatoora.gateway.platform.control.ValidationFailedException;

/**
 * The console's EGS unit pages: the list with each unit's onboarding state and certificate end, one unit with its
 * latest run and certificates, and the changes the API offers (create, onboard, renew, revoke a certificate), done
 * by the same controls with the same validation, so a page refuses what the API refuses, with the same problem.
 * Only the signed-in tenant's units; another tenant's is not found.
 */
@ApplicationScoped
public class ConsoleUnits {

    /** The onboarding states the list and the unit page name ({@code state.*} texts). */
    public static final String ACTIVE = "ACTIVE";

    public static final String NOT_ONBOARDED = "NOT_ONBOARDED";
    public static final String NO_ACTIVE_CERTIFICATE = "NO_ACTIVE_CERTIFICATE";

    @PersistenceContext(unitName = "fatoora")
    EntityManager em;

    @Inject
    Transactions tx;

    @Inject
    EgsUnitService units;

    @Inject
    CertificateStore certificates;

    @Inject
    OnboardingService onboarding;

    @Inject
    Onboardings runs;

    @Inject
    Validator validator;

    @Inject
    Clock clock = StoredTime.CLOCK;

    public List<UnitRow> list(Long tenantId, Texts t) {
        return tx.required(() -> {
            Map<Long, Instant> activeEnds = new HashMap<>();
            for (Object[] c : em.createQuery(
                            "SELECT c.egsUnitId, c.notAfter FROM CertificateRecord c WHERE c.tenantId = :tenantId"
                                    + " AND c.status = :active",
                            Object[].class)
                    .setParameter("tenantId", tenantId)
                    .setParameter("active", CertificateStatus.ACTIVE)
                    .getResultList()) {
                activeEnds.merge((Long) c[0], (Instant) c[1], (a, b) -> a.isBefore(b) ? a : b);
            }
            Map<Long, OnboardingStatus> latestRun = new HashMap<>();
            for (Object[] o : em.createQuery(
                            "SELECT o.egsUnitId, o.status FROM Onboarding o WHERE o.tenantId = :tenantId ORDER BY o.id",
                            Object[].class)
                    .setParameter("tenantId", tenantId)
                    .getResultList()) {
                latestRun.put((Long) o[0], (OnboardingStatus) o[1]); // ordered by id: the last one stays
            }
            Instant now = clock.instant();
            List<UnitRow> rows = new ArrayList<>();
            for (EgsUnitView u : units.list(tenantId)) {
                Instant ends = activeEnds.get(u.id());
                rows.add(new UnitRow(
                        u.id(),
                        u.name(),
                        u.environment().name(),
                        u.functionality(),
                        state(ends != null, latestRun.get(u.id())),
                        t.time(ends),
                        ends == null
                                ? null
                                : Math.max(0, Duration.between(now, ends).toDays())));
            }
            return rows;
        });
    }

    /**
     * A unit's onboarding state: ACTIVE with an active certificate; else its latest run's status while that run is
     * open (IN_PROGRESS, FAILED: a retry resumes it); NOT_ONBOARDED before any run, NO_ACTIVE_CERTIFICATE after.
     */
    static String state(boolean activeCertificate, OnboardingStatus latestRun) {
        if (activeCertificate) {
            return ACTIVE;
        }
        if (latestRun == null) {
            return NOT_ONBOARDED;
        }
        return latestRun.open() ? latestRun.name() : NO_ACTIVE_CERTIFICATE;
    }

    /** 404 (ResourceNotFoundException) for another tenant's unit. */
    public UnitDetail detail(Long tenantId, Long unitId, Texts t) {
        EgsUnitView unit = units.get(tenantId, unitId);
        Optional<OnboardingView> run = runs.latest(unitId).map(onboarding::view);
        Optional<CertificateView> active = certificates.active(unitId);
        List<UnitDetail.Certificate> certs = new ArrayList<>();
        for (CertificateView c : certificates.history(tenantId, unitId)) {
            certs.add(new UnitDetail.Certificate(
                    c.id(),
                    c.kind().name(),
                    c.status().name(),
                    c.statusReason() == null ? "" : c.statusReason(),
                    c.serial(),
                    c.subject(),
                    c.issuer(),
                    t.time(c.notBefore()),
                    t.time(c.notAfter()),
                    certificates.keyCheck(tenantId, c.id()).name(),
                    c.status() == CertificateStatus.ACTIVE || c.status() == CertificateStatus.PENDING));
        }
        return new UnitDetail(
                unit,
                t.time(unit.createdAt()),
                state(active.isPresent(), run.map(OnboardingView::status).orElse(null)),
                run.map(r -> runOf(r, t)).orElse(null),
                certs,
                active.isEmpty(),
                active.filter(c -> c.kind() == CertificateKind.PRODUCTION).isPresent());
    }

    private static UnitDetail.Run runOf(OnboardingView r, Texts t) {
        List<UnitDetail.Step> steps = new ArrayList<>();
        for (StepView s : r.steps()) {
            steps.add(new UnitDetail.Step(
                    s.step().name(),
                    s.document() == null ? "" : s.document().name(),
                    s.status().name(),
                    s.attempts(),
                    t.time(s.startedAt()),
                    t.time(s.finishedAt()),
                    s.httpStatus() == null ? "" : s.httpStatus().toString(),
                    s.zatcaStatus() == null ? "" : s.zatcaStatus(),
                    s.summary() == null ? "" : s.summary()));
        }
        return new UnitDetail.Run(
                r.kind().name(), r.status().name(), t.time(r.createdAt()), t.time(r.completedAt()), steps);
    }

    /** Registers the unit as POST /api/v1/egs-units would: 400 VALIDATION_FAILED, 409 EGS_UNIT_EXISTS. */
    public EgsUnitView create(Long tenantId, UnitForm form) {
        var request = form.request();
        valid(request);
        return units.create(tenantId, request);
    }

    /** POST /api/v1/egs-units/{id}/onboarding; the run's steps are recorded whatever ZATCA answers. */
    public void onboard(Long tenantId, Long unitId, String otp) {
        units.find(tenantId, unitId);
        onboarding.onboard(tenantId, unitId, validOtp(otp));
    }

    /** POST /api/v1/egs-units/{id}/renewal. */
    public void renew(Long tenantId, Long unitId, String otp) {
        units.find(tenantId, unitId);
        onboarding.renew(tenantId, unitId, validOtp(otp));
    }

    /** POST /api/v1/certificates/{id}/revocation, for a certificate of this unit; ZATCA is not told. */
    public void revoke(Long tenantId, Long unitId, Long certificateId, String reason) {
        units.find(tenantId, unitId);
        if (!certificates.get(tenantId, certificateId).egsUnitId().equals(unitId)) {
            throw new ResourceNotFoundException("Certificate", certificateId);
        }
        Revocation revocation = new Revocation(blankToNull(reason));
        valid(revocation);
        certificates.revoke(tenantId, certificateId, revocation.reason());
    }

    private String validOtp(String otp) {
        OtpRequest request = new OtpRequest(blankToNull(otp));
        valid(request);
        return request.otp();
    }

    /** The API's Bean Validation, with its answer: 400 VALIDATION_FAILED naming each field by its JSON pointer. */
    private <T> void valid(T request) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ValidationFailedException(
                    violations.size() + " invalid field(s)", JsonPointers.fieldErrors(violations));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
