package sa.fatoora.gateway.platform.boundary;

import jakarta.json.JsonValue;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import sa.fatoora.gateway.platform.control.MalformedRequestException;

/**
 * Decimals from request bodies, bounded before they become BigDecimals. Parsing a long digit string is quadratic
 * (a 1 MB number kept a core busy for a minute) and an exponent like {@code 1e999999999} makes later arithmetic
 * overflow: no amount, quantity or rate needs more than {@link #MAX_INTEGER_DIGITS} digits before the point or
 * {@link #MAX_FRACTION_DIGITS} after it, so anything beyond is a malformed body (400), decided on the text alone.
 */
public class BoundedDecimalDeserializer implements JsonbDeserializer<BigDecimal> {

    static final int MAX_INTEGER_DIGITS = 18;
    static final int MAX_FRACTION_DIGITS = 20;
    /** Both limits, a sign, a point and an exponent fit in this; longer text is refused unparsed. */
    static final int MAX_CHARS = 64;

    static final String DETAIL = "A number in the request body is out of range: at most " + MAX_INTEGER_DIGITS
            + " digits before the decimal point and " + MAX_FRACTION_DIGITS + " after it";

    static final String NOT_A_NUMBER = "A decimal field holds something other than a number";

    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context, Type type) {
        String text;
        try {
            // the number's text as sent (Yasson's parser can't say which event it is at): no BigDecimal yet
            text = parser.getString();
        } catch (IllegalStateException notANumberOrString) {
            if (parser.getValue() == JsonValue.NULL) {
                return null;
            }
            throw new MalformedRequestException(NOT_A_NUMBER);
        }
        return parse(text);
    }

    static BigDecimal parse(String text) {
        if (text.length() > MAX_CHARS) {
            throw new MalformedRequestException(DETAIL);
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new MalformedRequestException(NOT_A_NUMBER).causedBy(e);
        }
        // precision - scale is the count of digits before the point; both are cheap for a short text
        if ((long) value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            throw new MalformedRequestException(DETAIL);
        }
        if (value.scale() > MAX_FRACTION_DIGITS && value.stripTrailingZeros().scale() > MAX_FRACTION_DIGITS) {
            throw new MalformedRequestException(DETAIL);
        }
        return value;
    }
}
