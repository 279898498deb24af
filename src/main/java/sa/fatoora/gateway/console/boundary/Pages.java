package sa.fatoora.gateway.console.boundary;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import sa.fatoora.gateway.audit.entity.AuditPage;
import sa.fatoora.gateway.console.control.Texts;
import sa.fatoora.gateway.console.entity.AuditFilters;
import sa.fatoora.gateway.console.entity.Dashboard;
import sa.fatoora.gateway.console.entity.InvoiceDetail;
import sa.fatoora.gateway.console.entity.InvoiceList;

/**
 * Renders the console's jte templates (src/main/jte), compiled to classes by the build (jte-maven-plugin) with HTML
 * output: every {@code ${...}} is escaped for the place it stands in (text, attribute), so a seller name holding
 * {@code <script>} is shown, never run.
 */
@ApplicationScoped
public class Pages {

    static final String PACKAGE = "sa.fatoora.gateway.console.boundary.templates";

    private final TemplateEngine engine =
            TemplateEngine.createPrecompiled(null, ContentType.Html, Pages.class.getClassLoader(), PACKAGE);

    String signIn(String root, Texts t, String error) {
        Map<String, Object> p = new HashMap<>();
        p.put("root", root);
        p.put("t", t);
        p.put("error", error);
        return render("signin.jte", p);
    }

    String dashboard(String root, Texts t, Dashboard d, String csrf, String role) {
        return render("dashboard.jte", Map.of("root", root, "t", t, "d", d, "csrf", csrf, "role", role));
    }

    String invoices(String root, Texts t, InvoiceList list, String error, String csrf, String role) {
        Map<String, Object> p = new HashMap<>();
        p.put("root", root);
        p.put("t", t);
        p.put("list", list);
        p.put("error", error);
        p.put("csrf", csrf);
        p.put("role", role);
        return render("invoices.jte", p);
    }

    String invoice(String root, Texts t, InvoiceDetail d, String csrf, String role, String notice) {
        Map<String, Object> p = new HashMap<>();
        p.put("root", root);
        p.put("t", t);
        p.put("d", d);
        p.put("csrf", csrf);
        p.put("role", role);
        p.put("notice", notice);
        return render("invoice.jte", p);
    }

    String notFound(String root, Texts t, String csrf, String role) {
        return render("notfound.jte", Map.of("root", root, "t", t, "csrf", csrf, "role", role));
    }

    String audit(String root, Texts t, AuditPage page, AuditFilters filters, String error, String csrf, String role) {
        Map<String, Object> p = new HashMap<>();
        p.put("root", root);
        p.put("t", t);
        p.put("page", page);
        p.put("f", filters);
        p.put("error", error);
        p.put("csrf", csrf);
        p.put("role", role);
        return render("audit.jte", p);
    }

    /** A template of src/main/jte by its file name, with its parameters. */
    String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        engine.render(template, params, out);
        return out.toString();
    }
}
