package org.jcwg.advisory.render;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jcwg.advisory.diag.SourcePos;
import org.jcwg.advisory.model.Agency;
import org.jcwg.advisory.model.AgencyText;
import org.jcwg.advisory.model.Asset;
import org.jcwg.advisory.model.Country;
import org.jcwg.advisory.model.DocType;
import org.jcwg.advisory.model.Document;
import org.jcwg.advisory.model.DocumentMeta;
import org.jcwg.advisory.model.Lang;
import org.jcwg.advisory.model.Recommendation;
import org.jcwg.advisory.model.RecommendationText;
import org.jcwg.advisory.model.Section;
import org.jcwg.advisory.model.Site;
import org.jcwg.advisory.model.SiteConfig;
import org.jcwg.advisory.model.Status;
import org.jcwg.advisory.model.StatusChange;
import org.jcwg.advisory.model.Text;
import org.jcwg.advisory.model.Tlp;
import org.jcwg.advisory.model.Translation;
import org.jcwg.advisory.model.Written;

/** Small bilingual sites built in code for the render tests. */
final class TestSites {

    private TestSites() {
    }

    static final LocalDate X_DATE = LocalDate.of(2022, 11, 9);

    /**
     * Two advisories in both languages (x links to y and to an unpublished document), two
     * agencies, one recommendation, one image of the English folder.
     */
    static Site small(String baseUrl, Path image) {
        Document x = doc("advisories/x.md", "JCWG-2022-004", DocType.ADVISORY, X_DATE, LocalDate.of(2022, 12, 1),
                Map.of(Lang.EN, new String[] {"Social engineering risks to VASPs", "Risks from fake recruiters.",
                                "Initial publication"},
                        Lang.KO, new String[] {"가상자산사업자를 노린 사회공학 위험", "가짜 채용 담당자의 위험.", "최초 발행"}),
                Map.of(Lang.EN, """
                                ## Summary {#summary}

                                See [the findings](y.md#findings) and [a secret](secret-plan.md).

                                ![Figure 1](img/fig1.png)

                                ## Mitigations {#mitigations}

                                Patch now.
                                """,
                        Lang.KO, """
                                ## 요약 {#summary}

                                [분석 결과](y.md#findings)를 참고하십시오.

                                ## 완화 조치 {#mitigations}

                                즉시 패치하십시오.
                                """),
                Map.of(Lang.EN, List.of("Summary", "Mitigations"), Lang.KO, List.of("요약", "완화 조치")));
        Document y = doc("advisories/y.md", "JCWG-2023-001", DocType.ADVISORY, LocalDate.of(2023, 2, 9), null,
                Map.of(Lang.EN, new String[] {"Findings <script>alert(1)</script>", "Summary with <b>tags</b>.",
                                "First"},
                        Lang.KO, new String[] {"분석 결과", "요약입니다.", "최초"}),
                Map.of(Lang.EN, "## Findings {#findings}\n\nText.\n", Lang.KO, "## 분석 결과 {#findings}\n\n본문.\n"),
                Map.of(Lang.EN, List.of("Findings"), Lang.KO, List.of("분석 결과")));

        List<Agency> agencies = List.of(
                agency("fincen", Country.US, "FinCEN", List.of("kofiu"), "Financial Crimes Enforcement Network",
                        "미국 재무부 금융범죄단속네트워크"),
                agency("kofiu", Country.KR, "KoFIU", List.of("fincen"), "Korea Financial Intelligence Unit",
                        "금융정보분석원"));
        Recommendation r1 = new Recommendation("R1", List.of("fincen", "kofiu"),
                List.of(new StatusChange(LocalDate.of(2022, 11, 9), Status.PROPOSED),
                        new StatusChange(LocalDate.of(2023, 2, 9), Status.IN_PROGRESS)),
                Map.of(Lang.EN, recText(Lang.EN, "Issue joint guidance", "Guidance for banks.",
                                "Recommended in the strategy report", "First joint advisory published"),
                        Lang.KO, recText(Lang.KO, "합동 지침 발표", "은행을 위한 지침.", "전략 보고서에서 권고", "첫 합동 권고문 발행")));
        List<Asset> assets = image == null ? List.of()
                : List.of(new Asset(Lang.EN, "advisories/img/fig1.png", image),
                        new Asset(Lang.EN, "advisories/img/unused.png", image));
        SiteConfig config = new SiteConfig(baseUrl, Map.of(Lang.EN, "Joint Advisories", Lang.KO, "한미 합동 권고"),
                Map.of(Lang.EN, "Joint U.S.-ROK cyber advisories.", Lang.KO, "한미 합동 사이버 보안 권고."));
        return new Site(config, List.of(x, y), agencies, List.of(r1), List.of(), assets);
    }

    static Site withAgencies(List<Agency> agencies) {
        Site s = small(null, null);
        return new Site(s.config(), s.documents(), agencies, List.of(), List.of(), List.of());
    }

    static Document doc(String path, String id, DocType type, LocalDate date, LocalDate updated,
                        Map<Lang, String[]> texts, Map<Lang, String> bodies, Map<Lang, List<String>> headings) {
        DocumentMeta meta = new DocumentMeta(id, type, date, updated, Tlp.CLEAR, Lang.EN,
                List.of("fincen", "kofiu"), List.of("R1"), List.of("social-engineering"), false, List.of(date));
        Map<Lang, Translation> translations = new java.util.EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            String file = lang.folder() + "/" + path;
            String[] t = texts.get(lang);
            List<Section> sections = new java.util.ArrayList<>();
            for (String h : headings.get(lang)) {
                String sid = bodies.get(lang).lines().filter(l -> l.contains(h) && l.contains("{#"))
                        .map(l -> l.substring(l.indexOf("{#") + 2, l.indexOf('}'))).findFirst().orElse(null);
                sections.add(new Section(sid, 2, h, SourcePos.file(file), List.of()));
            }
            translations.put(lang, new Translation(lang, file, Written.empty(SourcePos.file(file)), text(t[0]),
                    text(t[1]), List.of(text(t[2])), sections, List.of(), bodies.get(lang), 10));
        }
        return new Document(path, meta, translations);
    }

    static Agency agency(String id, Country country, String acronym, List<String> counterparts, String en, String ko) {
        return new Agency(id, country, acronym, null, "https://example.org/" + id, null, counterparts,
                Map.of(Lang.EN, new AgencyText(Lang.EN, Written.empty(SourcePos.file("a")), text(en), text("Role of " + id)),
                        Lang.KO, new AgencyText(Lang.KO, Written.empty(SourcePos.file("a")), text(ko), text(id + "의 역할"))));
    }

    static RecommendationText recText(Lang lang, String title, String summary, String... notes) {
        return new RecommendationText(lang, Written.empty(SourcePos.file("r")), text(title), text(summary),
                java.util.Arrays.stream(notes).map(TestSites::text).toList(), List.of());
    }

    static Text text(String value) {
        return new Text(value, SourcePos.file("t"));
    }
}
