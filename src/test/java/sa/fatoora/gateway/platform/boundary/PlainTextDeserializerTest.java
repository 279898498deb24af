package sa.fatoora.gateway.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.bind.JsonbException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import sa.fatoora.gateway.platform.control.MalformedRequestException;
import sa.fatoora.gateway.platform.control.Problems;

/** The API's JSON-B configuration (JsonbConfigResolver) reading text fields, through the real Yasson. */
class PlainTextDeserializerTest {

    public record Named(String name, List<String> tags) {}

    private static Named read(String json) {
        return new JsonbConfigResolver().getContext(Named.class).fromJson(json, Named.class);
    }

    @Test
    void textAsPeopleWriteItPasses() {
        Named n = read("{\"name\": \"قلم رصاص | Pencil\\t\\n\\r 😀 \\u00e9\", \"tags\": [\"a\", null]}");
        assertEquals("قلم رصاص | Pencil\t\n\r 😀 é", n.name());
        assertNull(n.tags().get(1));
        assertNull(read("{\"name\": null}").name());
    }

    @Test
    void numbersAndBooleansStillBecomeText() {
        // Yasson's own behaviour for a string field, kept: an OTP sent as a number is still checked by its rules
        assertEquals("123345", read("{\"name\": 123345}").name());
        assertEquals("true", read("{\"name\": true}").name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\\u0000b", "\\u0001", "\\u001f", "\\ud800", "x\\udc00y", "\\uffff", "\\ud83d"})
    void controlCharactersAndUnpairedSurrogatesAreRefused(String escaped) {
        JsonbException e = assertThrows(JsonbException.class, () -> read("{\"name\": \"" + escaped + "\"}"));
        assertInstanceOf(MalformedRequestException.class, Problems.findGatewayException(e));
        assertThrows(JsonbException.class, () -> read("{\"tags\": [\"ok\", \"" + escaped + "\"]}"));
    }

    public record Labelled(Map<String, String> labels) {}

    @Test
    void mapValuesAreTextToo() {
        var jsonb = new JsonbConfigResolver().getContext(Labelled.class);
        assertThrows(
                JsonbException.class, () -> jsonb.fromJson("{\"labels\": {\"token\": \"a\\u0000\"}}", Labelled.class));
    }
}
