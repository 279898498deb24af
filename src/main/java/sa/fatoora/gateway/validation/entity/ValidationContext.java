package sa.fatoora.gateway.validation.entity;

import java.util.Objects;
import java.util.Optional;
import org.w3c.dom.Document;

/**
 * What every stage gets: the document exactly as received and its securely parsed DOM. Both are shared by all
 * stages of one validation, which run one after the other on one thread: a stage must not modify either (a stage
 * that needs to change the tree, e.g. to compute the invoice hash, works on a clone).
 *
 * @param xml         the raw bytes as received (the invoice hash and signature depend on them, not on the DOM)
 * @param document    the DOM from {@code SecureXml.parse(xml)}: namespace-aware, whitespace kept, no DOCTYPE
 * @param expectedPih the previous invoice hash the caller expects (base64), or null when the caller gave none
 */
public record ValidationContext(byte[] xml, Document document, String expectedPih) {

    public ValidationContext {
        Objects.requireNonNull(xml, "xml");
        Objects.requireNonNull(document, "document");
    }

    public Optional<String> pih() {
        return Optional.ofNullable(expectedPih);
    }
}
