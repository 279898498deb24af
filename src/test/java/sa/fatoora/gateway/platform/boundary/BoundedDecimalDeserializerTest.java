package sa.fatoora.gateway.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.JsonbException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.platform.control.MalformedRequestException;
import sa.fatoora.gateway.platform.control.Problems;

/** The API's JSON-B configuration (JsonbConfigResolver) with its bounded decimals, through the real Yasson. */
class BoundedDecimalDeserializerTest {

    public record Line(BigDecimal quantity, List<BigDecimal> amounts) {}

    private static Line read(String json) {
        return new JsonbConfigResolver().getContext(Line.class).fromJson(json, Line.class);
    }

    @Test
    void ordinaryAmountsQuantitiesAndRatesPass() {
        Line line = read("{\"quantity\": 33.000000, \"amounts\": [0.00, 15, \"3.5\", -1.25, 999999999999999999.99]}");
        assertEquals(new BigDecimal("33.000000"), line.quantity());
        assertEquals(new BigDecimal("999999999999999999.99"), line.amounts().get(4));
        assertEquals(new BigDecimal("3.5"), line.amounts().get(2));
    }

    @Test
    void nullStaysNull() {
        assertEquals(null, read("{\"quantity\": null}").quantity());
    }

    @Test
    void aHugeExponentIsRefusedBeforeAnyArithmetic() {
        assertRefused("{\"quantity\": 1e999999999}");
        assertRefused("{\"quantity\": 1E19}");
        assertRefused("{\"quantity\": 1e-999999999}");
    }

    @Test
    void tooManyDigitsAreRefused() {
        assertRefused("{\"quantity\": 1" + "0".repeat(18) + "}");
        assertRefused("{\"quantity\": 0." + "1".repeat(21) + "}");
        // trailing zeros are not precision: a client printing many of them is not wrong
        assertEquals(
                0,
                BigDecimal.ONE.compareTo(
                        read("{\"quantity\": 1." + "0".repeat(30) + "}").quantity()));
    }

    @Test
    void aMegabyteNumberIsRefusedAtOnce() {
        String json = "{\"quantity\": 1" + "7".repeat(1_000_000) + "}";
        // parsing it as a BigDecimal took over a minute on the server; the length check needs no parsing at all
        MalformedRequestException e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                Duration.ofSeconds(5), () -> assertRefused(json));
        assertNotNull(e);
    }

    @Test
    void somethingElseInADecimalFieldIsMalformed() {
        assertRefused("{\"quantity\": true}");
        assertRefused("{\"quantity\": \"twelve\"}");
        assertRefused("{\"quantity\": {\"a\": 1}}");
    }

    private static MalformedRequestException assertRefused(String json) {
        JsonbException e = assertThrows(JsonbException.class, () -> read(json));
        var ours = Problems.findGatewayException(e);
        assertTrue(ours instanceof MalformedRequestException, () -> "not ours: " + e);
        assertEquals(400, ours.status());
        return (MalformedRequestException) ours;
    }
}
