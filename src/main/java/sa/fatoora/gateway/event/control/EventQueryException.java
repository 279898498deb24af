package sa.fatoora.gateway.event.control;

import sa.fatoora.gateway.platform.control.GatewayException;

/** A parameter of the events feed is not usable: the cursor, the limit, an event type. */
public class EventQueryException extends GatewayException {

    public EventQueryException(String detail) {
        super("EVENT_QUERY_INVALID", 400, "Invalid events query", detail);
    }
}
