package sa.fatoora.gateway.batch.boundary;

import static sa.fatoora.gateway.platform.control.Jsonp.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import sa.fatoora.gateway.platform.control.GatewayException;
import sa.fatoora.gateway.platform.control.MalformedRequestException;
import sa.fatoora.gateway.platform.control.Problems;
import sa.fatoora.gateway.platform.control.Utf8CheckingInputStream;

/**
 * Reads a batch body item by item, never the whole body at once: a JSON array with JSON-P's streaming parser (one
 * item object built at a time), or NDJSON line by line. Anything but a sequence of objects (not JSON, not an array,
 * an item that is not an object, content after the array) is a MalformedRequestException for the whole body, which
 * rolls back everything stored from it.
 */
final class BatchReader {

    static final String NDJSON = "application/x-ndjson";

    private BatchReader() {}

    /** Each item of the body, in order, to {@code items}. */
    static void read(InputStream body, boolean ndjson, Consumer<JsonObject> items) {
        try {
            if (ndjson) {
                readLines(body, items);
            } else {
                readArray(body, items);
            }
        } catch (JsonException | UncheckedIOException e) {
            throw refusal(e, ndjson ? "The body is not NDJSON (one JSON object per line)" : "The body is not JSON");
        }
    }

    private static void readArray(InputStream body, Consumer<JsonObject> items) {
        try (JsonParser parser = JSON.createParser(body)) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_ARRAY) {
                throw new MalformedRequestException(
                        "A batch is a JSON array of invoice requests (or NDJSON with Content-Type " + NDJSON + ")");
            }
            int index = 0;
            while (true) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.END_ARRAY) {
                    break;
                }
                if (event != JsonParser.Event.START_OBJECT) {
                    throw notAnObject(index);
                }
                items.accept(parser.getObject());
                index++;
            }
            if (parser.hasNext()) {
                throw new MalformedRequestException("The body goes on after the batch's array");
            }
        }
    }

    private static void readLines(InputStream body, Consumer<JsonObject> items) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(new Utf8CheckingInputStream(body), decoder))) {
            int index = 0;
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                items.accept(object(line, index));
                index++;
            }
        } catch (CharacterCodingException e) {
            throw new MalformedRequestException("The body is not UTF-8").causedBy(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One NDJSON line: one object and nothing else. */
    static JsonObject object(String line, int index) {
        try (JsonParser parser = JSON.createParser(new StringReader(line))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw notAnObject(index);
            }
            JsonObject object = parser.getObject();
            if (parser.hasNext()) {
                throw new MalformedRequestException("Line " + (index + 1) + " of the batch holds more than one value");
            }
            return object;
        } catch (JsonException e) {
            throw refusal(e, "Item " + index + " (a line of the body) is not JSON");
        }
    }

    private static MalformedRequestException notAnObject(int index) {
        return new MalformedRequestException(
                "Item " + index + " of the batch is not a JSON object (each item is an invoice request)");
    }

    /** A failure while reading: the body limit's own refusal if that was it, else a malformed body. */
    private static GatewayException refusal(RuntimeException e, String detail) {
        GatewayException ours = Problems.findGatewayException(e);
        if (ours != null) {
            return ours;
        }
        return new MalformedRequestException(detail).causedBy(e);
    }
}
