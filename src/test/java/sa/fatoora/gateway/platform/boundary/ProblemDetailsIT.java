package sa.fatoora.gateway.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sa.fatoora.gateway.testing.Problems.assertProblem;

import java.net.http.HttpRequest;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.testing.Api;

/** Every failure reaches the client as RFC 9457 problem+json with a stable code, and nothing is persisted. */
class ProblemDetailsIT {

    static final String TENANTS = "/api/v1/admin/tenants";

    @Test
    void malformedJsonIs400() {
        assertProblem(Api.post(TENANTS, Api.ADMIN_KEY, "{\"name\":"), 400, "MALFORMED_REQUEST");
        assertProblem(Api.post(TENANTS, Api.ADMIN_KEY, "not json"), 400, "MALFORMED_REQUEST");
    }

    @Test
    void wrongTypesAre400() {
        assertProblem(Api.post(TENANTS, Api.ADMIN_KEY, "{\"name\":[1,2]}"), 400, "MALFORMED_REQUEST");
    }

    @Test
    void unknownFieldsAre400AndNamed() {
        int before = tenantCount();
        var p = assertProblem(
                Api.post(TENANTS, Api.ADMIN_KEY, "{\"name\":\"x\",\"nmae\":\"typo\"}"), 400, "MALFORMED_REQUEST");
        assertTrue(p.getString("detail").contains("nmae"), p::toString);
        assertEquals(before, tenantCount(), "nothing was created");
    }

    @Test
    void beanValidationNamesEachFieldByJsonPointer() {
        var p = assertProblem(Api.post(TENANTS, Api.ADMIN_KEY, "{\"name\":\"  \"}"), 400, "VALIDATION_FAILED");
        assertEquals("/name", p.getJsonArray("errors").getJsonObject(0).getString("pointer"));
    }

    @Test
    void missingBodyIs400() {
        assertProblem(Api.post(TENANTS, Api.ADMIN_KEY, ""), 400, "MALFORMED_REQUEST");
    }

    @Test
    void wrongMediaTypeIs415() {
        assertProblem(Api.post(TENANTS, Api.ADMIN_KEY, "text/plain", "name=x"), 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void bodyOverTheLimitIs413() {
        char[] big = new char[10 * 1024 * 1024 + 10];
        Arrays.fill(big, 'a');
        String body = "{\"name\":\"" + new String(big) + "\"}";
        assertProblem(Api.post(TENANTS, Api.ADMIN_KEY, body), 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void chunkedBodyOverTheLimitIs413() {
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) 'a');
        var chunks = new java.util.ArrayList<java.nio.ByteBuffer>();
        chunks.add(java.nio.ByteBuffer.wrap("{\"name\":\"".getBytes()));
        for (int i = 0; i < 170; i++) {
            chunks.add(java.nio.ByteBuffer.wrap(chunk));
        }
        HttpRequest request = Api.request(TENANTS, Api.ADMIN_KEY)
                .header("Content-Type", "application/json")
                .POST(streaming(chunks))
                .build();
        assertProblem(Api.send(request), 413, "PAYLOAD_TOO_LARGE");
    }

    /** A body of unknown length, so the server can't refuse it from Content-Length and must count while reading. */
    private static HttpRequest.BodyPublisher streaming(java.util.List<java.nio.ByteBuffer> chunks) {
        return HttpRequest.BodyPublishers.ofInputStream(
                () -> new java.io.SequenceInputStream(java.util.Collections.enumeration(chunks.stream()
                        .map(b -> (java.io.InputStream) new java.io.ByteArrayInputStream(b.array()))
                        .toList())));
    }

    @Test
    void unknownPathIs404() {
        assertProblem(Api.get("/no/such/path", null), 404, "NOT_FOUND");
    }

    @Test
    void wrongMethodIs405() {
        assertProblem(Api.delete(TENANTS, Api.ADMIN_KEY), 405, "METHOD_NOT_ALLOWED");
    }

    private static int tenantCount() {
        return Api.get(TENANTS, Api.ADMIN_KEY).json().asJsonArray().size();
    }
}
