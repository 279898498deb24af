package sa.fatoora.gateway.audit.control;

import sa.fatoora.gateway.platform.control.GatewayException;

/** A cursor this API did not hand out (or one altered on the way). */
public class AuditCursorException extends GatewayException {

    public AuditCursorException() {
        super("AUDIT_CURSOR_INVALID", 400, "Invalid audit cursor", "The cursor is not one this API handed out");
    }
}
