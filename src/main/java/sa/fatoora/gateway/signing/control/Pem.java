package sa.fatoora.gateway.signing.control;

import java.util.Base64;

/**
 * Reads PEM with or without its armour: the SDK ships bare base64 (cert.pem has no BEGIN line), CSIDs arrive as
 * base64 text, operators paste full PEM. Only the base64 body matters. The one PEM reader of the project (the
 * certificate package uses it too); it throws {@link SigningCredentialException}.
 */
public final class Pem {

    private Pem() {}

    public static byte[] decode(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new SigningCredentialException("The " + what + " is empty");
        }
        StringBuilder body = new StringBuilder(text.length());
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            // header lines of encrypted PEM ("Proc-Type: ...") would be garbage here; they are not supported
            if (!trimmed.startsWith("-----") && !trimmed.contains(":")) {
                body.append(trimmed);
            }
        }
        try {
            byte[] der = Base64.getMimeDecoder().decode(body.toString());
            if (der.length == 0) {
                throw new SigningCredentialException("The " + what + " contains no data");
            }
            return der;
        } catch (IllegalArgumentException e) {
            throw new SigningCredentialException("The " + what + " is not PEM or base64").causedBy(e);
        }
    }
}
