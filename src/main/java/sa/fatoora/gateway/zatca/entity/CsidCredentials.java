package sa.fatoora.gateway.zatca.entity;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A CSID as the Basic credentials of later Fatoora calls. Never printed: {@link #toString()} hides both parts,
 * because a log line with this record must not become a credential leak.
 */
public record CsidCredentials(String binarySecurityToken, String secret) {

    public String basicAuthorization() {
        String pair = binarySecurityToken + ":" + secret;
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    /** The certificate's base64-DER text: ZATCA base64-encodes it once more into the token. */
    public String certificateBase64() {
        return new String(Base64.getDecoder().decode(binarySecurityToken), StandardCharsets.US_ASCII);
    }

    @Override
    public String toString() {
        return "CsidCredentials[***]";
    }
}
