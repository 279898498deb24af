package sa.fatoora.gateway.signing.control;

import sa.fatoora.gateway.platform.control.GatewayException;

/** A QR TLV that cannot be built (a value over 255 bytes, over 700 characters) or read. */
public class QrCodeException extends GatewayException {

    public QrCodeException(String detail) {
        super("QR_CODE_INVALID", 400, "QR code invalid", detail);
    }
}
