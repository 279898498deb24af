import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bulk submission benchmark: one batch of N invoices to POST /api/v1/invoices/batches on a running server, then
 * GET /api/v1/invoices/batches/{id} polled until the batch is COMPLETED (the transaction that completes it is the one
 * batch.completed is written in). JDK only, run as a single-file source program from the project folder:
 *
 * <pre>
 * java load/BatchLoadDriver.java --base http://localhost:9482 --key fgw_... --units 1,2,3,4 --items 10000 \
 *      [--kind mixed|simplified|standard] [--format ndjson|json] [--heap-pid PID --heap-every 10]
 * </pre>
 *
 * Items are examples/invoices/simplified-invoice.json and standard-invoice.json (mixed: every other item standard)
 * with a fresh number and no issue date ("now"), the units used in turn. The body is written to a temporary file and
 * sent from there. Prints the time to the 202 (reading and storing the body), the time to completion and invoices/s
 * over the whole (from the POST to completion) and over the processing alone (from the 202). --heap-pid samples the
 * server's live heap every --heap-every seconds while the batch runs ({@code jcmd PID GC.class_histogram}, which
 * makes a full collection first: the sampling itself costs the server a little time).
 */
public class BatchLoadDriver {

    public static void main(String[] args) throws Exception {
        String base = null, key = null, kind = "mixed", format = "ndjson";
        long[] units = null;
        int items = 10_000, heapEvery = 10;
        String heapPid = null;
        for (int i = 0; i < args.length; i += 2) {
            String v = args[i + 1];
            switch (args[i]) {
                case "--base" -> base = v;
                case "--key" -> key = v;
                case "--units" -> {
                    String[] parts = v.split(",");
                    units = new long[parts.length];
                    for (int u = 0; u < parts.length; u++) {
                        units[u] = Long.parseLong(parts[u].strip());
                    }
                }
                case "--items" -> items = Integer.parseInt(v);
                case "--kind" -> kind = v;
                case "--format" -> format = v;
                case "--heap-pid" -> heapPid = v;
                case "--heap-every" -> heapEvery = Integer.parseInt(v);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (base == null || key == null || units == null) {
            throw new IllegalArgumentException("--base, --key and --units are required");
        }
        String simplified = template("simplified-invoice");
        String standard = template("standard-invoice");
        boolean ndjson = format.equals("ndjson");
        Path body = Files.createTempFile("batch-", ndjson ? ".ndjson" : ".json");
        try (BufferedWriter w = Files.newBufferedWriter(body, StandardCharsets.UTF_8)) {
            if (!ndjson) {
                w.write('[');
            }
            for (int i = 0; i < items; i++) {
                boolean std = kind.equals("standard") || (kind.equals("mixed") && i % 2 == 1);
                String item = (std ? standard : simplified)
                        .replace("\"@ID@\"", "\"BATCH-" + UUID.randomUUID() + "\"")
                        .replace("\"@UNIT@\"", Long.toString(units[i % units.length]));
                if (i > 0) {
                    w.write(ndjson ? "\n" : ",");
                }
                w.write(item);
            }
            w.write(ndjson ? "\n" : "]");
        }
        long bytes = Files.size(body);
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        Heap heap = heapPid == null ? null : new Heap(heapPid);
        if (heap != null) {
            heap.sample("before");
        }
        long t0 = System.nanoTime();
        HttpResponse<String> accepted = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/invoices/batches"))
                        .timeout(Duration.ofMinutes(10))
                        .header("X-API-Key", key)
                        .header("Content-Type", ndjson ? "application/x-ndjson" : "application/json")
                        .POST(HttpRequest.BodyPublishers.ofFile(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        long t202 = System.nanoTime();
        Files.delete(body);
        if (accepted.statusCode() != 202) {
            throw new IllegalStateException("not accepted: " + accepted.statusCode() + " " + accepted.body());
        }
        long id = number(accepted.body(), "id");
        System.out.printf(
                "batch %d: %d items (%s, %s), %.1f MB, 202 after %.2f s%n",
                id, items, kind, format, bytes / 1e6, (t202 - t0) / 1e9);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = null;
        if (heap != null) {
            int every = heapEvery;
            sampler = new Thread(() -> {
                long started = System.nanoTime();
                while (running.get()) {
                    sleep(every * 1000L);
                    if (running.get()) {
                        heap.sample(String.format("%.0f s", (System.nanoTime() - started) / 1e9));
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
        }
        String view;
        long lastPrint = System.nanoTime();
        while (true) {
            view = http.send(
                            HttpRequest.newBuilder(URI.create(base + "/api/v1/invoices/batches/" + id + "?limit=1"))
                                    .header("X-API-Key", key)
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            if (view.contains("\"status\":\"COMPLETED\"")) {
                break;
            }
            if (System.nanoTime() - lastPrint > 10e9) {
                System.out.printf("  %.0f s: %s%n", (System.nanoTime() - t202) / 1e9, counts(view));
                lastPrint = System.nanoTime();
            }
            sleep(1000);
        }
        long tDone = System.nanoTime();
        running.set(false);
        System.out.printf(
                "completed after %.1f s: %s; summary %s%n",
                (tDone - t0) / 1e9, counts(view), object(view, "summary"));
        System.out.printf(
                "invoices/s: %.1f from the POST to completion, %.1f from the 202 to completion (polled each second)%n",
                items / ((tDone - t0) / 1e9), items / ((tDone - t202) / 1e9));
        java.time.Instant created = java.time.Instant.parse(text(view, "createdAt"));
        java.time.Instant completed = java.time.Instant.parse(text(view, "completedAt"));
        double serverSeconds = java.time.Duration.between(created, completed).toMillis() / 1e3;
        System.out.printf(
                "server's own times: accepted (createdAt) to completed (completedAt) %.1f s, %.1f invoices/s%n",
                serverSeconds, items / serverSeconds);
        if (heap != null) {
            if (sampler != null) {
                sampler.join();
            }
            heap.sample("after");
            System.out.println("live heap after full GC (MB): " + String.join(", ", heap.samples));
        }
    }

    /** The example with its dates removed, number and unit as placeholders. */
    private static String template(String name) throws IOException {
        String json = Files.readString(Path.of("examples/invoices", name + ".json"));
        json = json.replaceAll("\"issueDate\"\\s*:\\s*\"[^\"]*\"\\s*,", "")
                .replaceAll("\"issueTime\"\\s*:\\s*\"[^\"]*\"\\s*,", "")
                .replaceFirst("\"id\"\\s*:\\s*\"[^\"]*\"", "\"id\": \"@ID@\", \"egsUnitId\": \"@UNIT@\"");
        // one line each: NDJSON
        StringBuilder flat = new StringBuilder();
        for (String line : new java.io.BufferedReader(new StringReader(json)).lines().toList()) {
            flat.append(line.strip()).append(' ');
        }
        return flat.toString().strip();
    }

    private static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + field + " in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    private static String text(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":\"([^\"]*)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + field + " in " + json);
        }
        return m.group(1);
    }

    private static String object(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":(\\{[^}]*\\})").matcher(json);
        return m.find() ? m.group(1) : "-";
    }

    private static String counts(String view) {
        return object(view, "counts");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The server's live heap: jcmd GC.class_histogram collects first, then counts what is left. */
    static final class Heap {

        final String pid;
        final List<String> samples = new ArrayList<>();

        Heap(String pid) {
            this.pid = pid;
        }

        synchronized void sample(String label) {
            try {
                Process p = new ProcessBuilder("jcmd", pid, "GC.class_histogram")
                        .redirectErrorStream(true)
                        .start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                p.waitFor();
                Matcher m = Pattern.compile("Total\\s+\\d+\\s+(\\d+)").matcher(out);
                String mb = m.find() ? String.format("%.0f", Long.parseLong(m.group(1)) / 1e6) : "?";
                samples.add(label + ": " + mb);
                System.out.println("  live heap " + label + ": " + mb + " MB");
            } catch (IOException e) {
                samples.add(label + ": ?");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
