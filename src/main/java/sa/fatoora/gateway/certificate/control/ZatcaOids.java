package sa.fatoora.gateway.certificate.control;

import java.security.Provider;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** The algorithms and OIDs of ZATCA's certificate profile, in one place. */
public final class ZatcaOids {

    public static final String CURVE = "secp256k1";
    public static final ASN1ObjectIdentifier SECP256K1 = new ASN1ObjectIdentifier("1.3.132.0.10");
    public static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";
    /** Microsoft's certificate template name extension (szOID_ENROLL_CERTTYPE_EXTENSION), a UTF8String. */
    public static final ASN1ObjectIdentifier TEMPLATE_NAME = new ASN1ObjectIdentifier("1.3.6.1.4.1.311.20.2");
    /** ZATCA puts the EGS serial in surname (2.5.4.4), not serialNumber. */
    public static final ASN1ObjectIdentifier SN = BCStyle.SURNAME;

    public static final ASN1ObjectIdentifier UID = BCStyle.UID;
    public static final ASN1ObjectIdentifier TITLE = BCStyle.T;
    public static final ASN1ObjectIdentifier REGISTERED_ADDRESS = new ASN1ObjectIdentifier("2.5.4.26");
    public static final ASN1ObjectIdentifier BUSINESS_CATEGORY = BCStyle.BUSINESS_CATEGORY;

    /** Not registered globally: an application server shares java.security with every other application. */
    public static final Provider PROVIDER = new BouncyCastleProvider();

    private ZatcaOids() {}
}
