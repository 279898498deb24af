package sa.fatoora.gateway.console.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.console.control.Texts;
import sa.fatoora.gateway.console.entity.Dashboard;
import sa.fatoora.gateway.console.entity.PageError;
import sa.fatoora.gateway.console.entity.UnitDetail;
import sa.fatoora.gateway.console.entity.UnitForm;
import sa.fatoora.gateway.console.entity.UnitRow;
import sa.fatoora.gateway.egs.entity.AddressData;
import sa.fatoora.gateway.egs.entity.EgsUnitView;
import sa.fatoora.gateway.egs.entity.PartyId;
import sa.fatoora.gateway.egs.entity.SellerData;
import sa.fatoora.gateway.egs.entity.SolutionData;
import sa.fatoora.gateway.platform.entity.FieldError;
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;

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
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("root", "/console/");
        p.put("t", Texts.of("en"));
        p.put("d", d);
        p.put("csrf", HOSTILE);
        p.put("role", HOSTILE);
        p.put("viewing", HOSTILE); // an administrator's view of a tenant named to break out
        String html = pages.render("dashboard.jte", p);
        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("<a href='javascript"), html);
        assertFalse(html.contains("value=\"\"><script"), "the CSRF attribute was closed: " + html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
    }

    @Test
    void theUnitPagesEscapeEverythingAndShowFormsToOperatorsOnly() {
        EgsUnitView unit = new EgsUnitView(
                7L,
                HOSTILE,
                ZatcaEnvironment.SANDBOX,
                "1100",
                new SellerData(
                        "399999999900003",
                        HOSTILE,
                        new PartyId("CRN", "1"),
                        new AddressData(HOSTILE, null, "2322", null, "D", "Riyadh", "23333", "SA")),
                HOSTILE,
                HOSTILE,
                HOSTILE,
                new SolutionData("TST", "TST", HOSTILE),
                java.time.Instant.EPOCH);
        UnitDetail d = new UnitDetail(
                unit,
                "2026-12-07 00:30 (Riyadh)",
                "FAILED",
                new UnitDetail.Run(
                        "ONBOARDING",
                        "FAILED",
                        "2026-12-07 00:30 (Riyadh)",
                        "",
                        List.of(new UnitDetail.Step(
                                "COMPLIANCE_CSID", "", "FAILED", 1, "a", "b", "403", "Invalid-OTP", HOSTILE))),
                List.of(new UnitDetail.Certificate(
                        3, "COMPLIANCE", "PENDING", HOSTILE, "123", HOSTILE, HOSTILE, "a", "b", "MATCHES", true)),
                true,
                false);
        PageError error = new PageError(400, "VALIDATION_FAILED", HOSTILE, List.of(new FieldError("/name", HOSTILE)));
        for (String role : List.of("OPERATOR", "AUDITOR")) {
            Map<String, Object> p = new java.util.HashMap<>(
                    Map.of("root", "/console/", "t", Texts.of("ar"), "csrf", "token", "role", role, "d", d));
            p.put("error", error);
            String one = pages.render("unit.jte", p);
            p.remove("d");
            p.put("units", List.of(new UnitRow(7, HOSTILE, "SANDBOX", "1100", "ACTIVE", "a", 3L)));
            p.put("form", UnitForm.of(name -> HOSTILE));
            String list = pages.render("units.jte", p);
            for (String html : List.of(one, list)) {
                assertFalse(html.contains("<script>"), html);
                assertFalse(html.contains("<a href='javascript"), html);
                assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
                assertTrue(html.contains("dir=\"rtl\""), html);
                assertFalse(
                        java.util.regex.Pattern.compile("\\?[\\w.]+\\?")
                                .matcher(html)
                                .find(),
                        "a text is missing (?key?): " + html);
                assertEquals(role.equals("OPERATOR"), html.contains("method=\"post\" action=\"/console/units"), role);
            }
            assertFalse(list.contains("value=\"\"><script"), "a form value closed its attribute: " + list);
        }
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
