package sa.fatoora.gateway.console.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import sa.fatoora.gateway.audit.control.AuditCursorException;
import sa.fatoora.gateway.audit.control.AuditParameters;
import sa.fatoora.gateway.audit.control.AuditQueryException;
import sa.fatoora.gateway.audit.control.AuditTrail;
import sa.fatoora.gateway.audit.entity.AuditPage;
import sa.fatoora.gateway.audit.entity.AuditQuery;
import sa.fatoora.gateway.console.control.ConsoleInputException;
import sa.fatoora.gateway.console.control.ConsoleInvoices;
import sa.fatoora.gateway.console.control.ConsoleSessions;
import sa.fatoora.gateway.console.control.DashboardService;
import sa.fatoora.gateway.console.control.SignInThrottle;
import sa.fatoora.gateway.console.control.Texts;
import sa.fatoora.gateway.console.entity.AuditFilters;
import sa.fatoora.gateway.console.entity.ConsoleSession;
import sa.fatoora.gateway.console.entity.InvoiceList;
import sa.fatoora.gateway.invoice.control.InvoiceNotPendingException;
import sa.fatoora.gateway.invoice.control.SendNow;
import sa.fatoora.gateway.pdf.control.InvoicePdfs;
import sa.fatoora.gateway.pdf.control.PdfFonts;
import sa.fatoora.gateway.platform.control.ResourceNotFoundException;
import sa.fatoora.gateway.tenant.control.AdminKey;
import sa.fatoora.gateway.tenant.control.TenantService;
import sa.fatoora.gateway.tenant.entity.AuthenticatedKey;

/**
 * The console's pages (README "Console"): sign-in, the dashboard, sign-out, the stylesheet. A page without a live
 * session sends the browser to the sign-in page; every POST but the sign-in needs the session's CSRF token and a
 * same-origin Origin header when the browser sends one.
 */
@Path("console")
public class ConsoleResource extends ConsolePage {

    @Inject
    SignInThrottle throttle;

    @Inject
    TenantService tenants;

    @Inject
    AdminKey adminKey;

    @Inject
    DashboardService dashboards;

    @Inject
    ConsoleInvoices invoices;

    @Inject
    AuditTrail trail;

    static final int AUDIT_PAGE = 50;

    @Inject
    InvoicePdfs pdfs;

    @Inject
    SendNow send;

    @Operation(hidden = true)
    @GET
    public Response root(@CookieParam(ConsoleCookies.SESSION) String id) {
        return redirect(sessions.find(id).isPresent() ? "console/dashboard" : "console/sign-in");
    }

    @Operation(hidden = true)
    @GET
    @Path("sign-in")
    @Produces("text/html")
    public Response signInPage(@QueryParam("lang") String lang, @CookieParam(ConsoleCookies.SESSION) String id) {
        if (sessions.find(id).isPresent()) {
            return redirect("console/dashboard");
        }
        return html(200, pages.signIn(root(), Texts.of(Texts.language(lang)), null));
    }

