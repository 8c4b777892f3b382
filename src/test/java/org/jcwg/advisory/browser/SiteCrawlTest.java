package org.jcwg.advisory.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;

/**
 * Walks the built site in the browser, breadth first from the language chooser and both home
 * pages, over every same-origin link a page has ({@code a}, {@code link} including hreflang
 * alternates and feeds, {@code script}, {@code img}): each must answer 200 with the right content
 * type, a PDF must be a PDF, and a link's #fragment must name an element of its page. Every page
 * visited, and the not-found page, must log no error to the browser console. All problems are
 * reported at once.
 */
@ExtendWith(HeadlessChromium.Required.class)
class SiteCrawlTest {

    private static final List<String> SEEDS = List.of("/", "/en/", "/ko/");

    /** The links of a page (resolved by the browser) and the ids it has. */
    private static final String PAGE_LINKS = """
            var links = [];
            document.querySelectorAll('a[href], area[href], link[href]').forEach(function (e) {
              links.push({href: e.href, raw: e.getAttribute('href'), type: e.getAttribute('type') || '', rel: e.getAttribute('rel') || ''});
            });
            document.querySelectorAll('script[src], img[src], source[src]').forEach(function (e) {
              links.push({href: e.src, raw: e.getAttribute('src'), type: e.getAttribute('type') || '', rel: ''});
            });
            var ids = [];
            document.querySelectorAll('[id]').forEach(function (e) { ids.push(e.id); });
            document.querySelectorAll('a[name]').forEach(function (e) { ids.push(e.getAttribute('name')); });
            return {links: links, ids: ids};
            """;

    @TempDir
    static Path tmp;
    static ChromeDriver chrome;
    static LocalSite site;
    static HttpClient http;

    /** Pages visited in the browser (URL without fragment, a folder's index.html as the folder), with their ids. */
    static final Map<String, Set<String>> pages = new LinkedHashMap<>();
    /** Console errors by page. */
    static final Map<String, List<String>> consoleErrors = new LinkedHashMap<>();
    static final List<String> linkProblems = new ArrayList<>();
    static int linksChecked;

    private record Fragment(String from, String page, String id) {
    }

    @BeforeAll
    static void crawl() throws Exception {
        chrome = HeadlessChromium.start();
        site = LocalSite.build(tmp);
        http = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();

        Map<String, String> checked = new LinkedHashMap<>(); // URL -> content type, or null when it failed
        List<Fragment> fragments = new ArrayList<>();
        Deque<String> queue = new ArrayDeque<>();
        for (String seed : SEEDS) {
            String url = site.url(seed);
            checked.put(url, check(url, "(start)", "", ""));
            queue.add(url);
        }
        while (!queue.isEmpty()) {
            String page = queue.removeFirst();
            if (pages.containsKey(page)) continue;
            Map<?, ?> found = visit(page);
            for (Object o : (List<?>) found.get("links")) {
                Map<?, ?> link = (Map<?, ?>) o;
                String href = (String) link.get("href");
                if (!href.startsWith(site.server.origin() + "/")) continue; // another site: not ours to check
                URI uri = URI.create(href);
                String target = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
                String pageKey = target.endsWith("/index.html") ? target.substring(0, target.length() - "index.html".length()) : target;
                if (!checked.containsKey(target)) {
                    checked.put(target, check(target, page, (String) link.get("type"), (String) link.get("raw")));
                }
                linksChecked++;
                String type = checked.get(target);
                if (uri.getFragment() != null && !uri.getFragment().isEmpty()) {
                    fragments.add(new Fragment(page + " -> " + link.get("raw"), pageKey, uri.getFragment()));
                }
                if (type != null && type.startsWith("text/html") && !pages.containsKey(pageKey)) queue.add(pageKey);
            }
        }
        for (Fragment f : fragments) {
            Set<String> ids = pages.get(f.page());
            if (ids != null && !ids.contains(f.id())) linkProblems.add(f.from() + ": no element with id \"" + f.id() + "\"");
        }
        // the not-found page, as itself and as a server shows it for a missing address
        visit(site.url("/404.html"));
        visit(site.url("/en/advisories/no-such-advisory/"));
    }

