package org.jcwg.advisory.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jcwg.advisory.model.Edition;
import org.jcwg.advisory.model.Site;
import org.jcwg.advisory.model.Tlp;
import org.jcwg.advisory.testing.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview's quick update: one edited document's pages, rendered as the full build renders them. */
class QuickUpdateTest {

    private static final Edition EDITION = new Edition(Tlp.CLEAR, true, LocalDate.of(2026, 11, 23));

    @TempDir
    Path tmp;

    /** The minimal publication, built once into {@code out}, by the pipeline that then updates it. */
    private record Built(Path root, BuildOptions options, Pipeline pipeline, Site site) {
        boolean quickUpdate(String path) throws IOException {
            return pipeline.quickUpdate(options, site, path);
        }
    }

    private Built built() throws IOException {
        Path root = Project.minimal(tmp.resolve("p")).write();
        BuildOptions options = new BuildOptions(root, tmp.resolve("out"), EDITION, false, false);
        Pipeline pipeline = new Pipeline();
        return new Built(root, options, pipeline, pipeline.build(options).findPublished().orElseThrow());
    }

    @Test
    void anEditedDocumentsPagesEqualThoseOfAFullBuild() throws IOException {
        Built b = built();
        Path ko = b.root().resolve("content-ko/advisories/fake-jobs.md");
        Files.writeString(ko, Files.readString(ko).replace("거래소 직원들이 채용 제안을 받는다.", "거래소 직원들이 가짜 채용 제안을 받는다."));
        assertTrue(b.quickUpdate("advisories/fake-jobs.md"));
        String quick = Files.readString(tmp.resolve("out/ko/advisories/fake-jobs/index.html"));
        assertTrue(quick.contains("가짜 채용 제안"), quick);

        b.pipeline().build(new BuildOptions(b.root(), tmp.resolve("full"), EDITION, false, false));
        assertEquals(Files.readString(tmp.resolve("full/ko/advisories/fake-jobs/index.html")), quick,
                "the quick page is the page of a full build");
        assertEquals(Files.readString(tmp.resolve("full/en/advisories/fake-jobs/index.html")),
                Files.readString(tmp.resolve("out/en/advisories/fake-jobs/index.html")));
    }

    @Test
    void aTemplateChangedSinceTheLastQuickUpdateIsUsed() throws IOException {
        Built b = built();
        Path page = tmp.resolve("out/ko/advisories/fake-jobs/index.html");
        assertTrue(b.quickUpdate("advisories/fake-jobs.md"));
        assertFalse(Files.readString(page).contains("project-document-template"));

        // The renderer of quick updates is kept between them, but not past a change of the templates.
        Path override = b.root().resolve("templates/document.ftlh");
        Files.createDirectories(override.getParent());
        Files.writeString(override, "<!-- project-document-template -->\n" + Files.readString(Path.of("templates/document.ftlh")));
        assertTrue(b.quickUpdate("advisories/fake-jobs.md"));
        assertTrue(Files.readString(page).contains("project-document-template"), "the project's template is used");
        Files.delete(override);
        assertTrue(b.quickUpdate("advisories/fake-jobs.md"));
        assertFalse(Files.readString(page).contains("project-document-template"), "and no longer once it is gone");
    }

    @Test
    void brokenNewOrMissingDocumentsWaitForTheFullBuild() throws IOException {
        Built b = built();
        Path page = tmp.resolve("out/en/advisories/fake-jobs/index.html");
        String before = Files.readString(page);

        Path en = b.root().resolve("content-en/advisories/fake-jobs.md");
        Files.writeString(en, Files.readString(en).replace("tlp: CLEAR", "tlp: CLEAR\ntlp: AMBER"));
        assertFalse(b.quickUpdate("advisories/fake-jobs.md"), "a duplicate key is an error");
        assertEquals(before, Files.readString(page), "the page is left as it was");
        assertFalse(b.quickUpdate("advisories/not-there.md"));
    }
}
