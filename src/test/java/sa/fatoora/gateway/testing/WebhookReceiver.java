package sa.fatoora.gateway.testing;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A real HTTP receiver for the webhook tests (the JDK's HttpServer on 127.0.0.1, a free port): records every request
 * with its headers and body, and answers each path from a script of status codes (then 200). {@code /redirect}
 * answers 302 to {@code /trap}, which records whether anything followed it.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived. */
    public record Received(String path, Map<String, String> headers, String body, Instant at) {

        public String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    private final HttpServer server;
    private final Deque<Received> received = new ConcurrentLinkedDeque<>();
    private final Map<String, Deque<Integer>> scripts = new ConcurrentHashMap<>();
    private final Map<String, Integer> always = new ConcurrentHashMap<>();

    public WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", this::handle);
        server.start();
    }

    /** {@code http://127.0.0.1:<port>} + path. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The next requests to {@code path} get these codes, in order; then 200 again. */
    public void script(String path, Integer... codes) {
        scripts.computeIfAbsent(path, p -> new ConcurrentLinkedDeque<>()).addAll(List.of(codes));
    }

    /** Every request to {@code path} gets {@code code}. */
    public void always(String path, int code) {
        always.put(path, code);
    }

    public List<Received> received(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    /** Waits until {@code count} requests to {@code path} match, or fails after {@code timeout}. */
    public List<Received> await(String path, Predicate<Received> match, int count, Duration timeout)
            throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        List<Received> matching = new ArrayList<>();
        while (Instant.now().isBefore(end)) {
            matching = received(path).stream().filter(match).toList();
            if (matching.size() >= count) {
                return matching;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("expected " + count + " matching requests to " + path + " within " + timeout + ", got "
                + matching.size() + " of " + received(path).size() + ": " + received(path));
    }

    /** The request carries a Standard Webhooks signature by this secret, checked with the JDK's HMAC alone. */
    public static void assertSignedBy(WebhookReceiver.Received r, String secret) throws Exception {
        String id = r.header("webhook-id");
        String timestamp = r.header("webhook-timestamp");
        assertNotNull(id, r::toString);
        assertTrue(Math.abs(Long.parseLong(timestamp) - Instant.now().getEpochSecond()) < 300, timestamp);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        String expected = "v1,"
                + Base64.getEncoder()
                        .encodeToString(
                                mac.doFinal((id + "." + timestamp + "." + r.body()).getBytes(StandardCharsets.UTF_8)));
        assertTrue(
                List.of(r.header("webhook-signature").split(" ")).contains(expected),
                () -> "no signature by this secret in " + r.header("webhook-signature"));
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> headers = new ConcurrentHashMap<>();
        exchange.getRequestHeaders()
                .forEach((name, values) -> headers.put(name.toLowerCase(), String.join(",", values)));
        received.add(new Received(path, headers, body, Instant.now()));
        int code;
        if (path.equals("/redirect")) {
            exchange.getResponseHeaders().add("Location", url("/trap"));
            code = 302;
        } else {
            Deque<Integer> script = scripts.get(path);
            Integer next = script == null ? null : script.poll();
            code = next != null ? next : always.getOrDefault(path, 200);
        }
        byte[] answer = (code >= 200 && code < 300 ? "ok" : "receiver says " + code).getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(code, answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