    /** Opens a page in the browser; records its ids and console errors; returns its links. */
    private static Map<?, ?> visit(String url) {
        HeadlessChromium.takeConsole(chrome);
        chrome.get(url);
        Map<?, ?> found = (Map<?, ?>) chrome.executeScript(PAGE_LINKS);
        Set<String> ids = new HashSet<>();
        for (Object id : (List<?>) found.get("ids")) ids.add((String) id);
        pages.put(url, ids);
        List<String> errors = new ArrayList<>();
        for (LogEntry e : HeadlessChromium.takeConsole(chrome)) {
            if (e.getLevel().intValue() < Level.SEVERE.intValue()) continue;
            // the server's 404 answer for the missing address itself is what was asked for
            if (url.endsWith("/no-such-advisory/") && e.getMessage().startsWith(url) && e.getMessage().contains("404")) continue;
            // the browser asks for /favicon.ico by itself; no page names an icon, and the site ships none
            if (e.getMessage().startsWith(site.url("/favicon.ico") + " ")) continue;
            errors.add(e.getMessage());
        }
        if (!errors.isEmpty()) consoleErrors.put(url, errors);
        return found;
    }

    /** Fetches a link's target; returns its content type, or null after recording a problem. */
    private static String check(String url, String from, String declaredType, String raw) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        String where = from + " -> " + raw + " (" + url + ")";
        if (r.statusCode() != 200) {
            linkProblems.add(where + ": HTTP " + r.statusCode());
            return null;
        }
        String type = r.headers().firstValue("Content-Type").orElse("");
        byte[] body = r.body();
        String start = new String(body, 0, Math.min(body.length, 64), StandardCharsets.ISO_8859_1);
        boolean pdf = url.endsWith(".pdf") || declaredType.equals("application/pdf");
        if (pdf && !(type.equals("application/pdf") && start.startsWith("%PDF-"))) {
            linkProblems.add(where + ": not a PDF (" + type + ", starts " + start.substring(0, Math.min(8, start.length())).strip() + ")");
        }
        if (!declaredType.isEmpty() && !pdf && !type.startsWith(declaredType)) {
            linkProblems.add(where + ": declared " + declaredType + " but served as " + type);
        }
        if (type.endsWith("json") && !(start.stripLeading().startsWith("{") || start.stripLeading().startsWith("["))) {
            linkProblems.add(where + ": not JSON");
        }
        if (type.equals("application/atom+xml") && !start.startsWith("<?xml")) {
            linkProblems.add(where + ": not an XML feed");
        }
        if (body.length == 0) linkProblems.add(where + ": empty");
        return type;
    }

    @AfterAll
    static void stop() {
        HeadlessChromium.quit(chrome);
        if (site != null) site.close();
    }

    @Test
    void everyInternalLinkResolves() {
        assertTrue(linksChecked > 100, "the crawl found the site's links: " + linksChecked);
        assertTrue(linkProblems.isEmpty(), () -> linkProblems.size() + " broken links:\n  " + String.join("\n  ", linkProblems));
    }

    @Test
    void crawlReachesEveryAuditedPage() {
        List<String> missed = new ArrayList<>();
        for (LocalSite.Page p : LocalSite.auditedPages()) {
            String url = site.url(p.path());
            boolean exists = site.out.resolve(p.path().substring(1)).toFile().exists();
            if (exists && !pages.containsKey(url)) missed.add(p.path());
        }
        assertTrue(missed.isEmpty(), () -> "pages no link leads to: " + missed);
    }

    @Test
    void noPageLogsAConsoleError() {
        assertTrue(pages.size() > 30, "pages visited: " + pages.size());
        StringBuilder report = new StringBuilder();
        consoleErrors.forEach((page, errors) -> report.append("\n  ").append(page).append("\n    ").append(String.join("\n    ", errors)));
        assertTrue(consoleErrors.isEmpty(), () -> "console errors on " + consoleErrors.size() + " of " + pages.size() + " pages:" + report);
    }
}
