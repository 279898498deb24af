package sa.fatoora.gateway.onboarding.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import sa.fatoora.gateway.certificate.control.CertificateStore;
import sa.fatoora.gateway.certificate.control.CsrChecker;
import sa.fatoora.gateway.certificate.control.CsrGenerator;
import sa.fatoora.gateway.certificate.control.InvalidCsrException;
import sa.fatoora.gateway.certificate.control.KeyVault;
import sa.fatoora.gateway.certificate.control.X509Certificates;
import sa.fatoora.gateway.certificate.entity.CheckedCsr;
import sa.fatoora.gateway.certificate.entity.GeneratedCsr;
import sa.fatoora.gateway.egs.entity.EgsUnit;
import sa.fatoora.gateway.onboarding.entity.Onboarding;
import sa.fatoora.gateway.onboarding.entity.StepKind;
import sa.fatoora.gateway.platform.control.ValidationFailedException;
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;

/**
 * The KEY_AND_CSR step: a fresh secp256k1 key and a CSR with the unit's identity for every attempt that needs one.
 * The private key is sealed with the KeyVault before anything is stored; its plaintext lives only in memory.
 */
@ApplicationScoped
public class OnboardingKeys {

    static final String PURPOSE = "onboarding-private-key";

    @Inject
    CsrGenerator generator;

    @Inject
    CsrChecker checker;

    @Inject
    KeyVault vault;

    @Inject
    Onboardings runs;

    @Inject
    CertificateStore certificates;

    @Inject
    StepRecorder steps;

    public Onboarding newCsr(Onboarding run, EgsUnit unit) {
        Long stepId = steps.begin(run.getId(), StepKind.KEY_AND_CSR, null);
        try {
            Onboarding updated = generate(run, unit);
            steps.done(
                    stepId,
                    null,
                    null,
                    "secp256k1 key and CSR for CN=" + unit.getName() + ", template "
                            + unit.getEnvironment().certificateTemplate());
            return updated;
        } catch (RuntimeException e) {
            steps.failed(stepId, e);
            throw e;
        }
    }

    private Onboarding generate(Onboarding run, EgsUnit unit) {
        if (run.getComplianceCertificateId() != null) {
            // obtained with the CSR now replaced: never used again
            certificates.revoke(
                    unit.getTenantId(), run.getComplianceCertificateId(), "compliance CSID of a replaced CSR");
        }
        GeneratedCsr csr = generator.generate(unit.csrProfile());
        String sealedKey = seal(X509Certificates.toPem(csr.keyPair().getPrivate()));
        ZatcaEnvironment env = unit.getEnvironment();
        CheckedCsr checked;
        try {
            // our own CSR through ZATCA's checks: a unit whose data breaks the profile fails here, not at ZATCA
            checked = checker.check(csr.pem(), env.certificateTemplate(), env == ZatcaEnvironment.SANDBOX);
        } catch (InvalidCsrException e) {
            throw ValidationFailedException.of("", "The EGS unit's data makes an invalid CSR: " + e.getMessage());
        }
        return runs.update(run.getId(), r -> r.useCsr(csr.pem(), checked.fingerprint(), sealedKey, false, runs.now()));
    }

    public String seal(String privateKeyPem) {
        return vault.seal(privateKeyPem.getBytes(StandardCharsets.US_ASCII), PURPOSE);
    }

    /** The run's private key as PEM, for the certificate store (which seals it again under its own purpose). */
    public String privateKeyPem(Onboarding run) {
        return new String(vault.open(run.getEncryptedKey(), PURPOSE), StandardCharsets.US_ASCII);
    }
}
