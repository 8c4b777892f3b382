package org.jcwg.advisory.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.jcwg.advisory.model.Edition;
import org.jcwg.advisory.model.Tlp;
import org.jcwg.advisory.preview.Preview;
import org.junit.jupiter.api.AfterAll;
import org.jcwg.advisory.testing.Project;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code serve} in a real browser: an open page reloads by itself after a save, shows the
 * content's errors over the page while it is broken, and recovers when it is fixed.
 */
@ExtendWith(HeadlessChromium.Required.class)
class LivePreviewTest {

    private static final String PAGE = "en/advisories/ransomware-healthcare/";
    private static final String FILE = "content-en/advisories/ransomware-healthcare.md";

    @TempDir
    static Path tmp;
    static Path project;
    static Preview preview;
    static ChromeDriver chrome;

    @BeforeAll
    static void start() throws IOException {
        chrome = HeadlessChromium.start();
        project = Project.copyOfSample(tmp.resolve("project"));
        preview = Preview.start(project, 0, new Edition(Tlp.CLEAR, true, LocalDate.of(2026, 11, 23)), false,
                new PrintWriter(new StringWriter()));
    }

    @AfterAll
    static void stop() throws IOException {
        HeadlessChromium.quit(chrome);
        if (preview != null) preview.close();
    }

    private static void replace(String from, String to) throws IOException {
        Path p = project.resolve(FILE);
        Files.writeString(p, Files.readString(p).replace(from, to));
    }

    @Test
    void thePageReloadsShowsErrorsAndRecovers() throws IOException {
        chrome.get(preview.url() + PAGE);
        // The page reloads itself after each save, so an element found may be gone before it is read.
        WebDriverWait wait = new WebDriverWait(chrome, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        // The page has connected when the server has told it the current state.
        wait.until(d -> "live".equals(d.findElement(By.tagName("html")).getAttribute("data-preview")));

        replace("tlp: CLEAR", "tlp: CLEAR\ntlp: AMBER");
        wait.until(d -> !d.findElements(By.id("preview_errors")).isEmpty());
        String overlay = chrome.findElement(By.id("preview_errors")).getText();
        assertTrue(overlay.contains(FILE + ":") && overlay.contains("tlp"), overlay);
        assertTrue("alert".equals(chrome.findElement(By.id("preview_errors")).getAttribute("role")));

        replace("tlp: CLEAR\ntlp: AMBER", "tlp: CLEAR");
        replace("title: North Korea-linked ransomware", "title: Updated North Korea-linked ransomware");
        wait.until(d -> d.findElement(By.tagName("h1")).getText().startsWith("Updated North"));
        assertTrue(chrome.findElements(By.id("preview_errors")).isEmpty(), "the overlay is gone after the fix");
    }
}
