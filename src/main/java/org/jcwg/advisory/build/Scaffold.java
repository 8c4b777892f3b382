package org.jcwg.advisory.build;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jcwg.advisory.model.DocType;
import org.jcwg.advisory.model.Document;
import org.jcwg.advisory.model.Lang;

/**
 * The two files {@code new} writes for a document: the same front matter (neutral keys in the
 * English file, as the sample does), a draft at TLP:CLEAR, and the standard sections of its type
 * with the same ids in both languages, each with a sentence telling the editor what belongs
 * there, so the pair passes {@code check} from the start. Pure: computes texts, writes nothing.
 */
public final class Scaffold {

    /** A slug is the file name without {@code .md}: lower-case words joined by hyphens. */
    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern ID = Pattern.compile("([A-Z][A-Z0-9]*)-(\\d{4})-(\\d{3})");

    private record Section(String id, String en, String ko, String enText, String koText) {
    }

    private static final List<Section> ADVISORY = List.of(
            new Section("summary", "Summary", "요약",
                    "Say in a few sentences who is behind the activity, whom it targets and what readers should do first.",
                    "누가 어떤 대상을 노리고 있는지, 독자가 가장 먼저 무엇을 해야 하는지 몇 문장으로 설명한다."),
            new Section("technical-details", "Technical details", "기술 세부사항",
                    "Describe how the actors gain access, move and steal, with one subsection per technique.",
                    "행위자가 어떻게 침투하고 이동하며 자산을 탈취하는지 기법별 하위 절로 나누어 설명한다."),
            new Section("indicators", "Indicators of compromise", "침해지표",
                    "List the domains, addresses, hashes and wallets in a table, written the same way in both languages.",
                    "도메인, 주소, 해시, 지갑 주소를 표로 정리하며, 두 언어에서 같은 값으로 적는다."),
            new Section("mitigations", "Mitigations", "완화 조치",
                    "Give the steps organizations and their staff should take, most urgent first.",
                    "기관과 임직원이 취해야 할 조치를 시급한 것부터 차례로 적는다."),
            new Section("references", "References", "참고자료",
                    "Cite the public sources this advisory relies on.",
                    "이 보안권고가 근거로 삼은 공개 자료를 밝힌다."),
            new Section("contact", "Contact", "연락처",
                    "Tell readers where to report incidents in each country.",
                    "양국에서 침해사고를 어디에 신고해야 하는지 안내한다."));

    private static final List<Section> REPORT = List.of(
            new Section("summary", "Summary", "요약",
                    "State the report's purpose and its main findings.",
                    "보고서의 목적과 주요 결론을 밝힌다."),
            new Section("background", "Background", "배경",
                    "Explain the situation the report responds to.",
                    "보고서가 다루는 상황을 설명한다."),
            new Section("findings", "Findings", "분석 결과",
                    "Set out what the working group found, one subsection per finding.",
                    "실무그룹이 확인한 사항을 항목별 하위 절로 정리한다."),
            new Section("recommendations", "Recommendations", "권고",
                    "List the recommendations and who should carry them out.",
                    "권고 사항과 이를 이행할 기관을 밝힌다."),
            new Section("references", "References", "참고자료",
                    "Cite the sources of the report.",
                    "보고서의 근거 자료를 밝힌다."));

    private static final List<Section> PAGE = List.of(
            new Section("overview", "Overview", "개요",
                    "Say what this page is for.",
                    "이 페이지의 목적을 설명한다."));

    private Scaffold() {
    }

    /** The file of a new document relative to a language folder: {@code advisories/slug.md}. */
    public static String path(DocType type, String slug) {
        return switch (type) {
            case ADVISORY -> "advisories/" + slug + ".md";
            case REPORT -> "reports/" + slug + ".md";
            case PAGE -> slug + ".md";
        };
    }

    /**
     * The next free id: the publication's prefix (the most used one, else JCWG), this year and
     * the next number after the highest of this year; pages get the slug in capitals.
     */
    public static String nextId(DocType type, String slug, List<Document> existing, LocalDate today) {
        if (type == DocType.PAGE) return slug.toUpperCase(java.util.Locale.ROOT);
        Map<String, Integer> prefixes = new LinkedHashMap<>();
        int highest = 0;
        for (Document d : existing) {
            Matcher m = ID.matcher(d.meta().id());
            if (!m.matches()) continue;
            prefixes.merge(m.group(1), 1, Integer::sum);
        }
        String prefix = prefixes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("JCWG");
        for (Document d : existing) {
            Matcher m = ID.matcher(d.meta().id());
            if (m.matches() && m.group(1).equals(prefix) && Integer.parseInt(m.group(2)) == today.getYear()) {
                highest = Math.max(highest, Integer.parseInt(m.group(3)));
            }
        }
        return String.format("%s-%d-%03d", prefix, today.getYear(), highest + 1);
    }

    /** Both files' text. */
    public static Map<Lang, String> texts(DocType type, String id, LocalDate today) {
        List<Section> sections = switch (type) {
            case ADVISORY -> ADVISORY;
            case REPORT -> REPORT;
            case PAGE -> PAGE;
        };
        String typeEn = type.code();
        StringBuilder en = new StringBuilder("---\n")
                .append("id: ").append(id).append('\n')
                .append("type: ").append(typeEn).append('\n')
                .append("title: New ").append(typeEn).append(" (give it a title)\n")
                .append("summary: One or two sentences that tell readers what this ").append(typeEn).append(" is about.\n")
                .append("date: ").append(today).append('\n')
                .append("tlp: CLEAR\n")
                .append("source: en\n")
                .append("agencies: []\n")
                .append("tags: []\n")
                .append("draft: true\n")
                .append("revisions:\n  - {date: ").append(today).append(", note: Initial publication}\n")
                .append("---\n");
        String koType = switch (type) {
            case ADVISORY -> "보안권고";
            case REPORT -> "보고서";
            case PAGE -> "페이지";
        };
        StringBuilder ko = new StringBuilder("---\n")
                .append("title: 새 ").append(koType).append("(제목을 정한다)\n")
                .append("summary: 이 ").append(koType).append("가 무엇을 다루는지 독자에게 한두 문장으로 알린다.\n")
                .append("revisions:\n  - {note: 최초 발표}\n")
                .append("---\n");
        for (Section s : sections) {
            en.append("\n## ").append(s.en()).append(" {#").append(s.id()).append("}\n\n").append(s.enText()).append('\n');
            ko.append("\n## ").append(s.ko()).append(" {#").append(s.id()).append("}\n\n").append(s.koText()).append('\n');
        }
        Map<Lang, String> out = new LinkedHashMap<>();
        out.put(Lang.EN, en.toString());
        out.put(Lang.KO, ko.toString());
        return out;
    }

    /** {@code advisory}, {@code report} or {@code page}. */
    public static Optional<DocType> type(String word) {
        return DocType.find(word);
    }
}
