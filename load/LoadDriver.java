import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * End-to-end HTTP load driver for POST /api/v1/invoices. JDK only (java.net.http), so it runs as a single-file
 * source program from the project folder, with nothing to build:
 *
 * <pre>
 * java load/LoadDriver.java --base http://localhost:9190 --key fgw_... --units 1,2,3,4 \
 *      --kind mixed --lines 1,10 --concurrency 1,8,32 --duration 20 --warmup 5
 * java load/LoadDriver.java ... --rate 200 --duration 60             (fixed arrival rate, open model)
 * java load/LoadDriver.java ... --count 100000 --heap-pid 1234 --heap-every 10000
 * </pre>
 *
 * One row per combination of invoice size and concurrency (or rate): invoices sent, answers by status, throughput
 * and latency percentiles. Closed model (--concurrency): that many clients each send the next invoice as soon as
 * the previous one is answered. Open model (--rate): invoices are started at fixed intervals whatever the server
 * does, and latency counts from the moment an invoice was due, so a server that falls behind shows it in the
 * percentiles instead of hiding it (no coordinated omission). Each invoice has a fresh number; units are used in
 * turn, since one unit's documents are issued one at a time (its chain).
 *
 * <p>--record FILE appends one line per answered invoice ({@code http unit id uuid icv status number}) and one
 * per request without an answer ({@code ERR unit - - - - number}), for the reliability scripts to check against
 * the database. --timeline FILE appends one line per request ({@code due-epoch-ms latency-ms http late-ms}, http 0
 * for no answer, late-ms how long after its due time the driver began to send it): when in a run the slow answers
 * came, to set beside the server's GC log and PostgreSQL's checkpoint and autovacuum logs. --heap-pid runs
 * {@code jcmd PID GC.class_histogram} before, every --heap-every invoices and after, and prints the total of live
 * objects it counts after the full collection it makes first.
 */
