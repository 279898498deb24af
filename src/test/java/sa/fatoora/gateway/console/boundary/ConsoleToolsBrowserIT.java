package sa.fatoora.gateway.console.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import sa.fatoora.gateway.testing.Api;
import sa.fatoora.gateway.testing.WebhookReceiver;

/**
 * The webhooks, events, validation and rule packs pages in a real headless Chromium (as ConsoleBrowserIT): register
 * an endpoint through the form and ping it, read the events, upload an SDK sample to validate, list the rule packs,
 * in English and in Arabic; the browser reports no Content-Security-Policy violation. Screenshots go to
 * target/console/tools-*.png (docs/console-*.png are copies).
 */
@Tag("browser")
class ConsoleToolsBrowserIT {

    static final Path SHOTS = Path.of("target/console");
    static WebDriver browser;
    static WebDriverWait wait;
    static WebhookReceiver receiver;
    static Api.Tenant tenant;

    @BeforeAll
    static void setUp() throws Exception {
        receiver = new WebhookReceiver();
        tenant = Api.newTenant();
        browser = ConsoleChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void tearDown() {
        if (browser != null) {
            browser.quit();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void everyToolPageInBothLanguages() throws Exception {
        browser.get(Api.BASE + "/console/sign-in?lang=en");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("apiKey")));
        browser.findElement(By.id("apiKey")).sendKeys(tenant.key());
        browser.findElement(By.cssSelector("form[action$='sign-in'] button")).click();
        until(ExpectedConditions.titleContains("Dashboard"));

        // webhooks: register one through the form; the secret is on the answer page only
        browser.findElement(By.linkText("Webhooks")).click();
        until(ExpectedConditions.presenceOfElementLocated(By.id("url")));
        browser.findElement(By.id("url")).sendKeys(receiver.url("/browser-" + UUID.randomUUID()));
        browser.findElement(By.id("description")).sendKeys("ERP <main> endpoint");
        browser.findElement(By.cssSelector("input[value='invoice.cleared']")).click();
        browser.findElement(By.cssSelector("input[value='invoice.rejected']")).click();
        browser.findElement(By.cssSelector("form[action$='webhooks'] button")).click();
        until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("pre.secret")));
        assertTrue(browser.findElement(By.cssSelector("pre.secret")).getText().startsWith("whsec_"));
        shot("webhook-created-en");
        browser.findElement(By.partialLinkText("Open the endpoint")).click();
        until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[action$='/ping'] button")));
        browser.findElement(By.cssSelector("form[action$='/ping'] button")).click();
        refreshUntil(By.cssSelector("tr.delivery-succeeded"));
        assertFalse(browser.getPageSource().contains("whsec_"), "the secret is not shown again");
        String webhookPage = browser.getCurrentUrl();
        shot("webhook-en");
        browser.findElement(By.linkText("Back to the webhooks")).click();
        until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table a[href*='/webhooks/']")));
        shot("webhooks-en");

        browser.findElement(By.linkText("Events")).click();
        until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("pre.json")));
        assertTrue(browser.findElement(By.cssSelector("pre.json")).getText().contains("\"webhookId\""));
        shot("events-en");

        browser.findElement(By.linkText("Validate")).click();
        until(ExpectedConditions.presenceOfElementLocated(By.id("file")));
        validateSample();
        assertEquals(6, browser.findElements(By.cssSelector(".stage-passed")).size(), browser.getPageSource());
        shot("validate-en");

        browser.findElement(By.linkText("Rule packs")).click();
        until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.row-active")));
        shot("rule-packs-en");

        // Arabic: the same pages, right to left
        browser.findElement(By.linkText("العربية")).click();
        until(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "rtl"));
        shot("rule-packs-ar");
        browser.findElement(By.linkText("الويب هوك")).click();
        until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table a[href*='/webhooks/']")));
        shot("webhooks-ar");
        browser.get(webhookPage);
        until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.delivery-succeeded")));
        shot("webhook-ar");
        browser.findElement(By.linkText("الأحداث")).click();
        until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("pre.json")));
        shot("events-ar");
        browser.findElement(By.linkText("التحقق")).click();
        until(ExpectedConditions.presenceOfElementLocated(By.id("file")));
        validateSample();
        assertEquals("rtl", browser.findElement(By.tagName("html")).getAttribute("dir"));
        shot("validate-ar");

        List<LogEntry> problems = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .toList();
        assertEquals(List.of(), problems, "the browser reported errors (a CSP violation, a missing file)");
    }

    /** Uploads the first SDK sample with the chain's first PIH and waits for the report. */
    private static void validateSample() throws Exception {
        browser.findElement(By.id("file"))
                .sendKeys(ConsoleToolsIT.firstSample().toRealPath().toString());
        browser.findElement(By.id("pih")).sendKeys(ConsoleToolsIT.INITIAL_PIH);
        browser.findElement(By.cssSelector("form[action$='validate'] button")).click();
        until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".stage")));
    }

    /** Deliveries happen in the background: the page is loaded again until the row is there. */
    private static void refreshUntil(By what) throws Exception {
        for (int i = 0; i < 60 && browser.findElements(what).isEmpty(); i++) {
            Thread.sleep(500);
            browser.navigate().refresh();
        }
        until(ExpectedConditions.presenceOfElementLocated(what));
    }

    private static void until(ExpectedCondition<?> condition) throws Exception {
        try {
            wait.until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            shot("failed");
            throw new AssertionError("at " + browser.getCurrentUrl() + ": " + browser.getPageSource(), e);
        }
    }

    private static void shot(String name) throws Exception {
        Files.write(
                SHOTS.resolve("tools-" + name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
