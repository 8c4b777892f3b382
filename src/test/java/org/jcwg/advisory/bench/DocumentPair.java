package org.jcwg.advisory.bench;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jcwg.advisory.bench.PhraseBank.Pair;
import org.jcwg.advisory.bench.PhraseBank.Slots;

/**
 * Writes one document pair of {@link LargeCorpus}: front matter, 8–10 sections with ids (the
 * technical details with subsections and sometimes a timeline table), the indicator table, a
 * detection rule, lists, footnotes; sentence by sentence from the {@link PhraseBank} with the
 * facts of {@link DocumentFacts}, both languages side by side, until the Korean text has its
 * 2,000-odd words. Not thread-safe; one instance per document.
 */
final class DocumentPair {

    private static final PhraseBank BANK = PhraseBank.load();
    /** Sections that a document may leave out (up to 2 of them), so that documents differ in shape. */
    private static final List<String> OPTIONAL = List.of("background", "laundering", "detection", "red-flags", "references");

    /** A piece of the document in both languages; {@code category}: where prose added to it later comes from, or null. */
    private record Block(StringBuilder en, StringBuilder ko, String category) {
    }

    private final DocumentFacts facts;
    private final Random r;
    private final Slots slots;
    /** The document in pieces, so that prose can be added to a section after the later ones are written. */
    private final List<Block> blocks = new ArrayList<>();
    private final List<String[]> footnotes = new ArrayList<>();
    private final int maxFootnotes;
    /** Per category, the sentences not yet used in this document: each is used once before any repeats. */
    private final Map<String, ArrayDeque<Pair>> decks = new HashMap<>();
    /** Where text goes now: the current block's. */
    private StringBuilder en;
    private StringBuilder ko;
    /** While filling up to the word target: no new footnotes (their labels must stay in reading order). */
    private boolean filling;
    private int wordsEn;
    private int wordsKo;

    DocumentPair(Random r, int index) {
        this.r = r;
        this.facts = new DocumentFacts(r, index);
        this.slots = facts.slots;
        this.maxFootnotes = 2 + r.nextInt(4);
    }

    int wordsEn() {
        return wordsEn;
    }

    int wordsKo() {
        return wordsKo;
    }

    /** The English and the Korean file. */
    String[] write() {
        frontMatter();
        List<String> optional = new ArrayList<>(OPTIONAL);
        Collections.shuffle(optional, r);
        List<String> dropped = optional.subList(0, r.nextInt(3));
        // Korean has about three words for every four English ones: aim the Korean text at 2,000-2,100
        // words, which puts the English one at about 2,700-2,950.
        int target = 2000 + r.nextInt(100);
        for (String id : List.of("summary", "background", "technical-details", "laundering", "indicators", "detection",
                "mitigations", "red-flags", "reporting", "references")) {
            if (!dropped.contains(id)) section(id, target / 14.0);
        }
        List<Block> extensible = blocks.stream().filter(b -> b.category() != null).toList();
        filling = true;
        while (wordsKo < target) {
            Block b = extensible.get(r.nextInt(extensible.size()));
            en = b.en();
            ko = b.ko();
            paragraph(b.category(), 3 + r.nextInt(3));
        }
        block(null);
        for (int k = 0; k < footnotes.size(); k++) {
            en.append("[^").append(k + 1).append("]: ").append(footnotes.get(k)[0]).append('\n');
            ko.append("[^").append(k + 1).append("]: ").append(footnotes.get(k)[1]).append('\n');
        }
        StringBuilder e = new StringBuilder();
        StringBuilder k = new StringBuilder();
        for (Block b : blocks) {
            e.append(b.en());
            k.append(b.ko());
        }
        return new String[] {e.toString(), k.toString()};
    }

    private void block(String category) {
        Block b = new Block(new StringBuilder(), new StringBuilder(), category);
        blocks.add(b);
        en = b.en();
        ko = b.ko();
    }

