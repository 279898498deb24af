package sa.fatoora.gateway.validation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import sa.fatoora.gateway.signing.control.SignatureVerifier;
import sa.fatoora.gateway.validation.entity.Stage;
import sa.fatoora.gateway.validation.entity.StageResult;

/** The QR TLV: present where required, decodable, and each tag equal to what the document and stamp say. */
@ApplicationScoped
public class QrStage implements ValidationStage {

    @Inject
    SignatureVerifier verifier;

    @Override
    public Stage stage() {
        return Stage.QR;
    }

    @Override
    public StageResult run(ValidationContext context) {
        return Findings.toStage(Stage.QR, verifier.verifyQr(context.document()));
    }
}
