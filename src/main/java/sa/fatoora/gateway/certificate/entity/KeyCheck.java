package sa.fatoora.gateway.certificate.entity;

/** Whether a stored certificate's sealed private key is the certificate's key, as checked again on demand. */
public enum KeyCheck {
    /** The key opens under the master key and its public key is the certificate's. */
    MATCHES,
    /** The key opens, but it is not the certificate's (a damaged or swapped row). */
    DIFFERS,
    /** The key does not open: no master key, or another master key sealed it. */
    UNREADABLE
}
