package sa.fatoora.gateway.console.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import sa.fatoora.gateway.testing.Api;
import sa.fatoora.gateway.testing.Fixtures;
import sa.fatoora.gateway.testing.Simulator;

/**
 * The console in a real headless Chromium (Debian's chromium and chromium-driver, which .ci/run installs): sign in
 * through the form, read the dashboard in English and Arabic, sign out; register an EGS unit through the units page,
 * onboard it with an OTP from the built-in simulator and read it in both languages; an auditor key opens every
 * page and is offered no change; the administrator key lists the tenants and opens one read-only. The hostile seller name is shown as text and
 * runs nothing; the browser reports no Content-Security-Policy violation. Screenshots go to target/console/ (look at
 * them: docs/console-dashboard-*.png are copies).
 */
@Tag("browser")
class ConsoleBrowserIT {

    static final Path SHOTS = Path.of("target/console");
    static WebDriver browser;
    static Api.Tenant tenant;

    @BeforeAll
    static void setUp() throws Exception {
        tenant = Api.newTenant();
        String unit = Fixtures.egsUnit("BROWSER-" + UUID.randomUUID().toString().substring(0, 8))
                .replace("\"functionality\": \"1100\"", "\"functionality\": \"1000\"")
                .replace("Maximum Speed Tech Supply LTD", "Max <script>alert('x')</script> شركة السرعة القصوى");
        assertEquals(201, Api.post("/api/v1/egs-units", tenant.key(), unit).status());

        browser = ConsoleChromium.start();
        Files.createDirectories(SHOTS);
    }

    /** Each test starts signed out, whatever the one before it left behind (a failed one stops half-way). */
    @BeforeEach
    void signedOut() {
        browser.get(Api.BASE + "/console/sign-in");
        browser.manage().deleteAllCookies();
    }

