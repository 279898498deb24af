package sa.fatoora.gateway.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import org.junit.jupiter.api.Test;

class MalformedBodyTest {

    public record Named(String name) {}

    @Test
    void namesTheUnknownFieldFromTheBindersOwnMessage() {
        var jsonb = JsonbBuilder.create(new JsonbConfig().setProperty("jsonb.fail-on-unknown-properties", true));
        try {
            jsonb.fromJson("{\"name\":\"x\",\"nmae\":1}", Named.class);
            throw new AssertionError("Yasson accepted an unknown field");
        } catch (JsonbException e) {
            assertEquals("nmae", MalformedBody.unknownField(e));
            assertEquals(
                    "Unknown field 'nmae' in the request body",
                    MalformedBody.problem(e, "/x").detail());
        }
    }

    @Test
    void saysNothingSpecificOtherwise() {
        assertNull(MalformedBody.unknownField(new RuntimeException("Unexpected char 39 at (line no=1)")));
        assertNull(MalformedBody.unknownField(new RuntimeException("Json property <script> can not be mapped")));
    }

    /** Stands in for a MessageBodyReader: Liberty's JSON-P reader raises its own bare 500 there. */
    static RuntimeException readFrom() {
        return new IllegalStateException("HTTP 500 Internal Server Error");
    }

    @Test
    void aFailureRaisedByABodyReaderIsAReadFailure() {
        org.junit.jupiter.api.Assertions.assertTrue(MalformedBody.raisedByBodyReader(readFrom()));
        org.junit.jupiter.api.Assertions.assertFalse(
                MalformedBody.raisedByBodyReader(new IllegalStateException("HTTP 500 Internal Server Error")));
    }
}
