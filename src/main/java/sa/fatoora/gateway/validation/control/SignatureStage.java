package sa.fatoora.gateway.validation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import sa.fatoora.gateway.signing.control.SignatureVerifier;
import sa.fatoora.gateway.validation.entity.Stage;
import sa.fatoora.gateway.validation.entity.StageResult;

/** The XAdES stamp as ZATCA checks it: invoice hash, SignedProperties and certificate digests, the signature. */
@ApplicationScoped
public class SignatureStage implements ValidationStage {

    @Inject
    SignatureVerifier verifier;

    @Override
    public Stage stage() {
        return Stage.SIGNATURE;
    }

    @Override
    public StageResult run(ValidationContext context) {
        return Findings.toStage(Stage.SIGNATURE, verifier.verifySignature(context.document()));
    }
}
