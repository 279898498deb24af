package sa.fatoora.gateway.simulator.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import sa.fatoora.gateway.simulator.control.Faults;
import sa.fatoora.gateway.simulator.control.SimulatorAdminKey;
import sa.fatoora.gateway.tenant.control.ApiKeys;

/**
 * In front of every path of the simulator (context root /simulator): the administrator key on /simulator/admin;
 * then the injected faults. A servlet filter, because a dropped connection needs the raw response: it declares a
 * length, sends less and closes. Paths here are the simulator's own, without its context root.
 */
@WebFilter("/*")
public class SimulatorGate extends HttpFilter {

    @Inject
    SimulatorAdminKey adminKey;

    @Inject
    Faults faults;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/admin/") && !adminKey.matches(request.getHeader(ApiKeys.HEADER))) {
            problem(
                    response,
                    401,
                    "UNAUTHORIZED",
                    "Authentication required",
                    "Invalid administrator key",
                    request.getRequestURI());
            return;
        }
        String call = call(request.getMethod(), path);
        var fault = call == null ? java.util.Optional.<Faults.Fault>empty() : faults.next(call);
        if (fault.isPresent() && fault.get() instanceof Faults.Status status) {
            failWith(response, status.code());
            return;
        }
        if (fault.isPresent() && fault.get() instanceof Faults.Drop) {
            drop(response);
            return;
        }
        if (fault.isPresent() && fault.get() instanceof Faults.Delay delay) {
            sleep(delay.millis());
        }
        chain.doFilter(request, response);
    }

    static String call(String method, String path) {
        if (path.equals("/oauth/token")) {
            return "token";
        }
        if (!path.startsWith("/e-invoicing/")) {
            return null;
        }
        if (path.endsWith("/compliance/invoices")) {
            return "compliance-invoices";
        }
        if (path.endsWith("/compliance")) {
            return "compliance";
        }
        if (path.endsWith("/production/csids")) {
            return "production-csids";
        }
        if (path.endsWith("/invoices/reporting/single")) {
            return "reporting";
        }
        return path.endsWith("/invoices/clearance/single") ? "clearance" : null;
    }

    private static void failWith(HttpServletResponse response, int status) throws IOException {
        if (status == 429) {
            response.setHeader("Retry-After", "1");
        }
        String body = "{\"code\":\"" + status + "\",\"message\":\"Injected fault: HTTP " + status + "\"}";
        write(response, status, "application/json", body);
    }

    /**
     * A promised body that never comes: a length is declared, part is sent, then the exchange fails after commit,
     * which makes Liberty abort the connection; the client reads an early end of stream.
     */
    private static void drop(HttpServletResponse response) throws IOException {
        response.setStatus(200);
        response.setContentType("application/json");
        response.setHeader("Connection", "close");
        response.setContentLength(4096);
        var out = response.getOutputStream();
        out.write("{\"validationResults\":".getBytes(StandardCharsets.UTF_8));
        out.flush();
        response.flushBuffer();
        throw new DroppedConnection();
    }

    /** Thrown after the response is committed, only to make the container cut the connection. */
    static final class DroppedConnection extends IOException {
        DroppedConnection() {
            super("injected fault: connection dropped", null);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void problem(
            HttpServletResponse response, int status, String code, String title, String detail, String instance)
            throws IOException {
        String body =
                "{\"type\":\"urn:fatoora-gateway:problem:" + code.toLowerCase().replace('_', '-')
                        + "\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"" + detail
                        + "\",\"instance\":\"" + instance.replace("\"", "") + "\",\"code\":\"" + code + "\"}";
        write(response, status, "application/problem+json", body);
    }

    private static void write(HttpServletResponse response, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(type);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
