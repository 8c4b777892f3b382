package org.jcwg.advisory.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jcwg.advisory.model.Edition;
import org.jcwg.advisory.model.Tlp;
import org.jcwg.advisory.testing.NuChecker;
import org.jcwg.advisory.testing.NuChecker.Message;
import org.jcwg.advisory.testing.Project;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every HTML page of the sample publication, in both languages, passes the Nu HTML Checker (the
 * W3C's validator) with no errors: the public edition, the AMBER edition (edition and document TLP
 * banners), a drafts edition, and the editors' translation status page. The status chart is
 * inline SVG and is checked as part of its page. Warnings are allowed.
 */
class NuValidatorTest {

    @TempDir
    static Path tmp;
    static NuChecker checker;
    static Path publicSite;
    static Path amberSite;

    @BeforeAll
    static void build() throws IOException {
        checker = new NuChecker();
        publicSite = build("clear", new Edition(Tlp.CLEAR, false, LocalDate.of(2026, 11, 23)));
        amberSite = build("amber", new Edition(Tlp.AMBER, true, LocalDate.of(2026, 11, 23)));
    }

    /** Without PDFs: they would take most of this test's time (about 20 s instead of 4). */
    private static Path build(String name, Edition edition) throws IOException {
        Path root = Path.of("").toAbsolutePath();
        Path out = tmp.resolve(name);
        Outcome o = new Pipeline().build(new BuildOptions(root, out, edition, false, true));
        assertFalse(o.failed(), () -> o.diagnostics().toString());
        return out;
    }

    private static List<Path> pages(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
        }
    }

    /** The errors on every page of a site, as "path:line:column: type: message". */
    private static List<String> errors(Path site, List<Path> pages) throws IOException {
        List<String> errors = new ArrayList<>();
        for (Path page : pages) {
            String name = site.relativize(page).toString().replace('\\', '/');
            for (Message m : checker.check(name, page)) {
                if (m.isError()) errors.add(m.toString());
            }
        }
        return errors;
    }

    private static void assertValid(Path site) throws IOException {
        List<Path> pages = pages(site);
        assertTrue(pages.size() >= 30, "only " + pages.size() + " pages");
        assertTrue(pages.stream().anyMatch(p -> p.startsWith(site.resolve("en"))), "English pages");
        assertTrue(pages.stream().anyMatch(p -> p.startsWith(site.resolve("ko"))), "Korean pages");
        List<String> errors = errors(site, pages);
        assertEquals(List.of(), errors, () -> errors.size() + " errors on " + pages.size() + " pages:\n"
                + String.join("\n", errors));
    }

    @Test
    void everyPageOfThePublicEditionIsValid() throws IOException {
        assertValid(publicSite);
    }

    @Test
    void everyPageOfTheAmberEditionIsValid() throws IOException {
        assertValid(amberSite);
    }

    @Test
    void theEditorsStatusPageIsValid() throws IOException {
        assertEquals(List.of(), errors(statusPage(Path.of("").toAbsolutePath())));
    }

    /** The sample has no drafts: a small project with an AMBER advisory and a draft. */
    @Test
    void aDraftsEditionAndItsStatusPageAreValid() throws IOException {
        String amberEn = Project.EN_ADVISORY.replace("TEST-2023-001", "TEST-2023-900").replace("tlp: CLEAR", "tlp: AMBER");
        String amberKo = Project.KO_ADVISORY.replace("TEST-2023-001", "TEST-2023-900");
        String draftEn = Project.EN_ADVISORY.replace("TEST-2023-001", "TEST-2023-901")
                .replace("tlp: CLEAR", "tlp: CLEAR\ndraft: true");
        Path root = Project.minimal(tmp.resolve("drafts"))
                .with("content-en/advisories/wallet-leak.md", amberEn)
                .with("content-ko/advisories/wallet-leak.md", amberKo)
                .with("content-en/advisories/unfinished.md", draftEn)
                .with("content-ko/advisories/unfinished.md", Project.KO_ADVISORY.replace("TEST-2023-001", "TEST-2023-901"))
                .write();
        Path out = tmp.resolve("drafts-site");
        Outcome o = new Pipeline().build(new BuildOptions(root, out, new Edition(Tlp.AMBER, true, LocalDate.of(2026, 11, 23)),
                false, false));
        assertFalse(o.failed(), () -> o.diagnostics().toString());
        List<Path> pages = pages(out);
        assertTrue(pages.contains(out.resolve("en/advisories/unfinished/index.html")), pages::toString);
        Path status = statusPage(root);
        assertTrue(Files.readString(status).contains("(draft)"), "the draft on the status page");

        List<String> errors = new ArrayList<>(errors(out, pages));
        errors.addAll(errors(status));
        assertEquals(List.of(), errors, () -> String.join("\n", errors));
    }

    /** The editors' translation status page of a project ({@code check --report}). */
    private static Path statusPage(Path root) throws IOException {
        Path report = Files.createTempDirectory(tmp, "status").resolve("status.html");
        new Pipeline().check(root, false, report);
        assertTrue(Files.isRegularFile(report), "no status page for " + root);
        return report;
    }

    private static List<String> errors(Path page) throws IOException {
        return checker.check(page.getFileName().toString(), page).stream().filter(Message::isError)
                .map(Message::toString).toList();
    }

    @Test
    void theStatusChartIsCheckedAsInlineSvg() throws IOException {
        for (String lang : List.of("en", "ko")) {
            String page = Files.readString(publicSite.resolve(lang + "/recommendations/index.html"));
            assertTrue(page.contains("<svg"), lang + " chart");
            assertEquals(List.of(), checker.check(lang, page).stream().filter(Message::isError).toList());
            // the checker reads inside the chart: an attribute SVG does not have is an error there
            String broken = page.replaceFirst("<svg", "<svg><rect width=\"1\" height=\"1\" colour=\"red\"/></svg><svg");
            List<Message> found = checker.check(lang + "-broken", broken).stream().filter(Message::isError).toList();
            assertEquals(1, found.size(), found::toString);
            assertTrue(found.get(0).text().contains("colour"), found::toString);
        }
    }

    @Test
    void theCheckerReportsErrors() throws IOException {
        String page = """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>t</title></head>
                <body><p id="a">one</p><p id="a">two</p><span><div>block in phrase</div></span></body></html>
                """;
        List<Message> errors = checker.check("bad.html", page).stream().filter(Message::isError).toList();
        assertTrue(errors.stream().anyMatch(m -> m.text().contains("Duplicate ID “a”") && m.line() == 3 && m.column() == 33), errors::toString);
        assertTrue(errors.stream().anyMatch(m -> m.text().contains("“div” not allowed as child of element “span”")),
                errors::toString);
        assertEquals(List.of(), checker.check("good.html", page.replace("id=\"a\">two", "id=\"b\">two")
                .replace("<span><div>block in phrase</div></span>", "<div><span>phrase in block</span></div>"))
                .stream().filter(Message::isError).toList());
    }
}
