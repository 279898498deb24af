package sa.fatoora.gateway.invoice.control;

/** Namespaces and fixed values of the ZATCA UBL 2.1 profile, as they appear in the SDK's samples. */
final class Ubl {

    static final String NS_INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    static final String NS_CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    static final String NS_CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    static final String NS_EXT = "urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2";

    /** The root start tag exactly as in the samples: the signer relies on the {@code ext} prefix being declared. */
    static final String ROOT_START = "<Invoice xmlns=\"" + NS_INVOICE + "\" xmlns:cac=\"" + NS_CAC + "\" xmlns:cbc=\""
            + NS_CBC + "\" xmlns:ext=\"" + NS_EXT + "\">";

    static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    static final String PROFILE_ID = "reporting:1.0";
    static final String ICV = "ICV";
    static final String PIH = "PIH";
    static final String QR = "QR";
    static final String TEXT_PLAIN = "text/plain";
    static final String VAT_SCHEME = "VAT";
    static final String PREPAYMENT_DOCUMENT_TYPE = "386";

    private Ubl() {}
}
