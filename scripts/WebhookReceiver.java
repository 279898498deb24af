import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver for trying the gateway and for the reliability and benchmark scripts (README "Events and
 * webhooks"): listens on 127.0.0.1:PORT, verifies each delivery's Standard Webhooks signature with the endpoint's
 * secret (written here from the specification, JDK only), answers 204, and prints one line per delivery:
 *   <verified|NOT-VERIFIED> <webhook-id> <type> lag=<ms from the event's timestamp to its arrival>
 * With a third argument, also appends that line to the file (the scripts read it).
 *
 * Run: java scripts/WebhookReceiver.java 8099 'whsec_...' [log file]
 * Several endpoints in one JVM: java scripts/WebhookReceiver.java PORT SECRET LOG PORT SECRET LOG ...
 */
public class WebhookReceiver {

    private static final Pattern TYPE = Pattern.compile("\"type\":\"([^\"]+)\"");
    private static final Pattern TIMESTAMP = Pattern.compile("\"timestamp\":\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        if (args.length > 3) {
            // several endpoints in one JVM (the benchmark's throughput step): PORT SECRET LOG, repeated
            if (args.length % 3 != 0) {
                throw new IllegalArgumentException("several endpoints: PORT SECRET LOG, repeated");
            }
            var executor = Executors.newFixedThreadPool(32);
            for (int i = 0; i < args.length; i += 3) {
                listen(Integer.parseInt(args[i]), args[i + 1], args[i + 2], executor);
            }
            return;
        }
        listen(Integer.parseInt(args[0]), args[1], args.length > 2 ? args[2] : null, Executors.newFixedThreadPool(16));
    }

    private static void listen(int port, String secret, String logFile, java.util.concurrent.Executor executor)
            throws IOException {
        byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        BufferedWriter log = logFile != null
                ? Files.newBufferedWriter(Path.of(logFile), StandardOpenOption.CREATE, StandardOpenOption.APPEND)
                : null;
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 512);
        server.setExecutor(executor);
        server.createContext("/", exchange -> handle(exchange, key, log));
        server.start();
        System.out.println("listening on http://127.0.0.1:" + port + "/");
    }

    private static void handle(HttpExchange exchange, byte[] key, BufferedWriter log) throws IOException {
        long arrived = System.currentTimeMillis();
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
        String signatures = exchange.getRequestHeaders().getFirst("webhook-signature");
        boolean verified = id != null && timestamp != null && signatures != null
                && Math.abs(Long.parseLong(timestamp) - arrived / 1000) < 300
                && List.of(signatures.split(" ")).contains(sign(key, id + "." + timestamp + "." + body));
        String type = find(TYPE, body);
        String occurred = find(TIMESTAMP, body);
        long lag = occurred == null ? -1 : arrived - OffsetDateTime.parse(occurred).toInstant().toEpochMilli();
        String line = (verified ? "verified" : "NOT-VERIFIED") + " " + id + " " + type + " lag=" + lag;
        if (log == null) {
            System.out.println(line);
        }
        if (log != null) {
            synchronized (log) {
                log.write(line);
                log.newLine();
                log.flush();
            }
        }
        exchange.sendResponseHeaders(verified ? 204 : 401, -1);
        try (OutputStream out = exchange.getResponseBody()) {
            out.flush();
        }
    }

    private static String sign(byte[] key, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String find(Pattern p, String body) {
        Matcher m = p.matcher(body);
        return m.find() ? m.group(1) : null;
    }
}
