package sa.fatoora.gateway.certificate.entity;

/**
 * The audit trail of a certificate. Each type happens at most once per certificate. Expiry warnings are types too,
 * one per configured number of days before the end ({@link #expiryWarning}: {@code EXPIRY_WARNING_30_DAYS},
 * {@code EXPIRY_WARNING_7_DAYS}, {@code EXPIRY_WARNING_1_DAY} with the default fatoora.certificates.warning-days).
 */
public enum CertificateEventType {
    STORED,
    REVOKED,
    EXPIRED;

    private static final String WARNING = "EXPIRY_WARNING_";

    /** The type of the warning given this many days before the end (the names warnings always had). */
    public static String expiryWarning(int days) {
        return WARNING + days + (days == 1 ? "_DAY" : "_DAYS");
    }

    public static boolean isExpiryWarning(String type) {
        return type != null && type.startsWith(WARNING);
    }
}
