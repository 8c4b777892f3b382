package org.jcwg.advisory.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jcwg.advisory.bench.Corpus;
import org.jcwg.advisory.build.BuildOptions;
import org.jcwg.advisory.build.Outcome;
import org.jcwg.advisory.build.Pipeline;
import org.jcwg.advisory.model.Edition;
import org.jcwg.advisory.model.Tlp;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Search over a generated publication (default 1,000 document pairs), measured in headless
 * Chromium: the index size per language, and the time from submitting a query to its results on
 * the page and to all their excerpts, first query (index files still to load) and again (loaded). Not a test: run with
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.jcwg.advisory.browser.SearchBenchmark [-Dexec.args=1000]}.
 */
public final class SearchBenchmark {

    private static final String MEASURE = """
            var q = arguments[0], done = arguments[arguments.length - 1];
            var form = document.getElementById('search_form');
            var status = document.getElementById('search_status');
            var t0 = performance.now();
            document.getElementById('search_q').value = q;
            form.requestSubmit();
            (function check() {
              var s = status.textContent;
              var shown = document.querySelectorAll('#search_results > li').length;
              if (s && s !== form.getAttribute('data-loading') && (shown > 0 || s === form.getAttribute('data-none'))) {
                var results = performance.now() - t0;
                (function excerpts() {
                  if (document.querySelectorAll('#search_results > li > .excerpt').length === shown) {
                    done([results, shown, s, performance.now() - t0]);
                  } else {
                    setTimeout(excerpts, 1);
                  }
                })();
              } else {
                setTimeout(check, 1);
              }
            })();
            """;

    private SearchBenchmark() {
    }

    private static double ms(List<?> measured, int index) {
        return ((Number) measured.get(index)).doubleValue();
    }

    public static void main(String[] args) throws Exception {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path tmp = Files.createTempDirectory("search-bench");
        Path root = tmp.resolve("project");
        new Corpus(7L).write(root, pairs, 0);
        Files.writeString(root.resolve("content-en/site.yml"), "title: Search benchmark\n");
        Files.writeString(root.resolve("content-ko/site.yml"), "title: 검색 벤치마크\n");
        Path out = tmp.resolve("site");
        long start = System.nanoTime();
        Outcome o = new Pipeline().build(new BuildOptions(root, out, new Edition(Tlp.CLEAR, false, LocalDate.of(2026, 11, 23)),
                false, false));
        if (o.failed()) throw new IllegalStateException(o.diagnostics().toString());
        System.out.printf("corpus: %d pairs; build without PDFs %.1f s; search index en %.0f KB, ko %.0f KB%n", pairs,
                (System.nanoTime() - start) / 1e9, o.summary().searchIndexBytes().get("en") / 1024.0,
                o.summary().searchIndexBytes().get("ko") / 1024.0);

        ChromeDriver chrome = HeadlessChromium.start();
        try (SiteServer server = new SiteServer(out, null)) {
            for (var query : List.of(List.of("ko", "믹서"), List.of("ko", "서명 키"), List.of("en", "mixer"),
                    List.of("en", "signing keys"))) {
                chrome.get(server.url("/" + query.get(0) + "/search/"));
                List<?> first = (List<?>) chrome.executeAsyncScript(MEASURE, query.get(1));
                List<?> again = (List<?>) chrome.executeAsyncScript(MEASURE, query.get(1));
                System.out.printf("%s %-14s results first %6.1f ms, again %5.1f ms; with all excerpts first %6.1f ms,"
                        + " again %5.1f ms (%s shown; \"%s\")%n", query.get(0), "'" + query.get(1) + "'",
                        ms(first, 0), ms(again, 0), ms(first, 3), ms(again, 3), first.get(1), first.get(2));
            }
        } finally {
            HeadlessChromium.quit(chrome);
        }
    }
}
