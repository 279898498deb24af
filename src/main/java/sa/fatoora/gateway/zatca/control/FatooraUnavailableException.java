package sa.fatoora.gateway.zatca.control;

import sa.fatoora.gateway.platform.control.GatewayException;

/**
 * Fatoora did not receive the call: connection error, timeout, 429 or 5xx, or the circuit is open. The same
 * document may be sent again unchanged.
 */
public class FatooraUnavailableException extends GatewayException {

    public FatooraUnavailableException(String detail) {
        super("ZATCA_UNAVAILABLE", 502, "ZATCA unavailable", detail);
    }
}