public class LoadDriver {

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        Bodies bodies = new Bodies(o.kind);
        Recorder.Sink sink = o.record == null ? null : new Recorder.Sink(o.record);
        Recorder.Sink timeline = o.timeline == null ? null : new Recorder.Sink(o.timeline);
        Heap heap = o.heapPid == null ? null : new Heap(o.heapPid, o.heapEvery);
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        Sender sender = new Sender(http, o, bodies, sink, timeline);
        if (heap != null) {
            heap.sample("start");
        }
        List<String> rows = new ArrayList<>();
        for (int lines : o.lines) {
            if (o.warmup > 0) {
                Load.run(
                        sender, lines, o.rate, o.rate > 0 ? o.maxInFlight : o.concurrency[0], Duration.ofSeconds(o.warmup), 0, null);
            }
            if (o.rate > 0) {
                Recorder r = Load.run(sender, lines, o.rate, o.maxInFlight, Duration.ofSeconds(o.duration), o.count, heap);
                rows.add(r.row(o.kind, lines, "rate " + fmt(o.rate) + "/s"));
            } else {
                for (int c : o.concurrency) {
                    Recorder r = Load.run(sender, lines, 0, c, Duration.ofSeconds(o.duration), o.count, heap);
                    rows.add(r.row(o.kind, lines, "c=" + c));
                }
            }
        }
        if (heap != null) {
            heap.sample("end");
        }
        if (timeline != null) {
            timeline.close();
        }
        if (sink != null) {
            sink.close();
        }
        System.out.println();
        if (o.label != null) {
            System.out.println(o.label);
            System.out.println();
        }
        System.out.println(Recorder.HEADER);
        System.out.println(Recorder.RULE);
        rows.forEach(System.out::println);
        if (heap != null) {
            System.out.println();
            System.out.println(heap.summary());
        }
        System.exit(0);
    }

    static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    /** Command line: --name value pairs. */
    static final class Options {
        String base = "http://localhost:9080";
        String key;
        long[] units;
        String kind = "simplified";
        int[] lines = {1};
        int[] concurrency = {8};
        double rate;
        int maxInFlight = 100;
        int duration = 20;
        int warmup = 5;
        long count;
        Path record;
        Path timeline;
        String heapPid;
        long heapEvery = 10_000;
        int timeout = 60;
        String label;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i + 1 < args.length; i += 2) {
                String v = args[i + 1];
                switch (args[i]) {
                    case "--base" -> o.base = v.replaceAll("/+$", "");
                    case "--key" -> o.key = v;
                    case "--units" -> o.units = Arrays.stream(v.split(",")).mapToLong(Long::parseLong).toArray();
                    case "--kind" -> o.kind = v;
                    case "--lines" -> o.lines = ints(v);
                    case "--concurrency" -> o.concurrency = ints(v);
                    case "--rate" -> o.rate = Double.parseDouble(v);
                    case "--max-in-flight" -> o.maxInFlight = Integer.parseInt(v);
                    case "--duration" -> o.duration = Integer.parseInt(v);
                    case "--warmup" -> o.warmup = Integer.parseInt(v);
                    case "--count" -> o.count = Long.parseLong(v);
                    case "--record" -> o.record = Path.of(v);
                    case "--timeline" -> o.timeline = Path.of(v);
                    case "--heap-pid" -> o.heapPid = v;
                    case "--heap-every" -> o.heapEvery = Long.parseLong(v);
                    case "--timeout" -> o.timeout = Integer.parseInt(v);
                    case "--label" -> o.label = v;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (o.key == null || o.units == null) {
                throw new IllegalArgumentException("--key and --units are required (see the comment on top)");
            }
            if (!List.of("simplified", "standard", "mixed").contains(o.kind)) {
                throw new IllegalArgumentException("--kind is simplified, standard or mixed");
            }
            return o;
        }

        private static int[] ints(String v) {
            return Arrays.stream(v.split(",")).mapToInt(Integer::parseInt).toArray();
        }
    }

    /**
     * Request bodies: examples/invoices/simplified-invoice.json and standard-invoice.json (each reproduces an SDK
     * sample) with English names, issued now, a fresh number, and the one line repeated as lines 1..n.
     */
    static final class Bodies {
        private static final String LINE = "{\"id\":\"%d\",\"name\":\"Pencil\",\"quantity\":2,\"unitCode\":\"PCE\","
                + "\"netPrice\":2.00,\"vatCategory\":\"S\",\"vatRate\":15}";
        private static final String BUYER = "\"buyer\":{\"name\":\"Fatoora Samples LTD\",\"vatNumber\":\"399999999800003\","
                + "\"address\":{\"street\":\"Salah Al-Din\",\"buildingNumber\":\"1111\",\"district\":\"Al-Murooj\","
                + "\"city\":\"Riyadh\",\"postalZone\":\"12222\",\"country\":\"SA\"}},";
        private final String kind;
        private final Map<Integer, String> lineBlocks = new java.util.concurrent.ConcurrentHashMap<>();

        Bodies(String kind) {
            this.kind = kind;
        }

        boolean standard(long seq) {
            return kind.equals("standard") || kind.equals("mixed") && seq % 2 == 1;
        }

        String json(long unit, String number, boolean standard, int lines) {
            String block = lineBlocks.computeIfAbsent(lines, n -> {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    b.append(i > 1 ? "," : "").append(String.format(Locale.ROOT, LINE, i));
                }
                return b.toString();
            });
            String today = LocalDate.now(ZoneId.of("Asia/Riyadh")).toString();
            return "{\"egsUnitId\":" + unit + ",\"documentType\":\"TAX_INVOICE\",\"subtype\":\""
                    + (standard ? "STANDARD" : "SIMPLIFIED") + "\",\"id\":\"" + number + "\","
                    + (standard ? BUYER + "\"supplyDate\":\"" + today + "\"," : "")
                    + "\"paymentMeansCode\":\"10\",\"lines\":[" + block + "]}";
        }
    }

    /** One invoice: POST, then the answer recorded. */
    static final class Sender {
        private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
        private static final Pattern UUID_FIELD = Pattern.compile("\"uuid\":\"([0-9a-f-]{36})\"");
        private static final Pattern ICV = Pattern.compile("\"icv\":(\\d+)");
        private static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z]+)\"");
        private static final Pattern CODE = Pattern.compile("\"code\":\"([A-Z_]+)\"");

        private final HttpClient http;
        private final Options o;
        private final Bodies bodies;
        private final Recorder.Sink sink;
        private final Recorder.Sink timeline;
        // due times are nanoTime; the timeline gives wall-clock times, to set beside the server's logs
        private final long epochMillisAtNanoZero = System.currentTimeMillis() - System.nanoTime() / 1_000_000;
        private final String run = UUID.randomUUID().toString().substring(0, 8);
        private final AtomicLong seq = new AtomicLong();

        Sender(HttpClient http, Options o, Bodies bodies, Recorder.Sink sink, Recorder.Sink timeline) {
            this.http = http;
            this.o = o;
            this.bodies = bodies;
            this.sink = sink;
            this.timeline = timeline;
        }

        /** Sends one invoice; {@code dueNanos} is when it should have started (open model) or when it did. */
        void send(int lines, long dueNanos, Recorder r) {
            long began = System.nanoTime();
            long n = seq.getAndIncrement();
            long unit = o.units[(int) (n % o.units.length)];
            String number = "LD-" + run + "-" + n;
            HttpRequest request = HttpRequest.newBuilder(URI.create(o.base + "/api/v1/invoices"))
                    .timeout(Duration.ofSeconds(o.timeout))
                    .header("X-API-Key", o.key)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(bodies.json(unit, number, bodies.standard(n), lines)))
                    .build();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                long latency = System.nanoTime() - dueNanos;
                String body = response.body();
                int code = response.statusCode();
                String outcome = code < 300 ? find(STATUS, body) : find(CODE, body);
                r.answered(code, outcome, latency);
                timeline(dueNanos, began, latency, code);
                if (sink != null) {
                    sink.line(code + " " + unit + " " + find(ID, body) + " " + find(UUID_FIELD, body) + " "
                            + find(ICV, body) + " " + outcome + " " + number);
                }
            } catch (IOException e) {
                r.failed();
                timeline(dueNanos, began, System.nanoTime() - dueNanos, 0);
                if (sink != null) {
                    sink.line("ERR " + unit + " - - - - " + number);
                }
                // the server is gone (a crash test) or refusing: don't spin on connection errors
                LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void timeline(long dueNanos, long began, long latencyNanos, int code) {
            if (timeline != null) {
                timeline.line(epochMillisAtNanoZero + dueNanos / 1_000_000 + " "
                        + String.format(Locale.ROOT, "%.2f %d %.2f", latencyNanos / 1e6, code, (began - dueNanos) / 1e6));
            }
        }

        private static String find(Pattern p, String body) {
            Matcher m = p.matcher(body);
            return m.find() ? m.group(1) : "-";
        }
    }

    /** Runs one phase, closed (rate 0: {@code clients} loops) or open (fixed rate, at most that many in flight). */
    static final class Load {

        static Recorder run(
                Sender sender, int lines, double rate, int clients, Duration duration, long count, Heap heap)
                throws InterruptedException {
            Recorder r = new Recorder(heap);
            long start = System.nanoTime();
            long end = count > 0 ? Long.MAX_VALUE : start + duration.toNanos();
            AtomicLong started = new AtomicLong();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            if (rate > 0) {
                long period = (long) (1e9 / rate);
                for (long i = 0; ; i++) {
                    long due = start + i * period;
                    if (due >= end || count > 0 && i >= count) {
                        break;
                    }
                    LockSupport.parkNanos(due - System.nanoTime());
                    pool.execute(() -> sender.send(lines, due, r));
                }
            } else {
                for (int c = 0; c < clients; c++) {
                    pool.execute(() -> {
                        while (System.nanoTime() < end && (count == 0 || started.getAndIncrement() < count)) {
                            sender.send(lines, System.nanoTime(), r);
                        }
                    });
                }
            }
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.DAYS);
            r.finish(System.nanoTime() - start);
            return r;
        }
    }

    /** Latencies and answers of one phase. */
    static final class Recorder {
        static final String HEADER =
                "| kind | lines | load | sent | 2xx | 4xx/5xx | no answer | invoices/s | p50 ms | p95 ms | p99 ms | max ms | outcomes |";
        static final String RULE = "|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|";

        private long[] latencies = new long[1 << 16];
        private int n;
        private long ok;
        private long refused;
        private long failed;
        private long elapsed;
        private final Map<String, Long> outcomes = new LinkedHashMap<>();
        private final Heap heap;

        Recorder(Heap heap) {
            this.heap = heap;
        }

        synchronized void answered(int code, String outcome, long latencyNanos) {
            if (n == latencies.length) {
                latencies = Arrays.copyOf(latencies, n * 2);
            }
            latencies[n++] = latencyNanos;
            if (code < 300) {
                ok++;
            } else {
                refused++;
            }
            outcomes.merge(code + " " + outcome, 1L, Long::sum);
            if (heap != null) {
                heap.tick(ok + refused);
            }
        }

        synchronized void failed() {
            failed++;
        }

        synchronized void finish(long elapsedNanos) {
            elapsed = elapsedNanos;
            Arrays.sort(latencies, 0, n);
        }

        synchronized String row(String kind, int lines, String load) {
            double seconds = elapsed / 1e9;
            return String.format(
                    Locale.ROOT,
                    "| %s | %d | %s | %d | %d | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %s |",
                    kind,
                    lines,
                    load,
                    n + failed,
                    ok,
                    refused,
                    failed,
                    ok / seconds,
                    pct(0.50),
                    pct(0.95),
                    pct(0.99),
                    n == 0 ? 0 : latencies[n - 1] / 1e6,
                    outcomes);
        }

        private double pct(double p) {
            return n == 0 ? 0 : latencies[Math.min(n - 1, (int) Math.ceil(p * n) - 1)] / 1e6;
        }

        /** The record file, written as answers come in, flushed often (the driver may outlive the server). */
        static final class Sink {
            private final BufferedWriter out;
            private long lines;

            Sink(Path file) throws IOException {
                out = Files.newBufferedWriter(
                        file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }

            synchronized void line(String text) {
                try {
                    out.write(text);
                    out.newLine();
                    if (++lines % 100 == 0) {
                        out.flush();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            synchronized void close() throws IOException {
                out.close();
            }
        }
    }

    /**
     * The server's live heap after a full collection, through jcmd (the JDK's own tool). One command collects and
     * counts: GC.run followed by GC.heap_info read the heap a second later, when a server answering 300+ invoices/s
     * had already filled hundreds of MB of new space (measured: 676 MB "after GC" where the histogram counted 100).
     */
    static final class Heap {
        private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)");
        private final String pid;
        private final long every;
        private long next;
        private final List<String> samples = new ArrayList<>();

        Heap(String pid, long every) {
            this.pid = pid;
            this.every = every;
            this.next = every;
        }

        /** Called with the count of answered invoices; samples (on another thread) every {@code every}. */
        void tick(long answered) {
            if (answered >= next) {
                next += every;
                new Thread(() -> sample(answered + " invoices")).start();
            }
        }

        synchronized void sample(String when) {
            try {
                Matcher m = TOTAL.matcher(jcmd("GC.class_histogram"));
                String used = m.find()
                        ? String.format(Locale.ROOT, "%.1f", Long.parseLong(m.group(1)) / (1024.0 * 1024.0))
                        : "?";
                samples.add(when + ": " + used + " MB");
                System.out.println("live heap after full GC, " + when + ": " + used + " MB");
            } catch (IOException e) {
                samples.add(when + ": jcmd failed");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private String jcmd(String command) throws IOException, InterruptedException {
            Process p = new ProcessBuilder("jcmd", pid, command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return out;
        }

        synchronized String summary() {
            return "live heap after full GC: " + String.join("; ", samples);
        }
    }
}
