package sa.fatoora.gateway.signing.entity;

/**
 * Every namespace, algorithm URI and fixed identifier of the ZATCA stamp, in one place. The values are the ones
 * the official SDK samples carry; ZATCA compares several of them literally.
 */
public final class XmlDsig {

    public static final String NS_INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    public static final String NS_CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    public static final String NS_CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    public static final String NS_EXT = "urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2";
    public static final String NS_SIG = "urn:oasis:names:specification:ubl:schema:xsd:CommonSignatureComponents-2";
    public static final String NS_SAC = "urn:oasis:names:specification:ubl:schema:xsd:SignatureAggregateComponents-2";
    public static final String NS_SBC = "urn:oasis:names:specification:ubl:schema:xsd:SignatureBasicComponents-2";
    public static final String NS_DS = "http://www.w3.org/2000/09/xmldsig#";
    public static final String NS_XADES = "http://uri.etsi.org/01903/v1.3.2#";

    public static final String C14N_11 = "http://www.w3.org/2006/12/xml-c14n11";
    public static final String ECDSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256";
    public static final String SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256";
    public static final String XPATH_TRANSFORM = "http://www.w3.org/TR/1999/REC-xpath-19991116";
    public static final String SIGNATURE_PROPERTIES_TYPE = "http://www.w3.org/2000/09/xmldsig#SignatureProperties";

    public static final String XPATH_NOT_EXTENSIONS = "not(//ancestor-or-self::ext:UBLExtensions)";
    public static final String XPATH_NOT_SIGNATURE = "not(//ancestor-or-self::cac:Signature)";
    public static final String XPATH_NOT_QR = "not(//ancestor-or-self::cac:AdditionalDocumentReference[cbc:ID='QR'])";

    public static final String EXTENSION_URI = "urn:oasis:names:specification:ubl:dsig:enveloped:xades";
    public static final String SIGNATURE_INFORMATION_ID = "urn:oasis:names:specification:ubl:signature:1";
    public static final String SIGNATURE_ID = "urn:oasis:names:specification:ubl:signature:Invoice";
    public static final String SIGNATURE_METHOD = "urn:oasis:names:specification:ubl:dsig:enveloped:xades";
    public static final String SIGNATURE_ELEMENT_ID = "signature";
    public static final String INVOICE_REFERENCE_ID = "invoiceSignedData";
    public static final String SIGNED_PROPERTIES_ID = "xadesSignedProperties";
    public static final String SIGNED_PROPERTIES_URI = "#" + SIGNED_PROPERTIES_ID;

    public static final String DOCUMENT_REFERENCE_QR = "QR";
    public static final String DOCUMENT_REFERENCE_PIH = "PIH";
    public static final String DOCUMENT_REFERENCE_ICV = "ICV";
    /** InvoiceTypeCode@name prefix of simplified (B2C) documents; they carry QR tag 9. */
    public static final String SIMPLIFIED_PREFIX = "02";
    /** The ZATCA tax currency: QR tag 5 is the document's VAT total in this currency. */
    public static final String TAX_CURRENCY = "SAR";
    /** secp256k1, the only curve ZATCA issues CSIDs on. */
    public static final String CURVE_OID = "1.3.132.0.10";

    private XmlDsig() {}
}
