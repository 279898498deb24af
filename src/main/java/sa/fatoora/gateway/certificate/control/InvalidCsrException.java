package sa.fatoora.gateway.certificate.control;

/** The CSR breaks ZATCA's profile; the message says how, and is safe to show the caller. */
public class InvalidCsrException extends RuntimeException {

    public InvalidCsrException(String message) {
        super(message, null, false, false);
    }
}
