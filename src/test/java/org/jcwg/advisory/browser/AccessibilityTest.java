package org.jcwg.advisory.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core audits the audited pages ({@link LocalSite#auditedPages()}) in both languages at a
 * phone's width (390 px) and a desktop's (1280 px) against WCAG 2.1 A and AA and axe's best
 * practices; each page must also fit its width without scrolling sideways. A full-height
 * screenshot of each page and width goes to target/screenshots/NAME-WIDTH.png for a person to
 * look at. A page the build does not make yet is skipped with a note.
 */
@ExtendWith(HeadlessChromium.Required.class)
class AccessibilityTest {

    static final List<Integer> WIDTHS = List.of(390, 1280);
    static final int WINDOW_HEIGHT = 900;
    /** Chromium draws at most 16,384 px in one go. */
    static final int MAX_SCREENSHOT_HEIGHT = 16_000;
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");
    static final Path SCREENSHOTS = Path.of(System.getProperty("buildDir", "target"), "screenshots");

    @TempDir
    static Path tmp;
    static ChromeDriver chrome;
    static LocalSite site;
    static HttpClient http;

    @BeforeAll
    static void start() throws IOException {
        chrome = HeadlessChromium.start();
        site = LocalSite.build(tmp);
        http = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        HeadlessChromium.quit(chrome);
        if (site != null) site.close();
    }

    @TestFactory
    Stream<DynamicTest> pagesHaveNoAccessibilityViolations() {
        List<DynamicTest> tests = new ArrayList<>();
        for (LocalSite.Page page : LocalSite.auditedPages()) {
            for (int width : WIDTHS) {
                tests.add(DynamicTest.dynamicTest(page.name() + " at " + width + " px", () -> audit(page, width)));
            }
        }
        return tests.stream();
    }

    private void audit(LocalSite.Page page, int width) throws Exception {
        String url = site.url(page.path());
        int status = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        Assumptions.assumeTrue(status != 404 || page.path().equals("/404.html"),
                () -> page.path() + " is not built yet (404): skipped until the page exists");

        HeadlessChromium.viewport(chrome, width, WINDOW_HEIGHT);
        chrome.get(url);
        // legacy mode runs axe in the page itself: the site has no frames, so the cross-frame run
        // (which finishes in a blank tab it opens) would only add time
        Results results = new AxeBuilder().withTags(TAGS).setLegacyMode(true).analyze(chrome);
        String overflow = (String) chrome.executeScript(OVERFLOW);
        screenshot(page.name() + "-" + width, width);

        assertTrue(!results.isErrored(), () -> "axe failed on " + page.path() + ": " + results.getErrorMessage());
        List<String> problems = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            StringBuilder b = new StringBuilder(rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp());
            for (CheckedNode n : rule.getNodes()) {
                b.append("\n      ").append(n.getTarget()).append("  ").append(n.getHtml().length() > 160 ? n.getHtml().substring(0, 160) + "..." : n.getHtml());
                b.append("\n        ").append(n.getFailureSummary().replace("\n", "\n        "));
            }
            problems.add(b.toString());
        }
        if (overflow != null) problems.add(overflow);
        assertTrue(problems.isEmpty(), () -> page.path() + " at " + width + " px:\n  " + String.join("\n  ", problems));
    }

    /** Null when the page fits the window's width, else how much wider it is and which elements stick out. */
    private static final String OVERFLOW = """
            var root = document.documentElement, width = root.clientWidth;
            if (root.scrollWidth <= width) return null;
            var out = [];
            document.querySelectorAll('body *').forEach(function (e) {
              var r = e.getBoundingClientRect();
              if (r.right <= width + 0.5 || out.length >= 5) return;
              for (var p = e.parentElement; p; p = p.parentElement) {
                var o = getComputedStyle(p).overflowX;
                if (o === 'auto' || o === 'scroll' || o === 'hidden') return;
                if (p.getBoundingClientRect().right > width + 0.5) return; // report the outermost only
              }
              out.push(e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).trim().replace(/\s+/g, '.') : '')
                       + ' (right edge at ' + Math.round(r.right) + ' px)');
            });
            return 'the page is ' + (root.scrollWidth - width) + ' px wider than the window, it scrolls sideways: ' + out.join(', ');
            """;

    /** The whole page at this width: the window grows to the document's height for the shot. */
    private static void screenshot(String name, int width) throws IOException {
        Number height = (Number) chrome.executeScript("return document.documentElement.scrollHeight");
        HeadlessChromium.viewport(chrome, width, Math.min(Math.max(height.intValue(), WINDOW_HEIGHT), MAX_SCREENSHOT_HEIGHT));
        Files.write(SCREENSHOTS.resolve(name + ".png"), chrome.getScreenshotAs(OutputType.BYTES));
        HeadlessChromium.viewport(chrome, width, WINDOW_HEIGHT);
    }
}
