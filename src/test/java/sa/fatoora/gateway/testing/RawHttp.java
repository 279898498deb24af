package sa.fatoora.gateway.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * HTTP/1.1 over a plain socket, for bodies far over the server's limit: it stops sending as soon as the server has
 * answered or closed the connection, as curl does. The JDK's HttpClient keeps writing a refused 50 MB body to its
 * end (about 20 s per request here), which would make the hostile input suite slow for no gain.
 */
public final class RawHttp {

    private static final int CHUNK = 64 * 1024;

    private RawHttp() {}

    /**
     * POSTs {@code head}, {@code total - head - tail} bytes of {@code filler}, then {@code tail}, generated while
     * sent; with {@code knownLength} a Content-Length, else chunked (the server can only count). {@code headers}:
     * name, value, name, value...
     */
    public static Api.Reply post(
            String path,
            String contentType,
            String head,
            byte filler,
            String tail,
            long total,
            boolean knownLength,
            String... headers) {
        URI base = URI.create(Api.BASE);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            StringBuilder request = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":"
                    + base.getPort() + "\r\nContent-Type: " + contentType + "\r\nConnection: close\r\n");
            for (int i = 0; i + 1 < headers.length; i += 2) {
                request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
            }
            request.append(knownLength ? "Content-Length: " + total : "Transfer-Encoding: chunked")
                    .append("\r\n\r\n");
            out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
            sendBody(
                    out,
                    in,
                    head.getBytes(StandardCharsets.UTF_8),
                    filler,
                    tail.getBytes(StandardCharsets.UTF_8),
                    total,
                    knownLength);
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("request to " + path + " failed", e);
        }
    }

    /** Writes until done, or until the server answered or went away. */
    private static void sendBody(
            OutputStream out, InputStream in, byte[] head, byte filler, byte[] tail, long total, boolean knownLength)
            throws IOException {
        byte[] chunk = new byte[CHUNK];
        Arrays.fill(chunk, filler);
        long fill = total - head.length - tail.length;
        try {
            write(out, head, head.length, knownLength);
            for (long sent = 0; sent < fill && in.available() == 0; sent += CHUNK) {
                write(out, chunk, (int) Math.min(CHUNK, fill - sent), knownLength);
            }
            if (in.available() == 0) {
                write(out, tail, tail.length, knownLength);
                if (!knownLength) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                }
            }
            out.flush();
        } catch (IOException closedByTheServer) {
            // the server refused the rest; its answer is waiting in the input stream
        }
    }

    private static void write(OutputStream out, byte[] bytes, int length, boolean knownLength) throws IOException {
        if (!knownLength) {
            out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        out.write(bytes, 0, length);
        if (!knownLength) {
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** Status line, headers, then the body by Content-Length, by chunks, or to the end of the connection. */
    private static Api.Reply read(InputStream in) throws IOException {
        String status = line(in);
        int code = Integer.parseInt(status.split(" ")[1]);
        String contentType = "";
        long length = -1;
        boolean chunked = false;
        for (String h = line(in); !h.isEmpty(); h = line(in)) {
            String name = h.substring(0, h.indexOf(':')).strip().toLowerCase(Locale.ROOT);
            String value = h.substring(h.indexOf(':') + 1).strip();
            switch (name) {
                case "content-type" -> contentType = value;
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.equalsIgnoreCase("chunked");
                default -> {}
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (chunked) {
            for (int size = Integer.parseInt(line(in).strip(), 16);
                    size > 0;
                    size = Integer.parseInt(line(in).strip(), 16)) {
                body.write(in.readNBytes(size));
                line(in);
            }
        } else if (length >= 0) {
            body.write(in.readNBytes((int) length));
        } else {
            body.write(in.readAllBytes());
        }
        return new Api.Reply(code, contentType, body.toString(StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                b.write(c);
            }
        }
        return b.toString(StandardCharsets.US_ASCII);
    }
}
