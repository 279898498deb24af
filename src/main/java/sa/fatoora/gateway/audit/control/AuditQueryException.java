package sa.fatoora.gateway.audit.control;

import sa.fatoora.gateway.platform.control.GatewayException;

/** A parameter of an audit query is not usable: a date, the limit, the format, a filter. */
public class AuditQueryException extends GatewayException {

    public AuditQueryException(String detail) {
        super("AUDIT_QUERY_INVALID", 400, "Invalid audit query", detail);
    }
}