    private void frontMatter() {
        block(null);
        Pair title = pickOf(BANK.category("title"));
        Pair summary = pickOf(BANK.category("docsummary"));
        facts.fresh();
        String type = LargeCorpus.isReport(facts.index) ? "report" : "advisory";
        LocalDate published = facts.published;
        String id = "JCWG-" + published.getYear() + "-" + String.format("%04d", facts.index);
        List<String> tags = new ArrayList<>(DirectoryData.TAGS.keySet());
        Collections.shuffle(tags, r);
        List<String> recs = new ArrayList<>();
        while (recs.size() < 1 + r.nextInt(2)) {
            String rec = "R" + (1 + r.nextInt(DirectoryData.recommendationCount()));
            if (!recs.contains(rec)) recs.add(rec);
        }
        String tagList = String.join(", ", tags.subList(0, 2 + r.nextInt(3)));
        LocalDate updated = r.nextInt(3) == 0 ? published.plusDays(20 + r.nextInt(200)) : null;
        en.append("---\nid: ").append(id).append("\ntype: ").append(type).append("\ntitle: ")
                .append(quoted(slots.en(title.en()))).append("\nsummary: ").append(quoted(slots.en(summary.en())))
                .append("\ndate: ").append(published);
        if (updated != null) en.append("\nupdated: ").append(updated);
        en.append("\ntlp: CLEAR\nsource: ").append(facts.sourceLang).append("\nagencies: [")
                .append(String.join(", ", facts.agencies.stream().map(DirectoryData.Agency::id).toList()))
                .append("]\nrecommendations: [").append(String.join(", ", recs)).append("]\ntags: [")
                .append(tagList).append("]\ndraft: false\nrevisions:\n")
                .append("  - {date: ").append(published).append(", note: Initial publication}\n");
        if (updated != null) en.append("  - {date: ").append(updated).append(", note: Added indicators and red flags}\n");
        en.append("---\n\n");
        // The Korean file repeats the neutral keys a page shows (allowed when equal), so that Hugo,
        // which reads each file alone, has them for the Korean pages too.
        ko.append("---\nid: ").append(id).append("\ntype: ").append(type).append("\ntitle: ")
                .append(quoted(slots.ko(title.ko()))).append("\nsummary: ").append(quoted(slots.ko(summary.ko())))
                .append("\ndate: ").append(published).append("\ntlp: CLEAR\ntags: [").append(tagList)
                .append("]\nrevisions:\n  - {note: 최초 발표}\n");
        if (updated != null) ko.append("  - {note: 침해지표와 위험신호 추가}\n");
        ko.append("---\n\n");
    }

    private void section(String id, double words) {
        switch (id) {
            case "summary" -> prose(2, "Summary", "요약", id, "summary", words);
            case "background" -> prose(2, "Background", "배경", id, "background", words);
            case "technical-details" -> {
                block("tech");
                heading(2, "Technical details", "기술 세부 정보", id);
                paragraph("tech", 3);
                prose(3, "Initial access", "최초 침투", "initial-access", "access", words * 0.45);
                prose(3, "Execution and persistence", "실행과 지속성", "execution", "tech", words * 0.45);
                if (r.nextBoolean()) {
                    block(null);
                    timeline();
                }
            }
            case "laundering" -> prose(2, "Laundering of the proceeds", "범죄수익 세탁", id, "launder", words);
            case "indicators" -> {
                block(null);
                heading(2, "Indicators of compromise", "침해지표", id);
                paragraph("indicators", 3);
                iocTable();
                paragraph("indicators", 2);
            }
            case "detection" -> {
                prose(2, "Detection", "탐지", id, "detect", words * 0.8);
                block(null);
                yara();
            }
            case "mitigations" -> {
                block("mitigate");
                heading(2, "Mitigations", "완화 조치", id);
                paragraph("mitigate", 2);
                list("mitigate", 6 + r.nextInt(4));
                paragraph("mitigate", 3);
            }
            case "red-flags" -> {
                block(null);
                heading(2, "Red flags", "위험신호", id);
                paragraph("redflag", 2);
                list("redflag", 5 + r.nextInt(3));
            }
            case "reporting" -> prose(2, "Reporting and contact", "신고 및 문의", id, "report", words * 0.7);
            case "references" -> {
                block(null);
                heading(2, "References", "참고 자료", id);
                list("reference", 3 + r.nextInt(3));
            }
            default -> throw new IllegalArgumentException(id);
        }
    }

    private void prose(int level, String titleEn, String titleKo, String id, String category, double words) {
        block(category);
        heading(level, titleEn, titleKo, id);
        int start = wordsKo;
        do {
            paragraph(category, 3 + r.nextInt(4));
        } while (wordsKo - start < words);
    }

    private void heading(int level, String titleEn, String titleKo, String id) {
        String hashes = "#".repeat(level);
        en.append(hashes).append(' ').append(titleEn).append(" {#").append(id).append("}\n\n");
        ko.append(hashes).append(' ').append(titleKo).append(" {#").append(id).append("}\n\n");
        wordsEn += LargeCorpus.words(titleEn);
        wordsKo += LargeCorpus.words(titleKo);
    }