    @Operation(hidden = true)
    @POST
    @Path("sign-in")
    @Produces("text/html")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(MultivaluedMap<String, String> form, @HeaderParam("Origin") String origin) {
        String apiKey = form.getFirst("apiKey");
        String lang = form.getFirst("lang");
        Texts t = Texts.of(Texts.language(lang));
        if (!ConsoleCookies.sameOrigin(origin, uri)) {
            return html(403, pages.signIn(root(), t, t.get("signIn.otherOrigin")));
        }
        String address = request.getRemoteAddr();
        Optional<Duration> wait = throttle.wait(address);
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds());
            return Response.status(429)
                    .type(HTML)
                    .header("Retry-After", seconds)
                    .entity(pages.signIn(
                            root(),
                            t,
                            t.get("signIn.throttled") + " "
                                    + t.duration(wait.get().plusSeconds(59))))
                    .build();
        }
        String presented = apiKey == null ? "" : apiKey.strip();
        Optional<AuthenticatedKey> key = presented.isEmpty() ? Optional.empty() : tenants.authenticateKey(presented);
        boolean administrator = key.isEmpty() && !presented.isEmpty() && adminKey.matches(presented);
        if (key.isEmpty() && !administrator) {
            throttle.failed(address);
            return html(401, pages.signIn(root(), t, t.get("signIn.failed")));
        }
        throttle.succeeded(address);
        ConsoleSession session = administrator
                ? sessions.startAdministrator(t.lang())
                : sessions.start(
                        key.get().tenantId(), key.get().keyId(), key.get().role(), t.lang());
        // the administrator has no tenant of its own: it starts at the list of tenants
        return Response.seeOther(base(administrator ? "console/tenants" : "console/dashboard"))
                .cookie(ConsoleCookies.session(session.id(), uri))
                .build();
    }

    @Operation(hidden = true)
    @GET
    @Path("dashboard")
    @Produces("text/html")
    public Response dashboard(@QueryParam("lang") String lang, @CookieParam(ConsoleCookies.SESSION) String id) {
        return signedIn(
                id,
                lang,
                s -> page(200, "dashboard.jte", s, Map.of("d", dashboards.of(s.tenantId(), Texts.of(s.language())))));
    }

    @Operation(hidden = true)
    @GET
    @Path("invoices")
    @Produces("text/html")
    public Response invoices(
            @QueryParam("status") String status,
            @QueryParam("unit") String unit,
            @QueryParam("type") String type,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("q") String q,
            @QueryParam("before") String before,
            @QueryParam("lang") String lang,
            @CookieParam(ConsoleCookies.SESSION) String id) {
        return signedIn(id, lang, s -> {
            Texts t = Texts.of(s.language());
            try {
                InvoiceList list = invoices.list(s.tenantId(), status, unit, type, from, to, q, before, t);
                return page(200, "invoices.jte", s, invoicesParams(list, null));
            } catch (ConsoleInputException e) {
                InvoiceList none = new InvoiceList(List.of(), null, new InvoiceList.Filters("", "", "", "", "", ""));
                return page(400, "invoices.jte", s, invoicesParams(none, e.getMessage()));
            }
        });
    }

    @Operation(hidden = true)
    @GET
    @Path("invoices/{invoice: [0-9]{1,18}}")
    @Produces("text/html")
    public Response invoice(
            @PathParam("invoice") Long invoice,
            @QueryParam("sent") String sent,
            @QueryParam("lang") String lang,
            @CookieParam(ConsoleCookies.SESSION) String id) {
        return signedIn(id, lang, s -> invoicePage(s, invoice, 200, sent == null ? null : "sendNow.done"));
    }

    /** "Send now" for a PENDING invoice (operators only): one attempt at once, then its page with the outcome. */
    @Operation(hidden = true)
    @POST
    @Path("invoices/{invoice: [0-9]{1,18}}/send")
    @Produces("text/html")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response sendNow(
            @PathParam("invoice") Long invoice,
            MultivaluedMap<String, String> form,
            @HeaderParam("Origin") String origin,
            @CookieParam(ConsoleCookies.SESSION) String id) {
        return change(id, form, origin, s -> {
            try {
                send.send(s.tenantId(), invoice);
                return redirect("console/invoices/" + invoice + "?sent=1");
            } catch (InvoiceNotPendingException e) {
                return invoicePage(s, invoice, 409, e.getMessage());
            } catch (ResourceNotFoundException e) {
                return invoicePage(s, invoice, 404, null);
            }
        });
    }

    /** The invoice's page with a notice (a text key of the console, or a message shown as it is), or 404. */
    private Response invoicePage(ConsoleSession s, Long invoice, int status, String notice) {
        Texts t = Texts.of(s.language());
        try {
            String shown = notice == null ? null : notice.startsWith("sendNow.") ? t.get(notice) : notice;
            Map<String, Object> p = new HashMap<>();
            p.put("d", invoices.detail(s.tenantId(), invoice, t));
            p.put("notice", shown);
            return page(status, "invoice.jte", s, p);
        } catch (ResourceNotFoundException e) {
            return notFound(s);
        }
    }

    @Operation(hidden = true)
    @GET
    @Path("invoices/{invoice: [0-9]{1,18}}/xml")
    public Response invoiceXml(@PathParam("invoice") Long invoice, @CookieParam(ConsoleCookies.SESSION) String id) {
        return signedIn(id, null, s -> {
            try {
                ConsoleInvoices.InvoiceFile file = invoices.xml(s.tenantId(), invoice);
                return Response.ok(file.bytes(), "application/xml")
                        .header("Content-Disposition", ContentDisposition.attachment(file.invoiceNumber() + ".xml"))
                        .build();
            } catch (ResourceNotFoundException e) {
                return Response.status(404).build();
            }
        });
    }

    @Operation(hidden = true)
    @GET
    @Path("invoices/{invoice: [0-9]{1,18}}/pdf")
    public Response invoicePdf(@PathParam("invoice") Long invoice, @CookieParam(ConsoleCookies.SESSION) String id) {
        return signedIn(id, null, s -> {
            try {
                InvoicePdfs.Pdf pdf = pdfs.stored(s.tenantId(), invoice, null);
                return Response.ok(pdf.bytes(), "application/pdf")
                        .header("Content-Disposition", ContentDisposition.attachment(pdf.fileName()))
                        .build();
            } catch (ResourceNotFoundException e) {
                return Response.status(404).build();
            }
        });
    }

    @Operation(hidden = true)
    @GET
    @Path("audit")
    @Produces("text/html")
    public Response audit(
            @QueryParam("subject") String subject,
            @QueryParam("type") String type,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("cursor") String cursor,
            @QueryParam("lang") String lang,
            @CookieParam(ConsoleCookies.SESSION) String id) {
        return signedIn(id, lang, s -> {
            AuditFilters filters = new AuditFilters(subject, type, from, to);
            try {
                AuditQuery query = AuditParameters.query(false, s.tenantId(), subject, type, from, to);
                return page(200, "audit.jte", s, auditParams(trail.page(query, AUDIT_PAGE, cursor), filters, null));
            } catch (AuditQueryException | AuditCursorException e) {
                return page(400, "audit.jte", s, auditParams(new AuditPage(List.of(), null), filters, e.getMessage()));
            }
        });
    }

    @Operation(hidden = true)
    @GET
    @Path("audit/export")
    public Response auditExport(
            @QueryParam("format") String format,
            @QueryParam("subject") String subject,
            @QueryParam("type") String type,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @CookieParam(ConsoleCookies.SESSION) String id) {
        return signedIn(id, null, s -> {
            boolean csv = !"jsonl".equals(format);
            try {
                AuditQuery query = AuditParameters.query(false, s.tenantId(), subject, type, from, to);
                StreamingOutput body = out -> trail.export(query, csv, out);
                return Response.ok(body, csv ? "text/csv; charset=UTF-8" : "application/x-ndjson")
                        .header(
                                "Content-Disposition",
                                ContentDisposition.attachment(
                                        "audit-tenant-" + s.tenantId() + (csv ? ".csv" : ".jsonl")))
                        .build();
            } catch (AuditQueryException e) {
                return Response.status(400)
                        .type(MediaType.TEXT_PLAIN)
                        .entity(e.getMessage())
                        .build();
            }
        });
    }

    @Operation(hidden = true)
    @POST
    @Path("sign-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOut(
            MultivaluedMap<String, String> form,
            @HeaderParam("Origin") String origin,
            @CookieParam(ConsoleCookies.SESSION) String id) {
        String csrf = form.getFirst("csrf");
        Optional<ConsoleSession> found = sessions.find(id);
        if (found.isEmpty()) {
            return redirect("console/sign-in");
        }
        if (!ConsoleSessions.csrfMatches(found.get(), csrf) || !ConsoleCookies.sameOrigin(origin, uri)) {
            return Response.status(403)
                    .type(HTML)
                    .entity("<!DOCTYPE html><p>Forbidden</p>")
                    .build();
        }
        sessions.end(found.get().id());
        return Response.seeOther(base("console/sign-in"))
                .cookie(ConsoleCookies.cleared(uri))
                .build();
    }

    private static Map<String, Object> invoicesParams(InvoiceList list, String error) {
        Map<String, Object> p = new HashMap<>();
        p.put("list", list);
        p.put("error", error);
        return p;
    }

    private static Map<String, Object> auditParams(AuditPage page, AuditFilters filters, String error) {
        Map<String, Object> p = new HashMap<>();
        p.put("page", page);
        p.put("f", filters);
        p.put("error", error);
        return p;
    }

    @Operation(hidden = true)
    @GET
    @Path("console.css")
    @Produces("text/css")
    public Response stylesheet() {
        InputStream css = ConsoleResource.class.getResourceAsStream("/console/console.css");
        return Response.ok(css).header("Cache-Control", "max-age=3600").build();
    }

    /** The console's one script: copy buttons (src/main/resources/console/console.js). */
    @Operation(hidden = true)
    @GET
    @Path("console.js")
    @Produces("text/javascript")
    public Response script() {
        InputStream js = ConsoleResource.class.getResourceAsStream("/console/console.js");
        return Response.ok(js).header("Cache-Control", "max-age=3600").build();
    }

    /** The Arabic font the PDFs embed, for the Arabic pages (the stylesheet's @font-face). */
    @Operation(hidden = true)
    @GET
    @Path("fonts/naskh-{weight: 400|700}.ttf")
    @Produces("font/ttf")
    public Response font(@jakarta.ws.rs.PathParam("weight") String weight) {
        InputStream ttf = PdfFonts.file("700".equals(weight));
        return ttf == null
                ? Response.status(404).build()
                : Response.ok(ttf).header("Cache-Control", "max-age=86400").build();
    }
}
