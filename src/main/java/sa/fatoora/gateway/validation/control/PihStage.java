package sa.fatoora.gateway.validation.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import sa.fatoora.gateway.invoice.entity.ChainPosition;
import sa.fatoora.gateway.signing.control.Dom;
import sa.fatoora.gateway.signing.entity.XmlDsig;
import sa.fatoora.gateway.validation.entity.Message;
import sa.fatoora.gateway.validation.entity.Stage;
import sa.fatoora.gateway.validation.entity.StageResult;

/**
 * The chain link: the document's previous invoice hash (PIH) must be a hash, and, when the caller says which
 * document came before, exactly that document's hash. Without {@code pih} only the form can be checked: the stage
 * passes on the form alone and the report says so in its own field, {@code pihChecked: false} (a warning here
 * would travel into answers that are not about our query parameters, such as the simulator's).
 */
@ApplicationScoped
public class PihStage implements ValidationStage {

    /** The first document of a chain carries base64(hex(SHA-256("0"))) instead of a previous hash. */
    static final String FIRST_PIH = ChainPosition.FIRST_PREVIOUS_HASH;

    @Override
    public Stage stage() {
        return Stage.PIH;
    }

    @Override
    public StageResult run(ValidationContext context) {
        List<Message> errors = new ArrayList<>();
        String pih = documentPih(context.document().getDocumentElement());
        if (pih == null) {
            errors.add(new Message("pih-missing", "The document has no PIH AdditionalDocumentReference"));
        } else if (!isHash(pih)) {
            errors.add(
                    new Message("invalid-pih", "The PIH is neither a base64 SHA-256 hash nor the chain's first value"));
        } else if (context.pih().isPresent() && !context.pih().get().equals(pih)) {
            errors.add(new Message(
                    "pih-mismatch", "The PIH does not equal the previous document's hash: the chain is broken here"));
        }
        return StageResult.of(Stage.PIH, errors, List.of());
    }

    static boolean isHash(String value) {
        if (FIRST_PIH.equals(value)) {
            return true;
        }
        try {
            return Base64.getDecoder().decode(value).length == 32;
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    /** /Invoice/cac:AdditionalDocumentReference[cbc:ID='PIH']/cac:Attachment/cbc:EmbeddedDocumentBinaryObject */
    static String documentPih(Element invoice) {
        for (Node n = invoice.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (Dom.isDocumentReference(n, "PIH")) {
                Element attachment = Dom.child((Element) n, XmlDsig.NS_CAC, "Attachment");
                String value = Dom.text(Dom.child(attachment, XmlDsig.NS_CBC, "EmbeddedDocumentBinaryObject"));
                return value == null ? null : value.strip();
            }
        }
        return null;
    }
}
