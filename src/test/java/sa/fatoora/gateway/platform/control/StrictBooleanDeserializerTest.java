package sa.fatoora.gateway.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.JsonbException;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import sa.fatoora.gateway.platform.boundary.JsonbConfigResolver;

/** The API's JSON-B configuration (JsonbConfigResolver) reading flags, through the real Yasson. */
class StrictBooleanDeserializerTest {

    /**
     * A primitive flag (as the invoice model's: Yasson matches configured deserializers to Boolean only, so a
     * primitive names it) and a nullable one (as the simulator's switches: the configuration covers it).
     */
    public record Flags(
            @JsonbTypeDeserializer(StrictBooleanDeserializer.class) boolean export, Boolean clearanceEnabled) {}

    private static Flags read(String json) {
        return new JsonbConfigResolver().getContext(Flags.class).fromJson(json, Flags.class);
    }

    @Test
    void trueFalseAndAbsentAreRead() {
        Flags f = read("{\"export\": true, \"clearanceEnabled\": false}");
        assertTrue(f.export());
        assertEquals(Boolean.FALSE, f.clearanceEnabled());
        Flags none = read("{\"clearanceEnabled\": null}");
        assertFalse(none.export());
        assertNull(none.clearanceEnabled());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"yes\"", "\"true\"", "\"a\\u0000b\"", "1", "0", "1e999999999", "[true]", "{\"v\": true}"})
    void anythingElseIsMalformedInEitherKindOfFlag(String value) {
        for (String field : new String[] {"export", "clearanceEnabled"}) {
            JsonbException e = assertThrows(JsonbException.class, () -> read("{\"" + field + "\": " + value + "}"));
            assertInstanceOf(MalformedRequestException.class, Problems.findGatewayException(e), field + " " + value);
        }
    }
}
