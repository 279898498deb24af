package sa.fatoora.gateway.webhook.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends one signed delivery with the JDK's HTTP client: HTTP/1.1, redirects never followed (a 3xx is a failed
 * attempt: a redirect could point inside the network), connect and answer timeouts, and at most
 * {@value WebhookSettings#RESPONSE_LIMIT} bytes of the answer read (kept, cut, as the error of a failed attempt).
 */
@ApplicationScoped
public class WebhookSender {

    @Inject
    WebhookSettings settings;

    private HttpClient client;

    /** What one attempt gave: the status code (null when there was no answer), the time it took, an error. */
    public record Outcome(Integer statusCode, long latencyMs, String error) {

        public boolean delivered() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    /** A delivery on its way. */
    public record InFlight(long startedNanos, CompletableFuture<HttpResponse<InputStream>> response) {}

    @PostConstruct
    void init() {
        client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout())
                .build();
    }

    public InFlight start(URI url, String id, long timestampSeconds, String signatures, String body) {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(settings.timeout())
                .header("content-type", "application/json")
                .header("user-agent", "FatooraGateway-Webhooks/1")
                .header(StandardWebhooks.HEADER_ID, id)
                .header(StandardWebhooks.HEADER_TIMESTAMP, Long.toString(timestampSeconds))
                .header(StandardWebhooks.HEADER_SIGNATURE, signatures)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return new InFlight(System.nanoTime(), client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream()));
    }

    /** Waits for the answer (at most the timeout, plus a second of slack), reads a bounded part of it, closes it. */
    public Outcome finish(InFlight flight) {
        long waitMs = settings.timeout().toMillis() + 1000;
        try {
            HttpResponse<InputStream> response = flight.response().get(waitMs, TimeUnit.MILLISECONDS);
            String answer;
            try (InputStream in = response.body()) {
                answer = new String(in.readNBytes(WebhookSettings.RESPONSE_LIMIT), StandardCharsets.UTF_8);
            }
            long latency = millisSince(flight.startedNanos());
            int code = response.statusCode();
            if (code >= 200 && code < 300) {
                return new Outcome(code, latency, null);
            }
            String why = code >= 300 && code < 400 ? "redirects are not followed" : "answered HTTP " + code;
            return new Outcome(code, latency, answer.isBlank() ? why : why + ": " + oneLine(answer));
        } catch (TimeoutException e) {
            flight.response().cancel(true);
            return new Outcome(null, millisSince(flight.startedNanos()), "no answer within " + settings.timeout());
        } catch (ExecutionException e) {
            return new Outcome(null, millisSince(flight.startedNanos()), failure(e.getCause()));
        } catch (IOException e) {
            return new Outcome(null, millisSince(flight.startedNanos()), "the answer could not be read");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            flight.response().cancel(true);
            return new Outcome(null, millisSince(flight.startedNanos()), "interrupted");
        }
    }

    /** A failure as a short, safe phrase: the kind of problem, never a stack trace. */
    static String failure(Throwable cause) {
        if (cause instanceof HttpTimeoutException) {
            return cause instanceof java.net.http.HttpConnectTimeoutException
                    ? "could not connect within the connect timeout"
                    : "no answer within the timeout";
        }
        if (cause instanceof java.net.ConnectException) {
            return "connection refused";
        }
        if (cause instanceof javax.net.ssl.SSLException) {
            return "TLS handshake failed";
        }
        if (cause instanceof IOException) {
            return "connection failed (" + cause.getClass().getSimpleName() + ")";
        }
        return "delivery failed ("
                + (cause == null ? "unknown" : cause.getClass().getSimpleName()) + ")";
    }

    private static String oneLine(String s) {
        String t = s.replaceAll("[\\r\\n\\t]+", " ").strip();
        return t.length() <= 200 ? t : t.substring(0, 200) + "...";
    }

    private static long millisSince(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }
}
