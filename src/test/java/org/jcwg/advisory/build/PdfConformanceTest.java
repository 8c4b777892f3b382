package org.jcwg.advisory.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jcwg.advisory.model.Edition;
import org.jcwg.advisory.model.Tlp;
import org.jcwg.advisory.testing.Project;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.core.ValidationException;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.EncryptedPdfException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The PDFs claim PDF/UA-1 (tagged, accessible) and PDF/A-3u (archivable); veraPDF checks both
 * claims on an advisory and a report in each language, with zero failed rules. Each shows an
 * image of its language folder, which must appear as a figure with its alt text.
 */
class PdfConformanceTest {

    private static final String EN_REPORT = """
            ---
            id: TEST-2022-001
            type: report
            title: Working together
            summary: What the working group should do next.
            date: 2022-11-09
            tlp: CLEAR
            source: en
            agencies: [fbi]
            ---

            ## Executive summary {#summary}

            The group should meet.[^1] See [the FBI](https://www.fbi.gov/).

            ![Losses by month, 2021 to 2022](chart.png)

            | Agency | Role |
            |---|---|
            | FBI | Investigation |

            [^1]: In Seoul.
            """;

    private static final String KO_REPORT = """
            ---
            id: TEST-2022-001
            type: report
            title: 함께 일하기
            summary: 실무그룹이 다음에 할 일.
            date: 2022-11-09
            tlp: CLEAR
            source: en
            agencies: [fbi]
            ---

            ## 요약 {#summary}

            실무그룹은 만나야 한다.[^1] [미국 연방수사국](https://www.fbi.gov/)을 보라.

            ![2021~2022년 월별 피해액](chart.png)

            | 기관 | 역할 |
            |---|---|
            | FBI | 수사 |

            [^1]: 서울에서.
            """;

    @TempDir
    static Path tmp;

    private static Path site;

    @BeforeAll
    static void build() throws IOException {
        VeraGreenfieldFoundryProvider.initialise();
        Path root = Project.minimal(tmp.resolve("project"))
                .with("content-en/reports/working-together.md", EN_REPORT)
                .with("content-ko/reports/working-together.md", KO_REPORT)
                .edit("content-en/advisories/fake-jobs.md", "See the [summary](#summary).",
                        "See the [summary](#summary). ![Chart of losses](../chart.png)")
                .edit("content-ko/advisories/fake-jobs.md", "[요약](#summary)을", "![피해액 도표](../chart.png) [요약](#summary)을")
                .write();
        for (String lang : List.of("en", "ko")) {
            Files.write(root.resolve("content-" + lang + "/chart.png"), chart());
            Files.copy(root.resolve("content-" + lang + "/chart.png"), root.resolve("content-" + lang + "/reports/chart.png"));
        }
        site = tmp.resolve("site");
        Outcome o = new Pipeline().build(new BuildOptions(root, site,
                new Edition(Tlp.CLEAR, false, LocalDate.of(2024, 1, 1)), true, false));
        assertFalse(o.failed(), () -> o.diagnostics().toString());
    }

    /** A small PNG: a bar chart in three colours (the PDFs must show it as a tagged figure). */
    private static byte[] chart() throws IOException {
        BufferedImage image = new BufferedImage(120, 60, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 120, 60);
        g.setColor(new Color(0x1f4e79));
        g.fillRect(10, 20, 25, 40);
        g.setColor(new Color(0xc00000));
        g.fillRect(50, 5, 25, 55);
        g.setColor(new Color(0x33aa33));
        g.fillRect(90, 35, 25, 25);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void everyPdfShowsItsImage() throws IOException {
        for (String pdf : PDFS) {
            try (PDDocument doc = Loader.loadPDF(site.resolve(pdf).toFile())) {
                int images = 0;
                for (PDPage page : doc.getPages()) {
                    for (COSName name : page.getResources().getXObjectNames()) {
                        if (page.getResources().getXObject(name) instanceof PDImageXObject) images++;
                    }
                }
                assertEquals(1, images, pdf);
                List<String> figures = new ArrayList<>();
                figures(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), figures);
                assertEquals(List.of(pdf.startsWith("en/reports") ? "Losses by month, 2021 to 2022"
                        : pdf.startsWith("ko/reports") ? "2021~2022년 월별 피해액"
                        : pdf.startsWith("en") ? "Chart of losses" : "피해액 도표"), figures, pdf);
            }
        }
    }

    /** The alt texts of the Figure elements of a structure tree, in reading order. */
    private static void figures(List<Object> kids, List<String> out) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement e) {
                if ("Figure".equals(e.getStructureType())) out.add(e.getAlternateDescription());
                figures(e.getKids(), out);
            }
        }
    }

    private static final List<String> PDFS = List.of(
            "en/advisories/fake-jobs/TEST-2023-001-en.pdf",
            "ko/advisories/fake-jobs/TEST-2023-001-ko.pdf",
            "en/reports/working-together/TEST-2022-001-en.pdf",
            "ko/reports/working-together/TEST-2022-001-ko.pdf");

    @Test
    void advisoriesAndReportsConformToPdfUa1() throws Exception {
        assertConforms(PDFAFlavour.PDFUA_1);
    }

    @Test
    void advisoriesAndReportsConformToPdfA3u() throws Exception {
        assertConforms(PDFAFlavour.PDFA_3_U);
    }

    private static void assertConforms(PDFAFlavour flavour) throws Exception {
        Map<String, String> failures = new TreeMap<>();
        for (String pdf : PDFS) {
            String failed = failedRules(site.resolve(pdf), flavour);
            if (!failed.isEmpty()) failures.put(pdf, failed);
        }
        assertEquals(Map.of(), failures, () -> flavour + " failures:\n" + failures.entrySet().stream()
                .map(e -> e.getKey() + ":\n" + e.getValue()).collect(Collectors.joining("\n")));
    }

    /** The failed rules, one a line ("clause-test: description (count)"), or "" if it conforms. */
    private static String failedRules(Path pdf, PDFAFlavour flavour)
            throws IOException, ModelParsingException, EncryptedPdfException, ValidationException {
        try (InputStream in = Files.newInputStream(pdf);
             PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            if (result.isCompliant()) return "";
            Map<String, Long> rules = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .collect(Collectors.groupingBy(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber()
                            + ": " + a.getMessage(), TreeMap::new, Collectors.counting()));
            return rules.entrySet().stream().map(e -> "  " + e.getKey() + " (" + e.getValue() + ")")
                    .collect(Collectors.joining("\n"));
        }
    }
}
