package sa.fatoora.gateway.console.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.console.control.Texts;
import sa.fatoora.gateway.console.entity.Dashboard;

/** The compiled templates escape every value for where it stands: text, attributes, a value that closes a tag. */
class PagesTest {

    static final String HOSTILE = "\"><script>alert(1)</script><a href='javascript:x'>";

    private final Pages pages = new Pages();

    @Test
    void everyValueIsEscapedInTextAndAttributes() {
        Dashboard d = new Dashboard(
                "2026-12-07",
                "2026-12-07 00:30 (Riyadh)",
                Map.of("REJECTED", 1L),
                2,
                3,
                List.of(new Dashboard.AtRisk(1, HOSTILE, 2, "2026-12-07 23:00", "22 h 30 min", false)),
                List.of(),
                List.of(new Dashboard.Unit(5, "UNIT", HOSTILE, "399999999900003", "SANDBOX")),
                HOSTILE,
                new Dashboard.ZatcaContact(
                        "2026-12-07 00:29 (Riyadh)", "CLEARED", HOSTILE, 1, "2026-12-07 00:30 (Riyadh)", HOSTILE));
        String html = pages.dashboard("/console/", Texts.of("en"), d, HOSTILE, HOSTILE);
        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("<a href='javascript"), html);
        assertFalse(html.contains("value=\"\"><script"), "the CSRF attribute was closed: " + html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
    }

    @Test
    void theSignInPageEscapesItsErrorAndMirrorsInArabic() {
        String html = pages.signIn("/console/", Texts.of("ar"), HOSTILE);
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("dir=\"rtl\""), html);
        assertTrue(html.contains("lang=\"ar\""), html);
        assertTrue(html.contains("تسجيل الدخول"), html);
        assertFalse(
                pages.signIn("/console/", Texts.of("en"), null).contains("role=\"alert\""), "no error, no alert box");
    }

    @Test
    void bothLanguagesHaveEveryWord() throws Exception {
        var en = new java.util.Properties();
        var ar = new java.util.Properties();
        try (var a = PagesTest.class.getResourceAsStream("/console/messages_en.properties");
                var b = PagesTest.class.getResourceAsStream("/console/messages_ar.properties")) {
            en.load(new java.io.InputStreamReader(a, java.nio.charset.StandardCharsets.UTF_8));
            ar.load(new java.io.InputStreamReader(b, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertTrue(en.keySet().equals(ar.keySet()), () -> "keys differ: " + en.keySet() + " vs " + ar.keySet());
    }
}
