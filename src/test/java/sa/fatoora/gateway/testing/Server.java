package sa.fatoora.gateway.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Waits for the application itself, not only the server: on a loaded machine Liberty reports "ready" before the
 * application has started, and {@link Api} reads the administrator key the application writes at its start.
 * Touches nothing of {@link Api}, so it is safe to call first (from a {@code @BeforeAll}).
 */
public final class Server {

    private static volatile boolean started;

    private Server() {}

    public static void awaitStarted() {
        if (started) {
            return;
        }
        String base = System.getProperty("app.base.url", "http://localhost:9080");
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long end = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < end) {
            try {
                HttpResponse<Void> r = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/health/started"))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    started = true;
                    return;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("the application did not start within 3 minutes");
    }
}
