package org.jcwg.advisory.browser;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The set-up several browser test classes share: the sample publication built and served once
 * per class, one headless Chromium, a desktop-sized window before each test.
 */
@ExtendWith(HeadlessChromium.Required.class)
abstract class SampleSiteInBrowser {

    @TempDir
    static Path tmp;
    static ChromeDriver chrome;
    static LocalSite site;

    @BeforeAll
    static void start() throws IOException {
        chrome = HeadlessChromium.start();
        site = LocalSite.build(tmp);
    }

    @AfterAll
    static void stop() {
        HeadlessChromium.quit(chrome);
        if (site != null) site.close();
    }

    @BeforeEach
    void desktopWindow() {
        HeadlessChromium.viewport(chrome, HeadlessChromium.DESKTOP.getWidth(), HeadlessChromium.DESKTOP.getHeight());
    }
}
