package sa.fatoora.gateway.console.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import sa.fatoora.gateway.testing.Api;
import sa.fatoora.gateway.testing.Fixtures;

/**
 * The console in a real headless Chromium (Debian's chromium and chromium-driver, which .ci/run installs): sign in
 * through the form, read the dashboard in English and Arabic, sign out. The hostile seller name is shown as text and
 * runs nothing; the browser reports no Content-Security-Policy violation. Screenshots go to target/console/ (look at
 * them: docs/console-dashboard-*.png are copies).
 */
class ConsoleBrowserIT {

    static final Path SHOTS = Path.of("target/console");
    static WebDriver browser;
    static Api.Tenant tenant;

    @BeforeAll
    static void setUp() throws Exception {
        File chromium = new File("/usr/bin/chromium");
        File driver = new File("/usr/bin/chromedriver");
        if (!chromium.canExecute() || !driver.canExecute()) {
            throw new IllegalStateException("the console's browser test needs Debian's chromium and chromium-driver:"
                    + " apt-get install chromium chromium-driver (.ci/run does)");
        }
        tenant = Api.newTenant();
        String unit = Fixtures.egsUnit("BROWSER-" + UUID.randomUUID().toString().substring(0, 8))
                .replace("\"functionality\": \"1100\"", "\"functionality\": \"1000\"")
                .replace("Maximum Speed Tech Supply LTD", "Max <script>alert('x')</script> شركة السرعة القصوى");
        assertEquals(201, Api.post("/api/v1/egs-units", tenant.key(), unit).status());

        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,1000",
                "--user-data-dir=" + Files.createTempDirectory("console-chromium"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver)
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SHOTS);
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
        browser.findElement(By.cssSelector("form[action='sign-in'] button")).click();
        until(wait, ExpectedConditions.titleContains("Dashboard"));
        assertTrue(browser.getCurrentUrl().endsWith("/console/dashboard"), browser.getCurrentUrl());
        String page = browser.findElement(By.tagName("main")).getText();
        assertTrue(page.contains("Max <script>alert('x')</script>"), "shown as text: " + page);
        assertEquals(0, browser.findElements(By.cssSelector("main script")).size(), "no script element was made");
        shot("dashboard-en");

        browser.findElement(By.linkText("العربية")).click();
        until(wait, ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "rtl"));
        assertTrue(browser.getTitle().contains("لوحة المتابعة"), browser.getTitle());
        shot("dashboard-ar");

        browser.findElement(By.cssSelector("form[action='sign-out'] button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("apiKey")));
        browser.get(Api.BASE + "/console/dashboard");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("apiKey")));

        List<LogEntry> problems = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .toList();
        assertEquals(List.of(), problems, "the browser reported errors (a CSP violation, a missing file)");
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
