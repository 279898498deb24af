package sa.fatoora.gateway.validation.control;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.w3c.dom.Document;

/**
 * What every stage gets: the document exactly as received and its securely parsed DOM, the moment the validation
 * runs at and the rules it runs with. Shared by all stages of one validation, which run one after the other on one
 * thread: a stage must not modify the document (a stage that needs to change the tree works on a clone).
 *
 * @param xml         the raw bytes as received (the invoice hash and signature depend on them, not on the DOM)
 * @param document    the DOM from {@code SecureXml.parse(xml)}: namespace-aware, whitespace kept, no DOCTYPE
 * @param expectedPih the previous invoice hash the caller expects (base64), or null when the caller gave none
 * @param at          "now" for the rules (BR-KSA-04's current date, BR-KSA-98's 24 hours), from the product's clock;
 *                    the rules see it in Asia/Riyadh, whatever the server's zone
 * @param rulePack    the pack the XSD and schematron stages use; null when none can be had
 * @param noPackReason why there is no pack; null when there is one
 */
public record ValidationContext(
        byte[] xml, Document document, String expectedPih, Instant at, CompiledRulePack rulePack, String noPackReason) {

    public ValidationContext {
        Objects.requireNonNull(xml, "xml");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(at, "at");
        if (rulePack == null && (noPackReason == null || noPackReason.isBlank())) {
            throw new IllegalArgumentException("without a rule pack, say why");
        }
    }

    public Optional<String> pih() {
        return Optional.ofNullable(expectedPih);
    }
}
