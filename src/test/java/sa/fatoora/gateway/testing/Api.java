package sa.fatoora.gateway.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/**
 * A black-box HTTP client for the integration tests: the server under test is the real Liberty the build started
 * (app.base.url). The administrator key is found as a user finds it: FATOORA_ADMIN_API_KEY when set, else the key
 * the embedded server generated into its data folder (it.admin.key.file).
 */
public final class Api {

    public static final String BASE = System.getProperty("app.base.url", "http://localhost:9080");

    static {
        // every IT talks through this class: none starts before the application itself has (see Server)
        Server.awaitStarted();
    }

    public static final String ADMIN_KEY = adminKey();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Api() {}

    public static Reply get(String path, String key) {
        return send(request(path, key).GET().build());
    }

    public static Reply post(String path, String key, String json) {
        return post(path, key, "application/json", json);
    }

    public static Reply post(String path, String key, String contentType, String body) {
        return send(request(path, key)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    public static Reply delete(String path, String key) {
        return send(request(path, key).DELETE().build());
    }

    public static HttpRequest.Builder request(String path, String key) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60));
        if (key != null) {
            b.header("X-API-Key", key);
        }
        return b;
    }

    public static Reply send(HttpRequest request) {
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(
                    r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (Exception e) {
            throw new AssertionError("request to " + request.uri() + " failed", e);
        }
    }

    private static String adminKey() {
        String configured = System.getenv("FATOORA_ADMIN_API_KEY");
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("it.admin.key.file")))
                    .strip();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("no administrator key: the server writes it at its first start", e);
        }
    }

    /** Creates a tenant with a unique name and answers its first API key. */
    public static Tenant newTenant() {
        String name = "it-" + UUID.randomUUID();
        Reply r = post("/api/v1/admin/tenants", ADMIN_KEY, "{\"name\":\"" + name + "\"}");
        if (r.status() != 201) {
            throw new AssertionError("tenant creation failed: " + r);
        }
        JsonObject o = r.json().asJsonObject();
        return new Tenant(
                o.getJsonNumber("id").longValue(), o.getJsonObject("apiKey").getString("key"));
    }

    public record Tenant(long id, String key) {}

    public record Reply(int status, String contentType, String body) {

        public JsonStructure json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        public JsonObject object() {
            return json().asJsonObject();
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }
    }
}