    private void paragraph(String category, int sentences) {
        StringBuilder e = new StringBuilder();
        StringBuilder k = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            String[] pair = sentence(next(category));
            e.append(s == 0 ? "" : " ").append(pair[0]);
            k.append(s == 0 ? "" : " ").append(pair[1]);
        }
        en.append(LargeCorpus.wrap(e.toString())).append("\n\n");
        ko.append(LargeCorpus.wrap(k.toString())).append("\n\n");
        wordsEn += LargeCorpus.words(e.toString());
        wordsKo += LargeCorpus.words(k.toString());
    }

    private void list(String category, int items) {
        for (int s = 0; s < items; s++) {
            String[] pair = sentence(next(category));
            en.append("- ").append(pair[0]).append('\n');
            ko.append("- ").append(pair[1]).append('\n');
            wordsEn += LargeCorpus.words(pair[0]);
            wordsKo += LargeCorpus.words(pair[1]);
        }
        en.append('\n');
        ko.append('\n');
    }

    private Pair next(String category) {
        ArrayDeque<Pair> deck = decks.computeIfAbsent(category, c -> new ArrayDeque<>());
        if (deck.isEmpty()) {
            List<Pair> all = new ArrayList<>(BANK.category(category));
            Collections.shuffle(all, r);
            deck.addAll(all);
        }
        return deck.poll();
    }

    /** One sentence pair with fresh per-sentence values; a footnote while the document has room for one. */
    private String[] sentence(Pair p) {
        facts.fresh();
        if (p.mentions("fn")) {
            String ref = "";
            if (!filling && footnotes.size() < maxFootnotes) {
                Pair note = pickOf(BANK.category("footnote"));
                footnotes.add(new String[] {slots.en(note.en()), slots.ko(note.ko())});
                ref = "[^" + footnotes.size() + "]";
            }
            slots.put("fn", ref, ref);
        }
        return new String[] {slots.en(p.en()), slots.ko(p.ko())};
    }

    private void iocTable() {
        String[] iocs = facts.iocs;
        String[][] rows = {
                {"SHA-256", "SHA-256", iocs[0], "Loader that decrypts its configuration in memory", "설정 정보를 메모리에서 복호화하는 로더"},
                {"MD5", "MD5", iocs[1], "Malicious coding test package", "악성 코딩 과제 패키지"},
                {"IPv4", "IPv4", iocs[2], "Command and control server", "명령제어 서버"},
                {"IPv4", "IPv4", iocs[3], "Source of logins with stolen credentials", "탈취한 자격 증명을 이용한 로그인의 출발지"},
                {"IPv4", "IPv4", iocs[4], "Staging server", "준비 서버"},
                {"Domain", "도메인", defanged(iocs[5]), "Lookalike recruiting domain", "채용 사이트를 모방한 유사 도메인"},
                {"Domain", "도메인", defanged(iocs[6]), "Package mirror used to deliver the payload", "페이로드 유포에 쓰인 패키지 미러"},
                {"BTC address", "BTC 주소", iocs[7], "Consolidation wallet", "집결 지갑"},
                {"ETH address", "ETH 주소", iocs[8], "Relay wallet", "중계 지갑"},
                {"TRX address", "TRX 주소", iocs[9], "Attacker address that received the withdrawals", "출금을 받은 공격자 주소"}};
        en.append("| Type | Indicator | Description |\n|---|---|---|\n");
        ko.append("| 유형 | 지표 | 설명 |\n|---|---|---|\n");
        for (String[] row : rows) {
            en.append("| ").append(row[0]).append(" | `").append(row[2]).append("` | ").append(row[3]).append(" |\n");
            ko.append("| ").append(row[1]).append(" | `").append(row[2]).append("` | ").append(row[4]).append(" |\n");
            wordsEn += LargeCorpus.words(row[0] + " " + row[3]) + 1;
            wordsKo += LargeCorpus.words(row[1] + " " + row[4]) + 1;
        }
        en.append('\n');
        ko.append('\n');
    }

    private static String defanged(String domain) {
        return domain.replace(".example", "[.]example");
    }

    private void timeline() {
        heading(3, "Timeline", "경과", "timeline");
        List<Pair> events = BANK.category("timeline");
        int rows = 4 + r.nextInt(events.size() - 3);
        LocalDate day = facts.incident.minusDays(10L * rows + r.nextInt(20));
        en.append("| Date | Event |\n|---|---|\n");
        ko.append("| 날짜 | 사건 |\n|---|---|\n");
        for (int k = 0; k < rows; k++) {
            day = day.plusDays(1 + r.nextInt(10));
            facts.date("day", day);
            en.append("| ").append(slots.en("{day}")).append(" | ").append(events.get(k).en()).append(" |\n");
            ko.append("| ").append(slots.ko("{day}")).append(" | ").append(events.get(k).ko()).append(" |\n");
            wordsEn += LargeCorpus.words(events.get(k).en()) + 3;
            wordsKo += LargeCorpus.words(events.get(k).ko()) + 3;
        }
        en.append('\n');
        ko.append('\n');
    }

    /** A YARA rule, the same in both languages (code is copied, not translated). */
    private void yara() {
        String md5 = facts.iocs[1];
        String rule = "```yara\nrule JCWG_loader_" + String.format("%04d", facts.index) + " {\n  meta:\n"
                + "    description = \"Loader of the intrusion described in this advisory\"\n  strings:\n"
                + "    $cfg = { " + md5.substring(0, 2) + " " + md5.substring(2, 4) + " " + md5.substring(4, 6)
                + " ?? ?? " + md5.substring(6, 8) + " }\n    $host = \"" + facts.iocs[6] + "\" ascii wide\n"
                + "  condition:\n    uint16(0) == 0x5a4d and all of them\n}\n```\n\n";
        en.append(rule);
        ko.append(rule);
    }

    private Pair pickOf(List<Pair> options) {
        return options.get(r.nextInt(options.size()));
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
