package sa.fatoora.gateway.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;

/** Assertions every problem answer must satisfy: RFC 9457 shape, our code, and nothing internal inside. */
public final class Problems {

    private Problems() {}

    public static JsonObject assertProblem(Api.Reply reply, int status, String code) {
        assertEquals(status, reply.status(), () -> "status of " + reply);
        assertTrue(reply.isProblem(), () -> "content type of " + reply);
        JsonObject p = reply.object();
        assertEquals(status, p.getInt("status"));
        assertEquals(code, p.getString("code"));
        assertTrue(p.getString("type").startsWith("urn:fatoora-gateway:problem:"), p::toString);
        assertFalse(p.getString("title").isBlank());
        assertFalse(p.getString("detail").isBlank());
        assertTrue(p.containsKey("instance"), p::toString);
        assertNoInternals(reply.body());
        return p;
    }

    /** No stack frames, Java class names, SQL or provider names in anything a client sees. */
    public static void assertNoInternals(String body) {
        for (String leak : new String[] {
            "Exception",
            "\tat ",
            "java.",
            "jakarta.",
            "org.eclipse",
            "com.ibm",
            "sa.fatoora",
            "SELECT ",
            "INSERT ",
            "resteasy",
            "yasson",
            "Caused by"
        }) {
            assertFalse(body.contains(leak), () -> "leaks '" + leak + "': " + body);
        }
    }
}