    @AfterAll
    static void tearDown() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void signInReadTheDashboardInBothLanguagesAndSignOut() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(Api.BASE + "/console");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("apiKey")));
        shot("sign-in");
        browser.findElement(By.id("apiKey")).sendKeys(tenant.key());
        browser.findElement(By.cssSelector("form[action$='sign-in'] button")).click();
        until(wait, ExpectedConditions.titleContains("Dashboard"));
        assertTrue(browser.getCurrentUrl().endsWith("/console/dashboard"), browser.getCurrentUrl());
        String page = browser.findElement(By.tagName("main")).getText();
        assertTrue(page.contains("Max <script>alert('x')</script>"), "shown as text: " + page);
        assertEquals(0, browser.findElements(By.cssSelector("main script")).size(), "no script element was made");
        shot("dashboard-en");

        // an invoice: the list, then its page with the QR code and the XML
        long unit = Fixtures.onboardedEgsUnit(tenant.key(), "1100");
        Api.post("/api/v1/invoices", tenant.key(), Fixtures.exampleInvoice("standard-invoice", unit));
        browser.findElement(By.linkText("Invoices")).click();
        until(wait, ExpectedConditions.presenceOfElementLocated(By.cssSelector("table a[href*='/invoices/']")));
        shot("invoices-en");
        // the filters: rejected ones, none; cleared ones, this one
        new Select(browser.findElement(By.name("status"))).selectByValue("REJECTED");
        browser.findElement(By.cssSelector("form.filters button")).click();
        until(wait, ExpectedConditions.urlContains("status=REJECTED"));
        assertEquals(
                0,
                browser.findElements(By.cssSelector("table a[href*='/invoices/']"))
                        .size());
        new Select(browser.findElement(By.name("status"))).selectByValue("CLEARED");
        browser.findElement(By.cssSelector("form.filters button")).click();
        until(wait, ExpectedConditions.urlContains("status=CLEARED"));
        browser.findElement(By.cssSelector("table a[href*='/invoices/']")).click();
        until(wait, ExpectedConditions.presenceOfElementLocated(By.cssSelector("img.qr")));
        String invoice = browser.findElement(By.tagName("main")).getText();
        assertTrue(invoice.contains("Cleared") || invoice.contains("CLEARED"), invoice);
        assertTrue(
                invoice.contains("Amount due") && invoice.contains("SAR"),
                "the totals with their currency: " + invoice);
        assertTrue(browser.findElement(By.cssSelector("pre.xml")).getText().contains("<cbc:ProfileID>"));
        // the copy button: shown only because the console's script ran under the policy
        var copy = browser.findElement(By.cssSelector("button[data-copy='invoice-xml']"));
        assertTrue(copy.isDisplayed(), "the script un-hid the copy button");
        copy.click();
        until(wait, d -> !copy.getText().equals("Copy the XML"));
        assertTrue(List.of("Copied", "Selected: press Ctrl+C to copy").contains(copy.getText()), copy.getText());
        shot("invoice-en");
        // its PDF, with the browser's own session
        String pdfLink = browser.findElement(By.cssSelector("a[href$='/pdf']")).getAttribute("href");
        var pdf = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(pdfLink))
                                .header(
                                        "Cookie",
                                        "fg_console="
                                                + browser.manage()
                                                        .getCookieNamed("fg_console")
                                                        .getValue())
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-"));
        browser.findElement(By.linkText("Audit trail")).click();
        until(wait, ExpectedConditions.titleContains("Audit trail"));
        shot("audit-en");
        browser.findElement(By.linkText("Dashboard")).click();
        until(wait, ExpectedConditions.titleContains("Dashboard"));

        browser.findElement(By.linkText("العربية")).click();
        until(wait, ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "rtl"));
        assertTrue(browser.getTitle().contains("لوحة المتابعة"), browser.getTitle());
        shot("dashboard-ar");
        browser.findElement(By.linkText("الفواتير")).click();
        until(wait, ExpectedConditions.presenceOfElementLocated(By.cssSelector("table a[href*='/invoices/']")));
        browser.findElement(By.cssSelector("table a[href*='/invoices/']")).click();
        until(wait, ExpectedConditions.presenceOfElementLocated(By.cssSelector("img.qr")));
        shot("invoice-ar");

        browser.findElement(By.cssSelector("form[action$='sign-out'] button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("apiKey")));
        browser.get(Api.BASE + "/console/dashboard");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("apiKey")));

        assertNoBrowserProblems();
    }

    @Test
    void registerAUnitOnboardItWithAnOtpAndReadItInBothLanguages() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(Api.BASE + "/console/sign-in");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("apiKey")));
        browser.findElement(By.id("apiKey")).sendKeys(tenant.key());
        browser.findElement(By.cssSelector("form[action$='sign-in'] button")).click();
        until(wait, ExpectedConditions.titleContains("Dashboard"));

        browser.findElement(By.linkText("Units")).click();
        until(wait, ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[action$='/units'] button")));
        String name = "BROWSER-UNIT-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> fields = Fixtures.exampleUnitForm(name);
        fields.keySet().removeAll(List.of("environment", "functionality", "otherIdScheme", "countryCode")); // preset
        fields.put("legalName", "شركة السرعة القصوى Maximum Speed Tech Supply LTD");
        fields.forEach((field, value) -> browser.findElement(By.name(field)).sendKeys(value));
        browser.findElement(By.cssSelector("form[action$='/units'] button")).click();
        until(wait, ExpectedConditions.presenceOfElementLocated(By.id("otp")));
        assertTrue(browser.getCurrentUrl().matches(".*/console/units/\\d+$"), browser.getCurrentUrl());
        assertEquals(
                "Not onboarded", browser.findElement(By.cssSelector("dd.state")).getText());

        browser.findElement(By.id("otp")).sendKeys(Simulator.otp());
        browser.findElement(By.cssSelector("form[action$='/onboarding'] button"))
                .click();
        until(
                new WebDriverWait(browser, Duration.ofSeconds(90)),
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("dd.state-active")));
        String unit = browser.findElement(By.tagName("main")).getText();
        assertTrue(unit.contains("Onboarded: certificate active"), unit);
        assertTrue(unit.contains("Production CSID") && unit.contains("SIMPLIFIED_DEBIT_NOTE"), unit);
        assertTrue(unit.contains("Matches the certificate"), unit);
        assertEquals(0, browser.findElements(By.cssSelector("tr.step-failed")).size(), "every step passed");
        String unitUrl = browser.getCurrentUrl();
        tall(() -> shot("unit-en"));

        browser.findElement(By.linkText("Units")).click();
        until(wait, ExpectedConditions.presenceOfElementLocated(By.linkText(name)));
        assertTrue(
                browser.findElement(By.xpath("//tr[.//a[normalize-space(.)='" + name + "']]"))
                        .getText()
                        .contains("Onboarded: certificate active"),
                "the list says it is onboarded");
        tall(() -> shot("units-en"));

        browser.findElement(By.linkText("العربية")).click();
        until(wait, ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "rtl"));
        assertTrue(browser.getTitle().contains("وحدات الفوترة الإلكترونية"), browser.getTitle());
        tall(() -> shot("units-ar"));
        browser.findElement(By.linkText(name)).click();
        until(wait, ExpectedConditions.urlToBe(unitUrl));
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("مربوطة: الشهادة فعالة"));
        tall(() -> shot("unit-ar"));
        browser.findElement(By.linkText("English")).click();
        until(wait, ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "ltr"));

        browser.findElement(By.cssSelector("form[action$='sign-out'] button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("apiKey")));
        assertNoBrowserProblems();
    }

    @Test
    void anAuditorSeesEveryPageAndNoChangeAndTheAdministratorOpensATenant() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        long unit = Fixtures.onboardedEgsUnit(tenant.key(), "1100");
        Api.post("/api/v1/invoices", tenant.key(), Fixtures.exampleInvoice("standard-invoice", unit));
        Api.Reply issued = Api.post(
                "/api/v1/admin/tenants/" + tenant.id() + "/keys",
                Api.ADMIN_KEY,
                "{\"label\": \"auditor\", \"role\": \"AUDITOR\"}");
        assertEquals(201, issued.status(), issued::toString);
        signInWith(wait, issued.object().getString("key"), "Dashboard");
        assertEquals(
                "Auditor (read-only)",
                browser.findElement(By.cssSelector("header .role")).getText());

        // every page of the tenant opens, and none offers a change: the one form is the sign-out
        // (Validate's form stores nothing, so auditors may use it, as on the REST API)
        Map<String, String> pages = Map.of(
                "Invoices", "Invoices",
                "Units", "EGS units",
                "Webhooks", "Webhooks",
                "Events", "Events",
                "Rule packs", "Rule packs",
                "Audit trail", "Audit trail",
                "Dashboard", "Dashboard");
        for (var link : pages.entrySet()) {
            browser.findElement(By.linkText(link.getKey())).click();
            until(wait, ExpectedConditions.titleContains(link.getValue()));
            assertEquals(
                    List.of("sign-out"),
                    browser.findElements(By.cssSelector("form[method='post']")).stream()
                            .map(f -> f.getAttribute("action").replaceAll(".*/", ""))
                            .toList(),
                    "no change offered on " + link.getKey());
        }
        browser.findElement(By.linkText("Units")).click();
        until(wait, ExpectedConditions.presenceOfElementLocated(By.cssSelector("table a[href*='/units/']")));
        browser.findElement(By.cssSelector("table a[href*='/units/']")).click();
        until(wait, ExpectedConditions.presenceOfElementLocated(By.cssSelector("dd.state")));
        assertEquals(
                1, browser.findElements(By.cssSelector("form[method='post']")).size(), "no onboarding, no revocation");
        tall(() -> shot("unit-auditor-en"));
        browser.findElement(By.linkText("Invoices")).click();
        until(wait, ExpectedConditions.presenceOfElementLocated(By.cssSelector("table a[href*='/invoices/']")));
        browser.findElement(By.cssSelector("table a[href*='/invoices/']")).click();
        until(wait, ExpectedConditions.presenceOfElementLocated(By.cssSelector("img.qr")));
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("SAR"), "an auditor reads it all");
        browser.findElement(By.cssSelector("form[action$='sign-out'] button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("apiKey")));

        // the administrator: every tenant, one opened read-only
        signInWith(wait, Api.ADMIN_KEY, "Tenants");
        String name = Api.get("/api/v1/admin/tenants/" + tenant.id(), Api.ADMIN_KEY)
                .object()
                .getString("name");
        tall(() -> shot("tenants-en"));
        browser.findElement(By.linkText(name)).click();
        until(wait, ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[action$='/keys'] select")));
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("Auditor (read and export only)"));
        tall(() -> shot("tenant-en"));
        browser.findElement(By.cssSelector("form[action$='/view'] button")).click();
        until(wait, ExpectedConditions.titleContains("Dashboard"));
        assertTrue(
                browser.findElement(By.cssSelector("header .viewing")).getText().contains(name),
                "the header names the tenant shown");
        assertEquals(
                "ADMINISTRATOR",
                browser.findElement(By.cssSelector("header .role")).getAttribute("data-role"));
        browser.findElement(By.linkText("Units")).click();
        until(wait, ExpectedConditions.titleContains("EGS units"));
        assertEquals(
                0,
                browser.findElements(By.cssSelector("form[action$='/units']")).size(),
                "read-only");
        browser.findElement(By.linkText("Rule packs")).click();
        until(wait, ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[type='file'][name='file']")));
        tall(() -> shot("rule-packs-admin-en"));
        browser.findElement(By.linkText("Tenants")).click();
        until(wait, ExpectedConditions.titleContains("Tenants"));
        browser.findElement(By.linkText("العربية")).click();
        until(wait, ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "rtl"));
        tall(() -> shot("tenants-ar"));
        browser.findElement(By.linkText("English")).click();
        until(wait, ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "ltr"));
        browser.findElement(By.cssSelector("form[action$='sign-out'] button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("apiKey")));
        assertNoBrowserProblems();
    }

    private static void assertNoBrowserProblems() {
        List<LogEntry> problems = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .toList();
        assertEquals(List.of(), problems, "the browser reported errors (a CSP violation, a missing file)");
    }

    private static void signInWith(WebDriverWait wait, String key, String title) throws Exception {
        browser.get(Api.BASE + "/console/sign-in?lang=en");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("apiKey")));
        browser.findElement(By.id("apiKey")).sendKeys(key);
        browser.findElement(By.cssSelector("form[action$='sign-in'] button")).click();
        until(wait, ExpectedConditions.titleContains(title));
    }

    /** A long page in full: the window made taller for the shot, then as before. */
    private static void tall(ThrowingRunnable shot) throws Exception {
        Dimension before = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(1280, 2000));
        try {
            shot.run();
        } finally {
            browser.manage().window().setSize(before);
        }
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    /** Waits; on a timeout the page the browser shows is in the failure (and in target/console/failed.png). */
    private static void until(WebDriverWait wait, org.openqa.selenium.support.ui.ExpectedCondition<?> condition)
            throws Exception {
        try {
            wait.until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            shot("failed");
            throw new AssertionError("at " + browser.getCurrentUrl() + ": " + browser.getPageSource(), e);
        }
    }

    private static void shot(String name) throws Exception {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
