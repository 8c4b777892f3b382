package org.jcwg.advisory.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jcwg.advisory.model.Edition;
import org.jcwg.advisory.model.Tlp;
import org.jcwg.advisory.testing.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds a small publication with PDFs and reads them back with PDFBox, as a reader's viewer
 * would: one PDF per published document and language, linked from its page with its size, with
 * the title, TLP label on every page, page numbers, embedded fonts and the section outline.
 */
class PdfBuildTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 1, 1);
    private static final String EN_PDF = "en/advisories/fake-jobs/TEST-2023-001-en.pdf";
    private static final String KO_PDF = "ko/advisories/fake-jobs/TEST-2023-001-ko.pdf";

    @TempDir
    Path tmp;

    /** The minimal project plus an AMBER and a draft advisory that must get no PDF. */
    private Path project() {
        String amberEn = Project.EN_ADVISORY.replace("TEST-2023-001", "TEST-2023-900").replace("tlp: CLEAR", "tlp: AMBER");
        String amberKo = Project.KO_ADVISORY.replace("TEST-2023-001", "TEST-2023-900");
        String draftEn = Project.EN_ADVISORY.replace("TEST-2023-001", "TEST-2023-901").replace("tlp: CLEAR", "tlp: CLEAR\ndraft: true");
        return Project.minimal(tmp.resolve("project"))
                .with("content-en/advisories/wallet-leak.md", amberEn)
                .with("content-ko/advisories/wallet-leak.md", amberKo)
                .with("content-en/advisories/unfinished.md", draftEn)
                .with("content-ko/advisories/unfinished.md", Project.KO_ADVISORY.replace("TEST-2023-001", "TEST-2023-901"))
                .write();
    }

    private static Path build(Path root, Path out, boolean pdf) throws IOException {
        Outcome o = new Pipeline().build(new BuildOptions(root, out, new Edition(Tlp.CLEAR, false, TODAY), pdf, false));
        assertFalse(o.failed(), () -> o.diagnostics().toString());
        return out;
    }

    private static List<String> pdfs(Path out) throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(p -> p.toString().endsWith(".pdf")).map(p -> out.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    @Test
    void onePdfPerPublishedDocumentAndLanguageLinkedWithItsSize() throws IOException {
        Path out = build(project(), tmp.resolve("site"), true);
        // The fixture's "page" documents (if any) get PDFs too; the AMBER and draft ones never.
        List<String> pdfs = pdfs(out);
        assertTrue(pdfs.contains(EN_PDF) && pdfs.contains(KO_PDF), pdfs::toString);
        assertTrue(pdfs.stream().noneMatch(p -> p.contains("TEST-2023-90")), pdfs::toString);

        for (String[] c : new String[][] {{"en", EN_PDF, "Download PDF", " KB"}, {"ko", KO_PDF, "PDF 내려받기", "KB"}}) {
            String page = Files.readString(out.resolve(c[0] + "/advisories/fake-jobs/index.html"));
            String name = c[1].substring(c[1].lastIndexOf('/') + 1);
            Matcher m = Pattern.compile("<a href=\"" + Pattern.quote(name) + "\" type=\"application/pdf\" download=\""
                    + Pattern.quote(name) + "\">" + c[2] + "</a> <span class=\"doc-pdf-size\">\\(PDF, (\\d+)"
                    + c[3] + "\\)</span>").matcher(page);
            assertTrue(m.find(), page);
            long kb = Math.max(1, Math.round(Files.size(out.resolve(c[1])) / 1024.0));
            assertEquals(kb, Long.parseLong(m.group(1)), "size on the page is the PDF's size");
        }
    }

    @Test
    void noPdfMeansNoPdfAndNoLink() throws IOException {
        Path out = build(project(), tmp.resolve("site"), false);
        assertEquals(List.of(), pdfs(out));
        assertFalse(Files.readString(out.resolve("en/advisories/fake-jobs/index.html")).contains(".pdf"));
    }

    @Test
    void pdfCarriesTitleTlpPageNumbersEmbeddedFontsAndOutline() throws IOException {
        Path out = build(project(), tmp.resolve("site"), true);
        check(out.resolve(EN_PDF), "Fake job offers target exchange staff", "en",
                List.of("Summary", "Mitigations", "  For exchanges"));
        check(out.resolve(KO_PDF), "거래소 직원을 노리는 가짜 채용 제안", "ko",
                List.of("요약", "완화 조치", "  거래소 대상"));
    }

    private static void check(Path pdf, String title, String lang, List<String> outline) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains(title), () -> text + text.lines().findFirst().orElse("").codePoints()
                    .mapToObj(Integer::toHexString).toList());
            assertEquals(title, doc.getDocumentInformation().getTitle());
            assertEquals(lang, doc.getDocumentCatalog().getLanguage());
            // PDF/UA: the viewer shows the title, which the XMP metadata carries too; the dates
            // are the document's (2023-02-09), never the clock's.
            assertTrue(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle(), "DisplayDocTitle");
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains(">" + title + "</rdf:li>"), xmp);
            assertTrue(xmp.contains("<pdfuaid:part>1</pdfuaid:part>") && xmp.contains("<pdfaid:part>3</pdfaid:part>"), xmp);
            List<String> xmpDates = Pattern.compile("<xmp:\\w+Date>([^<]*)<").matcher(xmp).results().map(m -> m.group(1)).toList();
            assertEquals(List.of("2023-02-09T00:00:00+00:00", "2023-02-09T00:00:00+00:00", "2023-02-09T00:00:00+00:00"), xmpDates, xmp);
            assertEquals(LocalDate.of(2023, 2, 9), doc.getDocumentInformation().getCreationDate().toInstant()
                    .atZone(ZoneOffset.UTC).toLocalDate());
            int pages = doc.getNumberOfPages();
            for (int i = 1; i <= pages; i++) {
                PDFTextStripper one = new PDFTextStripper();
                one.setStartPage(i);
                one.setEndPage(i);
                String page = one.getText(doc);
                // Header and footer (page 1 also states it in the document's details).
                assertTrue(page.split("TLP:CLEAR", -1).length - 1 >= 2, "TLP label twice on page " + i + ": " + page);
                assertTrue(page.contains(title), "running title on page " + i + ": " + page);
                assertTrue(page.contains(i + " / " + pages), "page number on page " + i + ": " + page);
                assertTrue(page.contains("TEST-2023-001"), "document id on page " + i);
            }
            List<String> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " embedded");
                    fonts.add(font.getName());
                }
            }
            assertTrue(fonts.stream().anyMatch(f -> f.matches("[A-Z]{6}\\+NanumGothic")), "subset: " + fonts);
            assertTrue(fonts.stream().anyMatch(f -> f.matches("[A-Z]{6}\\+NanumGothicBold")), "real bold: " + fonts);
            assertEquals(outline, outline(doc.getDocumentCatalog().getDocumentOutline(), ""));
        }
    }

    private static List<String> outline(PDOutlineNode node, String indent) {
        List<String> out = new ArrayList<>();
        if (node == null) return out;
        for (PDOutlineItem item : node.children()) {
            out.add(indent + item.getTitle());
            out.addAll(outline(item, indent + "  "));
        }
        return out;
    }

    @Test
    void twoBuildsGiveIdenticalPdfs() throws IOException {
        Path root = project();
        Path first = build(root, tmp.resolve("one"), true);
        Path second = build(root, tmp.resolve("two"), true);
        assertEquals(pdfs(first), pdfs(second));
        for (String p : pdfs(first)) {
            assertArrayEquals(Files.readAllBytes(first.resolve(p)), Files.readAllBytes(second.resolve(p)), p);
        }
    }
}
