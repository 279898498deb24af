package sa.fatoora.gateway.event.control;

import java.util.Arrays;
import java.util.List;
import sa.fatoora.gateway.event.entity.EventType;

/** The wire names of every event type, in declaration order (for messages and the API description). */
final class EventTypes {

    static final List<String> NAMES =
            Arrays.stream(EventType.values()).map(EventType::wireName).toList();

    private EventTypes() {}
}
