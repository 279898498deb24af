package sa.fatoora.gateway.certificate.control;

import sa.fatoora.gateway.platform.control.GatewayException;

/**
 * A certificate or private key that cannot be stored: 400 with one of the stable codes below. Details name what is
 * wrong (curves, key types, dates), never key material.
 */
public class CertificateRejectedException extends GatewayException {

    public static final String KEY_MISMATCH = "CERT_KEY_MISMATCH";
    public static final String INVALID_KEY_FORMAT = "INVALID_KEY_FORMAT";
    public static final String UNSUPPORTED_KEY_TYPE = "UNSUPPORTED_KEY_TYPE";
    public static final String NOT_VALID = "CERT_NOT_VALID";
    public static final String INVALID_CERTIFICATE = "INVALID_CERTIFICATE";

    private CertificateRejectedException(String code, String title, String detail) {
        super(code, 400, title, detail);
    }

    static CertificateRejectedException keyMismatch(String detail) {
        return new CertificateRejectedException(
                KEY_MISMATCH,
                "Private key does not match the certificate",
                "The private key does not belong to" + " the certificate: " + detail);
    }

    static CertificateRejectedException invalidKey(String detail) {
        return new CertificateRejectedException(INVALID_KEY_FORMAT, "Private key cannot be read", detail);
    }

    static CertificateRejectedException unsupportedKey(String detail) {
        return new CertificateRejectedException(UNSUPPORTED_KEY_TYPE, "Unsupported key type", detail);
    }

    static CertificateRejectedException notValid(String detail) {
        return new CertificateRejectedException(NOT_VALID, "Certificate not valid now", detail);
    }

    static CertificateRejectedException invalidCertificate(String detail) {
        return new CertificateRejectedException(INVALID_CERTIFICATE, "Certificate cannot be read", detail);
    }
}
