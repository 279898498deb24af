package sa.fatoora.gateway.platform.control;

import jakarta.json.JsonValue;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/**
 * Flags are JSON's true or false. Yasson reads any string into a boolean with Boolean.parseBoolean, so "yes",
 * "ja" or 1e9 silently became false: an invoice's {@code export} flag, or the simulator's clearance switch (sent
 * {@code "clearanceEnabled": "a"}, clearance went off). Anything but true, false or null is a malformed body.
 */
public class StrictBooleanDeserializer implements JsonbDeserializer<Boolean> {

    static final String DETAIL = "A true/false field holds something other than true or false";

    @Override
    public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
        JsonValue value = parser.getValue();
        if (value == JsonValue.TRUE) {
            return Boolean.TRUE;
        }
        if (value == JsonValue.FALSE) {
            return Boolean.FALSE;
        }
        if (value == JsonValue.NULL) {
            return null;
        }
        throw new MalformedRequestException(DETAIL);
    }
}
