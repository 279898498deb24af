package sa.fatoora.gateway.onboarding.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import sa.fatoora.gateway.certificate.entity.CertificateView;

/**
 * An onboarding or renewal run as the API answers it: the new certificate's metadata once it is ACTIVE (never the
 * key, the CSID token or its secret) and every recorded step with ZATCA's answer.
 */
@JsonbPropertyOrder({"id", "egsUnitId", "kind", "status", "createdAt", "completedAt", "certificate", "steps"})
public record OnboardingView(
        Long id,
        Long egsUnitId,
        OnboardingKind kind,
        OnboardingStatus status,
        Instant createdAt,
        Instant completedAt,
        CertificateView certificate,
        List<StepView> steps) {}
