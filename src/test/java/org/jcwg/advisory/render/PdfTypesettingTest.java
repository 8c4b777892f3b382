package org.jcwg.advisory.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jcwg.advisory.i18n.Localizer;
import org.jcwg.advisory.model.Lang;
import org.junit.jupiter.api.Test;

/** Korean line breaking and glyph coverage of the embedded fonts, read back from real PDFs and font files. */
class PdfTypesettingTest {

    /** One long paragraph: Korean words, particles after Latin and numbers, a middle dot, an id. */
    private static final String PARAGRAPH = String.join(" ", List.of(
            "북한의 사이버 역량 구축은 1980년대 중반으로 거슬러 올라간다.",
            "북한은 자국의 기술대학과 군 교육기관에서 컴퓨터 전문 인력을 양성하였고, 해외 협력국으로부터 교육과 장비,",
            "네트워크 접속을 지원받았다. 라자루스 그룹(Lazarus Group), APT38, 김수키(Kimsuky) 등의 이름으로 추적하는",
            "조직은 대체로 이들 부대와 연계된 것으로 본다. 2016년 2월에는 방글라데시 중앙은행에서 8100만 달러를 탈취했다.",
            "거래소는 막대한 잔고를 보유하면서도 규제와 보안이 허술한 경우가 많았고, 일단 발생한 피해를 되돌리기도",
            "어려웠다. 국내 거래소들은 초기 피해자에 속하였으며, 공격자들은 피싱·스피어피싱과 가짜 채용 제안을 결합해",
            "직원의 단말을 장악한 뒤 핫월렛의 서명 키에 접근하였다. 양국 정부는 정보 공유와 공동 대응 체계를",
            "강화하고, 가상자산사업자에 대한 감독을 확대하며, 세탁 경로를 차단하기 위한 국제 공조를 지속하기로 하였다."));

    private static String xhtml(String text) {
        return "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ko\"><head><title>t</title><style>"
                + "@page { size: A4; margin: 20mm 60mm 20mm 20mm; } body { font-family: \"Nanum Gothic\";"
                + " font-size: 11pt; line-height: 1.7; }</style></head><body><p>" + text + "</p></body></html>";
    }

    @Test
    void koreanLinesEndBetweenWordsNeverInsideOne() throws IOException {
        byte[] pdf = new PdfRenderer(new PdfFonts()).render(xhtml(PARAGRAPH), Lang.KO, LocalDate.of(2024, 1, 1),
                new PdfImages("ko/test/index.html", List.of()));
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc);
        }
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        assertTrue(lines.size() >= 8, "a long paragraph on a narrow page wraps: " + lines);
        Set<String> words = Set.of(PARAGRAPH.split(" "));
        for (String line : lines) {
            String[] tokens = line.split("\\s+");
            assertTrue(words.contains(tokens[tokens.length - 1]), "line ends inside a word: " + line);
            assertTrue(words.contains(tokens[0]), "line starts inside a word: " + line);
        }
        // Nothing lost or reordered: the lines, joined by spaces, are the paragraph.
        assertEquals(PARAGRAPH, String.join(" ", lines));
    }

    @Test
    void everyCharacterOfTheSamplePublicationHasAGlyphInRegularAndBold() throws IOException {
        Set<Integer> used = new TreeSet<>();
        for (String folder : List.of("content-en", "content-ko")) {
            try (Stream<Path> files = Files.walk(Path.of(folder))) {
                for (Path p : files.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".yml")).toList()) {
                    Files.readString(p).codePoints().forEach(used::add);
                }
            }
        }
        for (Lang lang : Lang.values()) {
            Localizer.of(lang).texts().values().forEach(s -> s.codePoints().forEach(used::add));
        }
        "\u00b7\u2191/ 0123456789".codePoints().forEach(used::add); // print template, footnote back-links, page numbers
        used.removeIf(cp -> cp == '\n' || cp == '\r' || cp == '\t');
        assertTrue(used.size() > 500, "the sample is bilingual: " + used.size());

        for (PdfFonts.Face face : PdfFonts.FACES.stream().filter(f -> f.family().equals(PdfFonts.SANS)).toList()) {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(PdfFonts.read(face.resource())));
            CmapLookup cmap = font.getUnicodeCmapLookup();
            List<String> missing = new ArrayList<>();
            for (int cp : used) {
                if (cmap.getGlyphId(cp) == 0) missing.add(String.format("U+%04X %s", cp, Character.toString(cp)));
            }
            assertEquals(List.of(), missing, face.resource() + " lacks glyphs");
            font.close();
        }
    }
}
