package sa.fatoora.gateway.platform.boundary;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sa.fatoora.gateway.platform.control.Problems;
import sa.fatoora.gateway.platform.entity.Problem;

/** A body that can't be bound: say which field is unknown when the binder tells us, and nothing more. */
final class MalformedBody {

    /** Yasson's wording: "Json property foo can not be mapped to a class ...". */
    private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("Json property (\\S{1,100}) can not be mapped");

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_$.-]{1,100}");

    private MalformedBody() {}

    static Problem problem(Throwable t, String instance) {
        String unknown = unknownField(t);
        String detail = unknown != null
                ? "Unknown field '" + unknown + "' in the request body"
                : "The request body is not well-formed or does not match the expected structure";
        return Problems.of(400, "MALFORMED_REQUEST", "Malformed request body", detail, instance, null);
    }

    /** A JSON or character decoding failure anywhere in the chain: the body could not be read. */
    static boolean isReadFailure(Throwable e) {
        for (Throwable c = e; c != null && c.getCause() != c; c = c.getCause()) {
            String n = c.getClass().getName();
            if (n.contains("json")
                    || n.contains("Json")
                    || n.contains("CharacterCoding")
                    || n.contains("MalformedInput")
                    || n.contains("EOF")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Raised by a body reader itself ({@code MessageBodyReader.readFrom}): the body could not be read. Liberty's
     * JSON-P reader turns every parser refusal (nesting too deep, a number too long, broken UTF-8) into a bare
     * HTTP 500 of its own.
     */
    static boolean raisedByBodyReader(Throwable e) {
        StackTraceElement[] frames = e.getStackTrace();
        return frames.length > 0 && frames[0].getMethodName().equals("readFrom");
    }

    static String unknownField(Throwable t) {
        for (Throwable c = t; c != null && c.getCause() != c; c = c.getCause()) {
            String message = c.getMessage();
            if (message != null) {
                Matcher m = UNKNOWN_PROPERTY.matcher(message);
                if (m.find() && SAFE_NAME.matcher(m.group(1)).matches()) {
                    // only the field name travels back, never the class name the message also carries
                    return m.group(1);
                }
            }
        }
        return null;
    }
}
