package sa.fatoora.gateway.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the hostile input suite asserts about every refusal, and the bodies it attacks with. A refusal is a 4xx
 * RFC 9457 problem with our code and nothing internal in it; the server stays ready afterwards.
 */
public final class Hostile {

    /** 50 MB: five times the body limit (fatoora.request.max-body-bytes, 10 MB). */
    public static final long FIFTY_MB = 50L * 1024 * 1024;

    /** 50 MB of {@code filler} between {@code head} and {@code tail}, sent as generated (RawHttp), to a tenant path. */
    public static Api.Reply fiftyMegabytes(
            String path, String key, String contentType, String head, byte filler, String tail, boolean knownLength) {
        return RawHttp.post(path, contentType, head, filler, tail, FIFTY_MB, knownLength, "X-API-Key", key);
    }

    /**
     * Beyond Problems.assertNoInternals: package prefixes, SQL words, file system paths and line numbers of source
     * files. Problem details are English sentences, so none of these belong in one.
     */
    private static final Pattern LEAKS = Pattern.compile("\\b(java|javax|jakarta|org|com|sun|net)\\.[a-z]"
            + "|Exception|Throwable|StackOverflow|OutOfMemory"
            + "|\\b(SELECT|INSERT INTO|UPDATE \\w+ SET|DELETE FROM|WHERE|SQLState|ORA-|PSQLException|Derby)\\b"
            + "|(^|[\\s\"'(])/(etc|usr|home|root|tmp|var|work|opt|proc)/"
            + "|\\.java:\\d+|\\bat [a-z]+\\.[a-z]+\\.");

    private Hostile() {}

    /** A 4xx problem with this status and code, nothing internal inside. */
    public static JsonObject assertRefused(Api.Reply reply, int status, String code) {
        JsonObject problem = Problems.assertProblem(reply, status, code);
        assertNoLeak(reply.body());
        return problem;
    }

    /** Any 4xx problem (several codes are right for some attacks), nothing internal inside; answers the code. */
    public static String assertRefused(Api.Reply reply) {
        assertTrue(reply.status() >= 400 && reply.status() < 500, () -> "not a 4xx: " + reply);
        JsonObject problem = Problems.assertProblem(reply, reply.status(), codeOf(reply));
        assertNoLeak(reply.body());
        return problem.getString("code");
    }

    private static String codeOf(Api.Reply reply) {
        assertTrue(reply.isProblem(), () -> "not problem+json: " + reply);
        return reply.object().getString("code");
    }

    public static void assertNoLeak(String body) {
        Problems.assertNoInternals(body);
        var m = LEAKS.matcher(body);
        assertFalse(m.find(), () -> "leaks '" + m.group() + "': " + abbreviated(body));
        assertFalse(body.contains("root:x:0:0"), "leaks /etc/passwd");
    }

    /** The server still answers and its readiness checks (database, outbox) are UP. */
    public static void assertHealthy() {
        Api.Reply ready = Api.get("/health/ready", null);
        assertEquals(200, ready.status(), ready::toString);
        assertEquals("UP", ready.object().getString("status"), ready::toString);
    }

    /** 50 MB of text inside an Invoice element, as application/xml. */
    public static Api.Reply fiftyMegabytesOfXml(String path, String key, boolean knownLength) {
        return fiftyMegabytes(
                path,
                key,
                "application/xml",
                "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"><x>",
                (byte) 'a',
                "</x></Invoice>",
                knownLength);
    }

    /** A JSON document nested {@code depth} levels: arrays, or objects under one key. */
    public static String nested(int depth, boolean objects) {
        return objects ? "{\"a\":".repeat(depth) + "1" + "}".repeat(depth) : "[".repeat(depth) + "]".repeat(depth);
    }

    /**
     * XML every parser of ours must refuse (XML_REJECTED): a DOCTYPE in any form (external entity, external DTD,
     * parameter entity, entity expansion), nesting no invoice has, an attribute flood, a truncated document and
     * bytes that are not UTF-8. Name and bytes.
     */
    public static List<Object[]> rejectedXml() {
        String ns = "xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"";
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY l0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            laughs.append("<!ENTITY l")
                    .append(i)
                    .append(" \"")
                    .append(("&l" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        laughs.append("]><Invoice ").append(ns).append(">&l9;</Invoice>");
        StringBuilder attributes = new StringBuilder("<Invoice ").append(ns);
        for (int i = 0; i < 100_000; i++) {
            attributes.append(" a").append(i).append("=\"1\"");
        }
        attributes.append("/>");
        byte[] broken = ("<Invoice " + ns + "><x>caf\u00e9 #</x></Invoice>").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < broken.length; i++) {
            if (broken[i] == '#') {
                broken[i] = (byte) 0xFF; // never a UTF-8 byte
            }
        }
        return List.of(
                xml(
                        "external entity",
                        "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + "<Invoice "
                                + ns + ">&x;</Invoice>"),
                xml(
                        "external DTD",
                        "<?xml version=\"1.0\"?><!DOCTYPE a SYSTEM \"http://127.0.0.1:1/evil.dtd\">" + "<Invoice " + ns
                                + "/>"),
                xml(
                        "parameter entity",
                        "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY % p SYSTEM"
                                + " \"http://127.0.0.1:1/p\"> %p;]><Invoice " + ns + "/>"),
                xml("billion laughs", laughs.toString()),
                xml(
                        "200,000 levels deep",
                        "<Invoice " + ns + ">" + "<a>".repeat(200_000) + "</a>".repeat(200_000) + "</Invoice>"),
                xml("100,000 attributes", attributes.toString()),
                xml("truncated", "<Invoice " + ns + "><cbc:ID"),
                xml("not XML", "{\"documentType\": \"TAX_INVOICE\"}"),
                xml("empty", ""),
                new Object[] {"invalid UTF-8", broken});
    }

    private static Object[] xml(String name, String xml) {
        return new Object[] {name, xml.getBytes(StandardCharsets.UTF_8)};
    }

    private static String abbreviated(String s) {
        return s.length() <= 2000 ? s : s.substring(0, 2000) + "...";
    }
}
