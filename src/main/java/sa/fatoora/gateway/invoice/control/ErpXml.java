package sa.fatoora.gateway.invoice.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import sa.fatoora.gateway.platform.control.SecureXml;
import sa.fatoora.gateway.platform.control.ValidationFailedException;
import sa.fatoora.gateway.platform.entity.FieldError;
import sa.fatoora.gateway.policy.entity.DocumentType;
import sa.fatoora.gateway.policy.entity.InvoiceSubtype;
import sa.fatoora.gateway.signing.control.Dom;
import sa.fatoora.gateway.signing.control.InvoiceAlreadySignedException;
import sa.fatoora.gateway.signing.control.InvoiceHasher;

/**
 * What the pipeline needs from an ERP's unsigned UBL document before it takes an ICV: number, UUID, type, subtype
 * and issue time. Checked up front so that a document the signer would refuse never consumes a chain position;
 * the business rules are left to Fatoora, which answers with its own messages.
 */
public final class ErpXml {

    /** The facts read; {@code issuedAt} is Riyadh local time as written. */
    public record Facts(
            String invoiceNumber, String uuid, DocumentType type, InvoiceSubtype subtype, LocalDateTime issuedAt) {}

    /** As the JSON model's invoice number (InvoiceRequest.id). */
    static final int MAX_NUMBER_LENGTH = 127;

    private ErpXml() {}

    public static Facts read(byte[] xml) {
        Document document = SecureXml.parse(xml);
        Element root = document.getDocumentElement();
        List<FieldError> problems = new ArrayList<>();
        if (!Dom.is(root, Ubl.NS_INVOICE, "Invoice")) {
            throw ValidationFailedException.of("/Invoice", "the document is not a UBL 2.1 Invoice");
        }
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (InvoiceHasher.isExcluded(n)) {
                throw new InvoiceAlreadySignedException("The document already has a " + n.getLocalName()
                        + "; send the unsigned document: the gateway signs it and writes ICV and PIH");
            }
        }
        String number = required(root, "ID", problems);
        if (number != null && number.length() > MAX_NUMBER_LENGTH) {
            problems.add(new FieldError("/Invoice/cbc:ID", "must be at most " + MAX_NUMBER_LENGTH + " characters"));
        }
        String uuid = required(root, "UUID", problems);
        if (uuid != null && !isUuid(uuid)) {
            problems.add(new FieldError("/Invoice/cbc:UUID", "must be a UUID (BR-KSA-03)"));
        }
        Element typeCode = Dom.child(root, Ubl.NS_CBC, "InvoiceTypeCode");
        DocumentType type =
                typeCode == null ? null : documentType(typeCode.getTextContent().strip());
        String name = typeCode == null ? "" : typeCode.getAttribute("name");
        InvoiceSubtype subtype = name.startsWith("01")
                ? InvoiceSubtype.STANDARD
                : name.startsWith("02") ? InvoiceSubtype.SIMPLIFIED : null;
        if (type == null || subtype == null || !name.matches("0[12][01]{5}[01]?[01]?")) {
            problems.add(new FieldError(
                    "/Invoice/cbc:InvoiceTypeCode",
                    "must be 388, 383, 381 or 386 with a name 01xxxxx (standard) or 02xxxxx (simplified)"
                            + " (BR-KSA-05, BR-KSA-06)"));
        }
        LocalDateTime issuedAt = issuedAt(root, problems);
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(
                    "The document can't be issued: " + problems.size() + " problem(s)", problems);
        }
        return new Facts(number, uuid, type, subtype, issuedAt);
    }

    private static String required(Element root, String name, List<FieldError> problems) {
        String text = Dom.text(Dom.child(root, Ubl.NS_CBC, name));
        if (text == null || text.isBlank()) {
            problems.add(new FieldError("/Invoice/cbc:" + name, "is required"));
            return null;
        }
        return text.strip();
    }

    private static LocalDateTime issuedAt(Element root, List<FieldError> problems) {
        String date = required(root, "IssueDate", problems);
        String time = required(root, "IssueTime", problems);
        if (date == null || time == null) {
            return null;
        }
        try {
            return LocalDateTime.of(LocalDate.parse(date), LocalTime.parse(time));
        } catch (DateTimeParseException e) {
            problems.add(
                    new FieldError("/Invoice/cbc:IssueDate", "IssueDate and IssueTime must be YYYY-MM-DD, hh:mm:ss"));
            return null;
        }
    }

    private static DocumentType documentType(String code) {
        return Arrays.stream(DocumentType.values())
                .filter(t -> t.code().equals(code))
                .findFirst()
                .orElse(null);
    }

    private static boolean isUuid(String text) {
        try {
            return UUID.fromString(text).toString().equalsIgnoreCase(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
