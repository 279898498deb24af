package sa.fatoora.gateway.console.entity;

import java.util.List;
import sa.fatoora.gateway.egs.entity.EgsUnitView;

/**
 * One EGS unit as the console shows it: its registration, its onboarding state, the latest onboarding or renewal
 * run with each step and ZATCA's answer (null before the first), and every certificate it has had, newest first.
 * Times are already in Riyadh time.
 *
 * @param onboardable no active certificate: the onboarding form is offered
 * @param renewable   the active certificate is a production CSID from ZATCA: the renewal form is offered
 */
public record UnitDetail(
        EgsUnitView unit,
        String createdAt,
        String state,
        Run run,
        List<Certificate> certificates,
        boolean onboardable,
        boolean renewable) {

    /** An onboarding or renewal run. */
    public record Run(String kind, String status, String createdAt, String completedAt, List<Step> steps) {}

    /** One recorded step; {@code document} is the compliance document of a check, else "". */
    public record Step(
            String step,
            String document,
            String status,
            int attempts,
            String startedAt,
            String finishedAt,
            String httpStatus,
            String zatcaStatus,
            String summary) {}

    /** A certificate's facts; {@code keyCheck} is a {@code KeyCheck} name; revocable while ACTIVE or PENDING. */
    public record Certificate(
            long id,
            String kind,
            String status,
            String statusReason,
            String serial,
            String subject,
            String issuer,
            String notBefore,
            String notAfter,
            String keyCheck,
            boolean revocable) {}
}
