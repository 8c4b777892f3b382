package org.jcwg.advisory.browser;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Starts the system's headless Chromium through its chromedriver, both named by path, so Selenium
 * Manager never looks for (or downloads) a browser or driver. The paths default to Debian's
 * packages {@code chromium} and {@code chromium-driver}; the system properties
 * {@code browser.chromium} and {@code browser.chromedriver} override them. A test class annotated
 * {@code @ExtendWith(HeadlessChromium.Required.class)} is skipped when either is missing, with a
 * message (in the test report and on standard error) saying what to install.
 *
 * <p>The browser reaches nothing but 127.0.0.1: every other host name fails to resolve, so a page
 * that asks for an outside resource shows up as an error instead of a network request.
 * Not thread-safe: one driver per test class.
 */
final class HeadlessChromium {

    /** The window every test starts with; tests that need another size set it and put it back. */
    static final Dimension DESKTOP = new Dimension(1280, 900);

    /**
     * Selenium's DevTools bindings trail the browser by a few versions and say so on every start;
     * the tests use only WebDriver and chromedriver's log, so that warning is noise. Held here so
     * the logger (and its level) is not collected.
     */
    private static final Logger CDP_VERSIONS = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    private HeadlessChromium() {
    }

    /** Skips a test class, with the reason, when the browser or its driver is missing. */
    static final class Required implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (browserPath() != null && driverPath() != null) return ConditionEvaluationResult.enabled("Chromium found");
            // CI installs the browser (.ci/run): there a missing browser is a failure, not a skip.
            if ("true".equals(System.getenv("CI"))) {
                return ConditionEvaluationResult.enabled("CI=true: the browser tests must run and will fail without Chromium");
            }
            String why = MISSING + " (" + context.getDisplayName() + ")";
            System.err.println(why);
            return ConditionEvaluationResult.disabled(why);
        }
    }

    private static final String MISSING = "Browser tests skipped: headless Chromium and its driver are needed at "
            + System.getProperty("browser.chromium", "/usr/bin/chromium") + " and "
            + System.getProperty("browser.chromedriver", "/usr/bin/chromedriver")
            + " (Debian: apt-get install chromium chromium-driver; or set -Dbrowser.chromium and -Dbrowser.chromedriver)";

    private static Path browserPath() {
        return executable("browser.chromium", "/usr/bin/chromium");
    }

    private static Path driverPath() {
        return executable("browser.chromedriver", "/usr/bin/chromedriver");
    }

    /** A new headless browser with its console log recorded; aborts the test (skipped) without one. */
    static ChromeDriver start() {
        Path browser = browserPath();
        Path driver = driverPath();
        if ("true".equals(System.getenv("CI")) && (browser == null || driver == null)) {
            throw new AssertionError("CI=true but " + MISSING);
        }
        Assumptions.assumeTrue(browser != null && driver != null, MISSING);

        CDP_VERSIONS.setLevel(Level.SEVERE);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments(List.of(
                "--headless=new",
                "--no-sandbox", // CI runs as root, where Chromium's sandbox cannot start
                "--disable-dev-shm-usage",
                "--disable-gpu",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--lang=en-US",
                "--no-proxy-server",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                "--window-size=" + DESKTOP.getWidth() + "," + DESKTOP.getHeight()));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);

        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile())
                .usingAnyFreePort()
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return chrome;
    }

    private static Path executable(String property, String fallback) {
        Path p = Path.of(System.getProperty(property, fallback));
        return Files.isRegularFile(p) && Files.isExecutable(p) ? p : null;
    }

    /**
     * Sets the viewport (not the window) to {@code width} x {@code height} CSS pixels: headless
     * windows have no browser chrome, but the difference is measured rather than assumed.
     */
    static void viewport(ChromeDriver chrome, int width, int height) {
        chrome.manage().window().setSize(new Dimension(width, height));
        Number w = (Number) chrome.executeScript("return window.innerWidth");
        Number h = (Number) chrome.executeScript("return window.innerHeight");
        if (w.intValue() != width || h.intValue() != height) {
            chrome.manage().window().setSize(new Dimension(2 * width - w.intValue(), 2 * height - h.intValue()));
        }
    }

    /** The console entries since the last call (reading the log empties it). */
    static List<LogEntry> takeConsole(ChromeDriver chrome) {
        return chrome.manage().logs().get(LogType.BROWSER).getAll();
    }

    /** Stops the browser if one was started. */
    static void quit(ChromeDriver chrome) {
        if (chrome != null) chrome.quit();
    }
}
