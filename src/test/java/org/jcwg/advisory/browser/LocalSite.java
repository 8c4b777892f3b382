package org.jcwg.advisory.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jcwg.advisory.build.BuildOptions;
import org.jcwg.advisory.build.Outcome;
import org.jcwg.advisory.build.Pipeline;
import org.jcwg.advisory.load.ContentLoader;
import org.jcwg.advisory.markdown.MarkdownProcessor;
import org.jcwg.advisory.model.Edition;
import org.jcwg.advisory.model.Tlp;

/**
 * The sample publication (the project in the working directory), built with PDFs into a
 * temporary folder and served on 127.0.0.1, plus the pages the browser tests audit.
 * Thread-safe once built.
 */
final class LocalSite implements AutoCloseable {

    /** The site's languages, as in its paths. */
    static final List<String> LANGS = List.of("en", "ko");

    /** A page the tests audit: a short name for reports and screenshot files, and its path. */
    record Page(String name, String path) {
    }

    /**
     * The pages audited in each language; {lang} stands for the language code. Extend this list
     * as pages are added: a page the build does not make yet (404) is skipped with a note.
     */
    static final List<Page> PER_LANGUAGE = List.of(
            new Page("home", "/{lang}/"),
            new Page("advisories", "/{lang}/advisories/"),
            new Page("reports", "/{lang}/reports/"),
            new Page("advisory", "/{lang}/advisories/social-engineering-vasp/"),
            new Page("report", "/{lang}/reports/us-rok-strategy-2022/"),
            new Page("agencies", "/{lang}/agencies/"),
            new Page("tracker", "/{lang}/recommendations/"),
            new Page("recommendation", "/{lang}/recommendations/r1/"),
            new Page("search", "/{lang}/search/"),
            new Page("topics", "/{lang}/tags/"),
            new Page("topic", "/{lang}/tags/ransomware/"));

    /** The pages shared by both languages: the language chooser and the not-found page. */
    static final List<Page> SHARED = List.of(
            new Page("root", "/"),
            new Page("not-found", "/404.html"));

    /** Every audited page: the shared ones, then each language's ("en-home", "ko-home", ...). */
    static List<Page> auditedPages() {
        List<Page> pages = new ArrayList<>(SHARED);
        for (String lang : LANGS) {
            for (Page p : PER_LANGUAGE) pages.add(new Page(lang + "-" + p.name(), p.path().replace("{lang}", lang)));
        }
        return pages;
    }

    final Path out;
    final SiteServer server;

    private LocalSite(Path out, SiteServer server) {
        this.out = out;
        this.server = server;
    }

    /** Builds the sample publication into {@code tmp}/site and starts serving it. */
    static LocalSite build(Path tmp) throws IOException {
        Path root = Path.of("").toAbsolutePath();
        Path out = tmp.resolve("site");
        Outcome o = new Pipeline().build(new BuildOptions(root, out, new Edition(Tlp.CLEAR, false, LocalDate.of(2026, 11, 23)),
                true, true));
        assertFalse(o.failed(), () -> o.diagnostics().toString());
        String baseUrl = new ContentLoader(new MarkdownProcessor()).load(root).site().config().findBaseUrl().orElse(null);
        return new LocalSite(out, new SiteServer(out, baseUrl));
    }

    String url(String path) {
        return server.url(path);
    }

    @Override
    public void close() {
        server.close();
    }
}
