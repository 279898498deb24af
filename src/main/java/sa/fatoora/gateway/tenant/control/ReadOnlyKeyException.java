package sa.fatoora.gateway.tenant.control;

import sa.fatoora.gateway.platform.control.GatewayException;

/** A read-only (AUDITOR) key asked for a change. Nothing was done. */
public class ReadOnlyKeyException extends GatewayException {

    public ReadOnlyKeyException(String method) {
        super(
                "READ_ONLY_KEY",
                403,
                "Forbidden",
                "This API key is read-only (role AUDITOR): " + method
                        + " requests that change something need an OPERATOR key");
    }
}
