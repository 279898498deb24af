package sa.fatoora.gateway.platform.boundary;

import jakarta.json.JsonValue;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import sa.fatoora.gateway.platform.control.MalformedRequestException;

/**
 * Text fields from request bodies hold text: JSON escapes can smuggle in characters nothing downstream takes.
 * PostgreSQL refuses U+0000 in text (an insert failed: a 500), XML 1.0 has no other C0 control than tab, line
 * feed and carriage return (the invoice could not be written), and an unpaired surrogate is not a character
 * (UTF-8 can't encode it). Such a field is a malformed body (400) before anything stores or signs it.
 */
public class PlainTextDeserializer implements JsonbDeserializer<String> {

    static final String DETAIL = "A text field holds a control character or an unpaired surrogate";

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
        String text;
        try {
            text = parser.getString();
        } catch (IllegalStateException notAStringOrNumber) {
            JsonValue value = parser.getValue();
            if (value == JsonValue.NULL) {
                return null;
            }
            if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
                return value.toString();
            }
            throw new MalformedRequestException("A text field holds an object or an array");
        }
        check(text);
        return text;
    }

    static void check(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                throw new MalformedRequestException(DETAIL);
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new MalformedRequestException(DETAIL);
            }
        }
    }
}
