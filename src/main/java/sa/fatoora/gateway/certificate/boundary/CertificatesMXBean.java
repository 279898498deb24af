package sa.fatoora.gateway.certificate.boundary;

/**
 * JMX view of the certificates, {@code sa.fatoora.gateway:type=Certificates}. The counts are those of the last
 * expiry check (the timer runs it every {@code fatoora.certificates.expiry-check-interval}); {@link #checkNow()}
 * runs one at once and answers its summary.
 */
public interface CertificatesMXBean {

    String OBJECT_NAME = "sa.fatoora.gateway:type=Certificates";

    long getActive();

    /** ACTIVE certificates ending within {@code fatoora.certificates.warning-window}. */
    long getExpiringSoon();

    long getExpired();

    /** ISO-8601 instant of the last check, or "never". */
    String getLastCheck();

    String checkNow();
}
