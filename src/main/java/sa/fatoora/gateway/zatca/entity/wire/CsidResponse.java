package sa.fatoora.gateway.zatca.entity.wire;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * A CSID as ZATCA issues it. {@code binarySecurityToken} is base64 of the certificate's base64-DER text; the
 * Basic credentials for later calls are {@code base64(binarySecurityToken + ":" + secret)}. {@code errors} is
 * written as null on success, as ZATCA does.
 */
@JsonbNillable
@JsonbPropertyOrder({"requestID", "dispositionMessage", "binarySecurityToken", "secret", "errors"})
public record CsidResponse(
        long requestID,
        String dispositionMessage,
        String binarySecurityToken,
        String secret,
        List<ZatcaMessage> errors) {

    public static final String ISSUED = "ISSUED";

    @Override
    public String toString() {
        return "CsidResponse[requestID=" + requestID + ", " + dispositionMessage + "]";
    }
}
