package sa.fatoora.gateway.console.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sa.fatoora.gateway.console.control.Texts;
import sa.fatoora.gateway.console.entity.WebhookForm;
import sa.fatoora.gateway.tenant.entity.IssuedKey;
import sa.fatoora.gateway.tenant.entity.KeyRole;
import sa.fatoora.gateway.tenant.entity.KeyView;
import sa.fatoora.gateway.tenant.entity.TenantView;
import sa.fatoora.gateway.validation.entity.Message;
import sa.fatoora.gateway.validation.entity.RulePackInfo;
import sa.fatoora.gateway.validation.entity.RulePackSource;
import sa.fatoora.gateway.validation.entity.RulePackView;
import sa.fatoora.gateway.validation.entity.Stage;
import sa.fatoora.gateway.validation.entity.StageResult;
import sa.fatoora.gateway.validation.entity.ValidationReport;
import sa.fatoora.gateway.webhook.entity.DeliveryPage;
import sa.fatoora.gateway.webhook.entity.DeliveryStatus;
import sa.fatoora.gateway.webhook.entity.DeliveryView;
import sa.fatoora.gateway.webhook.entity.WebhookView;

/** The webhook and validation templates: a secret only where it is shown once, a stage not run never a pass. */
class ConsoleToolsPagesTest {

    static final String HOSTILE = PagesTest.HOSTILE;
    static final String SECRET = "whsec_c2VjcmV0LXNob3duLW9uY2U=";
    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-07T00:30:00+03:00");

    private final Pages pages = new Pages();

    @Test
    void aStageThatDidNotRunIsShownAsNotRunNeverPassed() {
        ValidationReport report = ValidationReport.of(
                null,
                new RulePackInfo("built-in", RulePackSource.BUILT_IN, "2.3.8", "ab".repeat(32)),
                false,
                List.of(
                        StageResult.of(Stage.XSD, List.of(), List.of()),
                        StageResult.of(Stage.EN, List.of(new Message("BR-01", HOSTILE)), List.of()),
                        StageResult.notRun(Stage.KSA, "rules not available")));
        String html = render("validate.jte", "en", Map.of("report", report, "xml", HOSTILE, "pih", ""));
        assertTrue(html.contains("KSA (ZATCA) rules: not run"), html);
        assertTrue(html.contains("rules not available"), html);
        assertTrue(html.contains("class=\"stage stage-not_run\""), html);
        assertFalse(html.contains("KSA (ZATCA) rules: passed"), html);
        assertTrue(html.contains("EN 16931 rules: failed") && html.contains("BR-01"), html);
        assertTrue(html.contains(">Not valid<"), html);
        assertFalse(html.contains("<script>"), "the finding and the pasted text are escaped: " + html);
        assertTrue(render("validate.jte", "ar", Map.of("report", report, "xml", "", "pih", ""))
                .contains("لم يُنفَّذ"));
    }

    @Test
    void theSecretIsOnTheCreatedPageOnlyAndEveryValueEscaped() {
        WebhookView w = new WebhookView(
                7L,
                "https://erp.example/" + HOSTILE,
                List.of("invoice.cleared"),
                HOSTILE,
                false,
                HOSTILE,
                null,
                null,
                NOW,
                NOW,
                SECRET);
        DeliveryView d = new DeliveryView(
                3L, "evt_1", "webhook.ping", DeliveryStatus.FAILED, 4, 500, 12L, HOSTILE, NOW, NOW, null, NOW);
        String created = render("webhookCreated.jte", "en", Map.of("w", w));
        assertEquals(1, ConsoleToolsIT.count(created, SECRET), created);

        String detail = render("webhook.jte", "en", Map.of("w", w, "deliveries", new DeliveryPage(List.of(d), null)));
        String list = render(
                "webhooks.jte",
                "en",
                Map.of("hooks", List.of(w), "form", WebhookForm.EMPTY, "types", WebhookForm.TYPES));
        for (String html : List.of(detail, list)) {
            assertFalse(html.contains("whsec_"), html);
            assertFalse(html.contains("<script>"), html);
            assertFalse(html.contains("<a href='javascript"), html);
            assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        }
        assertTrue(detail.contains("Disabled") && detail.contains("<td>4</td>"), detail);
        assertTrue(detail.contains("2026-12-07 00:30 (Riyadh)"), "Riyadh time: " + detail);
        assertFalse(detail.contains("/redelivery"), "a disabled endpoint offers no redelivery");
    }

    @Test
    void onlyTheAdministratorIsOfferedRulePackUploadAndActivation() {
        List<RulePackView> packs = List.of(
                new RulePackView(
                        "built-in", RulePackSource.BUILT_IN, "2.3.8", "ab".repeat(32), true, true, null, 12, null),
                new RulePackView(
                        "7",
                        RulePackSource.UPLOADED,
                        HOSTILE,
                        "cd".repeat(32),
                        false,
                        true,
                        null,
                        30,
                        NOW.toInstant()));
        for (String language : List.of("en", "ar")) {
            String admin = render("rulePacks.jte", language, "ADMINISTRATOR", Map.of("packs", packs, "done", "same"));
            assertTrue(admin.contains("enctype=\"multipart/form-data\""), admin);
            assertEquals(1, ConsoleToolsIT.count(admin, "action=\"/console/rule-packs/active\""), "the inactive one");
            assertTrue(admin.contains("name=\"id\" value=\"7\""), admin);
            assertFalse(admin.contains("<script>"), admin);
            String operator = render("rulePacks.jte", language, "OPERATOR", Map.of("packs", packs));
            assertFalse(operator.contains("method=\"post\" action=\"/console/rule-packs"), operator);
        }
    }

    @Test
    void theTenantPagesEscapeNamesAndLabels() {
        Instant now = NOW.toInstant();
        String list = render(
                "tenants.jte",
                "en",
                "ADMINISTRATOR",
                Map.of("tenants", List.of(new TenantView(3L, HOSTILE, now)), "name", HOSTILE, "keyLabel", ""));
        String one = render(
                "tenant.jte",
                "ar",
                "ADMINISTRATOR",
                Map.of(
                        "tenant",
                        new TenantView(3L, HOSTILE, now),
                        "keys",
                        List.of(new KeyView(9L, "fg_abc", HOSTILE, KeyRole.AUDITOR, now, null))));
        String issued = render(
                "keyIssued.jte",
                "en",
                "ADMINISTRATOR",
                Map.of(
                        "tenantId",
                        3L,
                        "tenantName",
                        HOSTILE,
                        "k",
                        new IssuedKey(9L, "fg_secret_key", "fg_sec", HOSTILE, KeyRole.OPERATOR, now)));
        for (String html : List.of(list, one, issued)) {
            assertFalse(html.contains("<script>"), html);
            assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        }
        assertTrue(one.contains("/console/tenants/3/keys/9/revocation"), one);
        assertEquals(1, ConsoleToolsIT.count(issued, "fg_secret_key"), "the key, once");
    }

    private String render(String template, String language, Map<String, Object> params) {
        return render(template, language, "OPERATOR", params);
    }

    private String render(String template, String language, String role, Map<String, Object> params) {
        Map<String, Object> p = new HashMap<>(params);
        p.putIfAbsent("error", null);
        p.put("root", "/console/");
        p.put("t", Texts.of(language));
        p.put("csrf", "token");
        p.put("role", role);
        return pages.render(template, p);
    }
}
