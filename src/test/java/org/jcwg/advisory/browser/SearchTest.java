package org.jcwg.advisory.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The static search as a reader uses it: typing a Korean word finds it with any particle after
 * it, an English word finds its other forms, the keyboard alone reaches a result, and the
 * result link opens the page at the section.
 */
class SearchTest extends SampleSiteInBrowser {

    /** Types the query as a reader would and waits for the result count. */
    private List<WebElement> search(String lang, String query) {
        chrome.get(site.url("/" + lang + "/search/"));
        WebElement input = chrome.findElement(By.id("search_q"));
        input.sendKeys(query, Keys.ENTER);
        // Results come at once, each excerpt when its document's text has loaded.
        new WebDriverWait(chrome, Duration.ofSeconds(10)).until(d -> {
            String status = d.findElement(By.id("search_status")).getText();
            return !status.isEmpty() && !status.equals(d.findElement(By.id("search_form")).getAttribute("data-loading"))
                    && d.findElements(By.cssSelector("#search_results > li")).size()
                    == d.findElements(By.cssSelector("#search_results > li > .excerpt")).size();
        });
        return chrome.findElements(By.cssSelector("#search_results > li"));
    }

    private static List<String> hrefs(List<WebElement> results) {
        return results.stream().map(r -> r.findElement(By.tagName("a")).getAttribute("href")).toList();
    }

    @Test
    void aKoreanWordIsFoundWhateverParticleFollowsIt() {
        List<WebElement> results = search("ko", "믹서");
        List<String> links = hrefs(results);
        assertTrue(links.stream().anyMatch(h -> h.endsWith("/ko/advisories/laundering-red-flags/index.html#mixers")), links.toString());
        assertTrue(links.stream().anyMatch(h -> h.endsWith("/ko/advisories/ransomware-healthcare/index.html#extortion-and-payment")),
                "믹서와 in the ransomware advisory: " + links);
        String marked = chrome.findElements(By.cssSelector("#search_results mark")).stream().map(WebElement::getText)
                .distinct().toList().toString();
        assertEquals("[믹서]", marked, "the matched word is marked, not its particle");
        String text = results.get(1).getText();
        assertTrue(text.contains("암호화폐 믹서") || text.contains("믹서는"), text);
        assertTrue(chrome.getCurrentUrl().endsWith("?q=%EB%AF%B9%EC%84%9C"), "a result page can be shared: " + chrome.getCurrentUrl());
    }

    @Test
    void anEnglishWordFindsItsOtherFormsAndTheResultOpensAtTheSection() {
        List<WebElement> results = search("en", "Mixers");
        List<String> links = hrefs(results);
        int mixers = -1;
        for (int i = 0; i < links.size(); i++) if (links.get(i).endsWith("/en/advisories/laundering-red-flags/index.html#mixers")) mixers = i;
        assertTrue(mixers >= 0, links.toString());
        assertTrue(results.get(mixers).findElement(By.cssSelector("mark")).getText().toLowerCase().startsWith("mixer"));

        results.get(mixers).findElement(By.tagName("a")).click();
        new WebDriverWait(chrome, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("laundering-red-flags"));
        assertTrue(chrome.getCurrentUrl().endsWith("#mixers"), chrome.getCurrentUrl());
        Number top = (Number) chrome.executeScript("return document.getElementById('mixers').getBoundingClientRect().top;");
        assertTrue(top.doubleValue() >= -1 && top.doubleValue() < 200, "the section is at the top of the window: " + top);
    }

    @Test
    void theKeyboardAloneReachesAResult() {
        search("en", "wallet");
        WebElement input = chrome.findElement(By.id("search_q"));
        input.sendKeys(Keys.TAB); // the button
        chrome.switchTo().activeElement().sendKeys(Keys.TAB); // the first result
        WebElement focused = chrome.switchTo().activeElement();
        assertEquals("a", focused.getTagName());
        assertTrue(focused.getAttribute("href").contains("#"), "a result is a link to a section: " + focused.getAttribute("href"));
        focused.sendKeys(Keys.ENTER);
        new WebDriverWait(chrome, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/search/"));
    }

    @Test
    void indicatorsAreSearchableAndAnEmptyResultSaysSo() {
        List<String> links = hrefs(search("en", "bc1qjzecumdu3dyxwv7tuk6dm4gm7yqy8pza70xjmz"));
        assertTrue(links.stream().anyMatch(h -> h.contains("/en/advisories/ransomware-healthcare/")), links.toString());
        assertEquals(List.of(), search("ko", "존재하지않는검색어"));
        assertEquals(chrome.findElement(By.id("search_form")).getAttribute("data-none"),
                chrome.findElement(By.id("search_status")).getText());
    }

    @Test
    void aSharedQueryRunsOnOpeningAndThePageWithResultsHasNoAccessibilityViolations() {
        for (String lang : List.of("en", "ko")) {
            chrome.get(site.url("/" + lang + "/search/?q=" + (lang.equals("ko") ? "%EC%9E%90%EA%B8%88%EC%84%B8%ED%83%81" : "laundering")));
            new WebDriverWait(chrome, Duration.ofSeconds(10))
                    .until(d -> !d.findElements(By.cssSelector("#search_results > li")).isEmpty());
            Results results = new AxeBuilder().withTags(AccessibilityTest.TAGS).setLegacyMode(true).analyze(chrome);
            assertTrue(!results.isErrored(), results.getErrorMessage());
            assertEquals(List.of(), results.getViolations().stream().map(Rule::getId).toList(), lang);
        }
    }
}
