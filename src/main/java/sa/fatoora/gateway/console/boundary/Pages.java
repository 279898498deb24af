package sa.fatoora.gateway.console.boundary;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import sa.fatoora.gateway.console.control.Texts;

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

    /** A template of src/main/jte by its file name, with its parameters. */
    String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        engine.render(template, params, out);
        return out.toString();
    }
}
