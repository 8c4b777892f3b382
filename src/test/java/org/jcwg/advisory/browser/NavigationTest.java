package org.jcwg.advisory.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The reader's way around the site in a real browser: the language switch opens the other
 * language at the section being read, and the keyboard reaches the content through the skip
 * link with a focus ring that can be seen.
 */
class NavigationTest extends SampleSiteInBrowser {

    private static final String ADVISORY = "/en/advisories/social-engineering-vasp/";
    private static final String SECTION = "mitigations";

    @Test
    void theRootPageSuggestsTheBrowsersLanguageAndStaysPut() {
        chrome.get(site.url("/"));
        new WebDriverWait(chrome, Duration.ofSeconds(5))
                .until(d -> !d.findElements(By.cssSelector("a.lang-enter.suggested")).isEmpty());
        List<WebElement> suggested = chrome.findElements(By.cssSelector("a.lang-enter.suggested"));
        assertEquals(1, suggested.size());
        assertEquals("en", suggested.get(0).getAttribute("data-lang-choice"), "the browser runs with --lang=en-US");
        assertEquals(2, chrome.findElements(By.cssSelector("a.lang-enter")).size(), "both languages stay on offer");
        assertTrue(chrome.getCurrentUrl().equals(site.url("/")), "no redirect: " + chrome.getCurrentUrl());
    }

    @Test
    void languageSwitchFromASectionLinkOpensTheSameSection() {
        chrome.get(site.url(ADVISORY + "#" + SECTION));
        assertSectionInView();

        switchLanguage();

        assertKoreanAtSection();
    }

    @Test
    void languageSwitchAfterFollowingTheTableOfContentsOpensTheSameSection() {
        chrome.get(site.url(ADVISORY));
        chrome.findElement(By.cssSelector("nav.toc a[href='#" + SECTION + "']")).click();
        assertSectionInView();

        switchLanguage();

        assertKoreanAtSection();
    }

    @Test
    void languageSwitchCarriesTheSectionScrolledToWithoutAFragment() {
        chrome.get(site.url(ADVISORY));
        chrome.executeScript("document.getElementById(arguments[0]).scrollIntoView()", SECTION);
        assertSectionInView();

        // activated where it is (as a screen reader or a sticky header would), without scrolling to it first
        chrome.executeScript("document.querySelector('a.lang-switch').click()");
        new WebDriverWait(chrome, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/ko/"));

        assertKoreanAtSection();
    }

    private static void switchLanguage() {
        chrome.findElement(By.cssSelector("a.lang-switch")).click();
        new WebDriverWait(chrome, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/ko/"));
    }

    private static void assertKoreanAtSection() {
        // the site links to folders' index.html (so it also reads from disk): either form is the page
        String url = chrome.getCurrentUrl().replace("/index.html#", "/#");
        assertEquals(site.url("/ko/advisories/social-engineering-vasp/#" + SECTION), url);
        assertEquals("ko", chrome.findElement(By.tagName("html")).getAttribute("lang"));
        assertSectionInView();
    }

    /** The section's heading is at the top of the window, and the page has scrolled to it. */
    private static void assertSectionInView() {
        new WebDriverWait(chrome, Duration.ofSeconds(5)).until(d -> {
            Number top = (Number) chrome.executeScript("return document.getElementById(arguments[0]).getBoundingClientRect().top", SECTION);
            Number y = (Number) chrome.executeScript("return window.scrollY");
            return y.doubleValue() > 0 && top.doubleValue() >= -1 && top.doubleValue() < 100;
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/en/", "/ko/", ADVISORY, "/ko/recommendations/"})
    void skipLinkIsTheFirstTabStopAndMovesFocusToMain(String path) {
        chrome.get(site.url(path));

        new Actions(chrome).sendKeys(Keys.TAB).perform();
        WebElement first = chrome.switchTo().activeElement();
        assertEquals("skip-link", first.getAttribute("class"), "first tab stop on " + path);
        Map<?, ?> box = (Map<?, ?>) chrome.executeScript(
                "var r = arguments[0].getBoundingClientRect(); return {top: r.top, bottom: r.bottom, left: r.left};", first);
        assertTrue(((Number) box.get("top")).doubleValue() >= 0 && ((Number) box.get("left")).doubleValue() >= 0,
                "the focused skip link shows inside the window on " + path + ": " + box);

        new Actions(chrome).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(chrome, Duration.ofSeconds(5)).until(d -> "main_content".equals(chrome.switchTo().activeElement().getAttribute("id")));
        assertEquals("main", chrome.switchTo().activeElement().getTagName());

        new Actions(chrome).sendKeys(Keys.TAB).perform();
        Boolean inMain = (Boolean) chrome.executeScript("return !!document.activeElement.closest('main')");
        assertTrue(inMain, "after the skip link the next tab stop is in the main content on " + path);
    }

    /**
     * Every link reached with the Tab key shows a focus ring: an outline of at least 2 px whose
     * colour contrasts 3:1 with the background around it (WCAG 2.1 SC 1.4.11 and 2.4.7).
     */
    @ParameterizedTest
    @ValueSource(strings = {"/", "/en/", ADVISORY, "/ko/agencies/", "/ko/recommendations/"})
    void focusedLinksShowAVisibleRing(String path) {
        chrome.get(site.url(path));
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            new Actions(chrome).sendKeys(Keys.TAB).perform();
            Map<?, ?> f = (Map<?, ?>) chrome.executeScript(FOCUS_RING);
            if (f == null) break;
            boolean visible = Boolean.TRUE.equals(f.get("focusVisible")) && !"none".equals(f.get("style"))
                    && ((Number) f.get("width")).doubleValue() >= 2 && ((Number) f.get("contrast")).doubleValue() >= 3;
            if (!visible) problems.add(f.toString());
        }
        assertTrue(problems.isEmpty(), () -> "focus rings that cannot be seen on " + path + ":\n  " + String.join("\n  ", problems));
    }

    /** The focused link's outline and its contrast with the nearest opaque background behind it. */
    private static final String FOCUS_RING = """
            var el = document.activeElement;
            if (!el || el.tagName !== 'A') return null;
            function rgb(s) { var m = s.match(/[\\d.]+/g) || [0, 0, 0, 0]; return m.map(Number); }
            function lum(c) {
              var v = c.slice(0, 3).map(function (x) { x /= 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
              return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
            }
            var bg = [255, 255, 255, 1];
            for (var n = el.parentElement; n; n = n.parentElement) {
              var c = rgb(getComputedStyle(n).backgroundColor);
              if (c.length < 4 || c[3] > 0.5) { bg = c; break; }
            }
            var cs = getComputedStyle(el);
            var a = lum(rgb(cs.outlineColor)), b = lum(bg);
            return {href: el.getAttribute('href'), focusVisible: el.matches(':focus-visible'), style: cs.outlineStyle,
                    width: parseFloat(cs.outlineWidth), color: cs.outlineColor, background: 'rgb(' + bg.slice(0, 3) + ')',
                    contrast: Math.round((Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) * 100) / 100};
            """;
}
