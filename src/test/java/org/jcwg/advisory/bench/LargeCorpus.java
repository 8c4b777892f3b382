package org.jcwg.advisory.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.jcwg.advisory.bench.PhraseBank.Pair;
import org.jcwg.advisory.bench.PhraseBank.Slots;

/**
 * Writes a synthetic bilingual publication of full-length document pairs for the benchmark at
 * scale: each document has 2,000–3,000 words per language in 8–10 sections with ids (some with
 * subsections), a table of indicators of compromise (hashes, IP addresses, domains, wallets), a
 * timeline table, a detection rule, footnotes, links to agencies, to an earlier document and
 * within the document, in English and Korean prose drawn from {@code phrases.txt}; plus the
 * agency directory, the recommendation tracker, the glossary, {@code site.yml} and a Hugo project
 * ({@link HugoProject}) over the same content folders. The corpus passes {@code check} with no
 * finding. Deterministic for a seed: document {@code i} is the same in every corpus of more than
 * {@code i} pairs. Not thread-safe.
 */
public final class LargeCorpus {

    /** What was written: pairs, words per language (whitespace-separated), bytes of Markdown. */
    public record Stats(int pairs, long wordsEn, long wordsKo, int minWordsEn, int minWordsKo, int maxWordsEn,
                        int maxWordsKo, long bytes) {
    }

    private static final PhraseBank BANK = PhraseBank.load();
    private static final String[] TOPICS = {"hot-wallet-theft", "fake-job-offers", "bridge-exploit", "laundering-routes",
            "trojanised-trading-app", "signing-service-compromise", "developer-phishing", "otc-cash-out"};
    private static final String[][] ACTORS = {{"Lazarus Group", "라자루스 그룹"}, {"TraderTraitor", "트레이더트레이터"},
            {"AppleJeus operators", "애플제우스 운영자"}, {"APT38", "APT38"}, {"Bluenoroff", "블루노로프"},
            {"Andariel", "안다리엘"}, {"Jade Sleet", "제이드 슬릿"}};
    private static final String[][] VICTIMS = {{"a cryptocurrency exchange", "가상자산 거래소"},
            {"a cross-chain bridge operator", "크로스체인 브리지 운영사"}, {"a decentralized finance platform", "탈중앙화 금융 플랫폼"},
            {"a payment processor", "결제 대행사"}, {"a blockchain gaming company", "블록체인 게임 회사"},
            {"a custody provider", "가상자산 수탁업체"}, {"an online wallet service", "온라인 지갑 서비스"}};
    private static final String[][] CHAINS = {{"Ethereum", "이더리움"}, {"Tron", "트론"}, {"BNB Chain", "BNB 체인"},
            {"Avalanche", "아발란체"}, {"Bitcoin", "비트코인"}, {"Polygon", "폴리곤"}, {"Solana", "솔라나"}};
    private static final long[] MILLIONS = {5, 12, 27, 45, 81, 100, 250, 620, 1000, 1500};
    private static final String[] ATTACK = {"T1566.001", "T1204.002", "T1059.007", "T1195.002", "T1071.001",
            "T1574.002", "T1553.002", "T1027"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};

    /** The seed the benchmark uses. */
    public static final long DEFAULT_SEED = 20221109L;

    private final long seed;

    public LargeCorpus(long seed) {
        this.seed = seed;
    }

    /** Writes a corpus to look at: {@code LargeCorpus DIR PAIRS [SEED]}. */
    public static void main(String[] args) throws IOException {
        Stats s = new LargeCorpus(args.length > 2 ? Long.parseLong(args[2]) : DEFAULT_SEED)
                .write(Path.of(args[0]), Integer.parseInt(args[1]));
        System.out.println(s);
    }

    /** Writes {@code pairs} document pairs and the publication's data files under {@code root}. */
    public Stats write(Path root, int pairs) throws IOException {
        DirectoryData.write(root, new Random(seed));
        HugoProject.write(root);
        long wordsEn = 0;
        long wordsKo = 0;
        long bytes = 0;
        int minEn = Integer.MAX_VALUE;
        int minKo = Integer.MAX_VALUE;
        int maxEn = 0;
        int maxKo = 0;
        for (int i = 0; i < pairs; i++) {
            Doc doc = new Doc(new Random(seed * 0x9E3779B97F4A7C15L + i), i);
            String[] text = doc.write();
            bytes += write(root.resolve("content-en/" + path(i)), text[0]) + write(root.resolve("content-ko/" + path(i)), text[1]);
            wordsEn += doc.wordsEn;
            wordsKo += doc.wordsKo;
            minEn = Math.min(minEn, doc.wordsEn);
            minKo = Math.min(minKo, doc.wordsKo);
            maxEn = Math.max(maxEn, doc.wordsEn);
            maxKo = Math.max(maxKo, doc.wordsKo);
        }
        return new Stats(pairs, wordsEn, wordsKo, minEn, minKo, maxEn, maxKo, bytes);
    }

    /** The path of document {@code i} relative to a language folder: every 8th is a report. */
    public static String path(int i) {
        return (isReport(i) ? "reports/" : "advisories/") + String.format("%04d-%s.md", i, TOPICS[i % TOPICS.length]);
    }

    private static boolean isReport(int i) {
        return i % 8 == 7;
    }

    /** One document pair being written: its facts as slots, its footnotes, its two texts. */
    private static final class Doc {
        final Random r;
        final int index;
        final Slots slots = new Slots();
        final List<DirectoryData.Agency> agencies = new ArrayList<>();
        final LocalDate incident;
        final LocalDate published;
        final String sourceLang;
        /** The document in pieces, so that prose can be added to a section after the later ones are written. */
        final List<Block> blocks = new ArrayList<>();
        /** Where text goes now: the current block's. */
        StringBuilder en;
        StringBuilder ko;
        /** While filling up to the word target: no new footnotes (their labels must stay in reading order). */
        boolean filling;
        final List<String[]> footnotes = new ArrayList<>();
        final int maxFootnotes;
        final String[] iocs = new String[10];
        /** Per category, the sentences not yet used in this document: each is used once before any repeats. */
        final java.util.Map<String, java.util.ArrayDeque<Pair>> decks = new java.util.HashMap<>();
        int wordsEn;
        int wordsKo;

        Doc(Random r, int index) {
            this.r = r;
            this.index = index;
            int year = 2018 + r.nextInt(7);
            incident = LocalDate.of(year, 1 + r.nextInt(12), 1 + r.nextInt(28));
            published = incident.plusDays(5 + r.nextInt(40));
            sourceLang = index % 5 == 2 ? "ko" : "en";
            maxFootnotes = 2 + r.nextInt(4);
            pickAgencies();
            String[] actor = pick(ACTORS);
            String[] victim = pick(VICTIMS);
            String[] chain = pick(CHAINS);
            String[] chain2 = chain;
            while (chain2 == chain) chain2 = pick(CHAINS);
            slots.put("actor", actor[0], actor[1]).put("victim", victim[0], victim[1])
                    .put("chain", chain[0], chain[1]).put("chain2", chain2[0], chain2[1]);
            int earlier = year - 1 - r.nextInt(3);
            slots.put("year", Integer.toString(earlier), earlier + "년");
            amount("amount", MILLIONS[r.nextInt(MILLIONS.length)]);
            date("date", incident);
            month("month", incident.plusMonths(1 + r.nextInt(3)));
            iocs[0] = hex(64);
            iocs[1] = hex(32);
            iocs[2] = "198.51.100." + (1 + r.nextInt(254));
            iocs[3] = "203.0.113." + (1 + r.nextInt(254));
            iocs[4] = "192.0.2." + (1 + r.nextInt(254));
            iocs[5] = pickOf("careers", "recruit", "jobs", "talent") + "-" + hex(6) + ".example";
            iocs[6] = pickOf("pkg", "ci", "npm", "update") + "-mirror-" + hex(4) + ".example";
            iocs[7] = "bc1q" + chars("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 38);
            iocs[8] = "0x" + hex(40);
            iocs[9] = "T" + base58(33);
            code("hash", iocs[0]);
            code("ip", iocs[2]);
            code("domain", iocs[5]);
            code("wallet", iocs[7]);
            code("wallet2", iocs[8]);
            String cve = "CVE-" + (year - 1 - r.nextInt(2)) + "-" + (1000 + r.nextInt(45000));
            String attack = ATTACK[r.nextInt(ATTACK.length)];
            slots.put("cve", cve, cve).put("attack", attack, attack);
            DirectoryData.Agency us = agencies.stream().filter(a -> a.country().equals("US")).findFirst().orElseThrow();
            DirectoryData.Agency kr = agencies.stream().filter(a -> a.country().equals("KR")).findFirst().orElseThrow();
            slots.put("agency", "[the " + us.nameEn() + "](" + us.url() + ")", "[" + us.nameKo() + "](" + us.url() + ")");
            slots.put("agency2", "[the " + kr.nameEn() + "](" + kr.url() + ")", "[" + kr.nameKo() + "](" + kr.url() + ")");
            docLink();
        }

        private void pickAgencies() {
            List<DirectoryData.Agency> us = new ArrayList<>(DirectoryData.AGENCIES.stream().filter(a -> a.country().equals("US")).toList());
            List<DirectoryData.Agency> kr = new ArrayList<>(DirectoryData.AGENCIES.stream().filter(a -> a.country().equals("KR")).toList());
            Collections.shuffle(us, r);
            Collections.shuffle(kr, r);
            int nUs = 2 + r.nextInt(2);
            int nKr = 2 + r.nextInt(2);
            agencies.addAll(us.subList(0, nUs));
            agencies.addAll(kr.subList(0, nKr));
        }

        private void docLink() {
            if (index == 0) {
                slots.put("doclink", "[the indicators below](#indicators)", "[아래 침해지표](#indicators)");
                return;
            }
            int j = Math.max(0, index - 1 - r.nextInt(Math.min(index, 50)));
            String target = "../" + path(j).replace(".md", "") + ".md#" + (r.nextBoolean() ? "summary" : "indicators");
            boolean report = isReport(j);
            slots.put("doclink", "[an earlier " + (report ? "report" : "advisory") + "](" + target + ")",
                    "[이전 " + (report ? "보고서" : "보안권고") + "](" + target + ")");
        }

        String[] write() {
            frontMatter();
            List<String> optional = new ArrayList<>(List.of("background", "laundering", "detection", "red-flags", "references"));
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

        /** Starts a piece of the document; {@code category}: the phrases prose added to it later comes from, or null. */
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
            fresh();
            String type = isReport(index) ? "report" : "advisory";
            String id = "JCWG-" + published.getYear() + "-" + String.format("%04d", index);
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
            en.append("\ntlp: CLEAR\nsource: ").append(sourceLang).append("\nagencies: [")
                    .append(String.join(", ", agencies.stream().map(DirectoryData.Agency::id).toList()))
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
            wordsEn += words(titleEn);
            wordsKo += words(titleKo);
        }

        private void paragraph(String category, int sentences) {
            StringBuilder e = new StringBuilder();
            StringBuilder k = new StringBuilder();
            for (int s = 0; s < sentences; s++) {
                String[] pair = sentence(next(category));
                e.append(s == 0 ? "" : " ").append(pair[0]);
                k.append(s == 0 ? "" : " ").append(pair[1]);
            }
            en.append(wrap(e.toString())).append("\n\n");
            ko.append(wrap(k.toString())).append("\n\n");
            wordsEn += words(e.toString());
            wordsKo += words(k.toString());
        }

        private void list(String category, int items) {
            for (int s = 0; s < items; s++) {
                String[] pair = sentence(next(category));
                en.append("- ").append(pair[0]).append('\n');
                ko.append("- ").append(pair[1]).append('\n');
                wordsEn += words(pair[0]);
                wordsKo += words(pair[1]);
            }
            en.append('\n');
            ko.append('\n');
        }

        private Pair next(String category) {
            java.util.ArrayDeque<Pair> deck = decks.computeIfAbsent(category, c -> new java.util.ArrayDeque<>());
            if (deck.isEmpty()) {
                List<Pair> all = new ArrayList<>(BANK.category(category));
                Collections.shuffle(all, r);
                deck.addAll(all);
            }
            return deck.poll();
        }

        /** One sentence pair with fresh per-sentence values; a footnote while the document has room for one. */
        private String[] sentence(Pair p) {
            fresh();
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

        /** Values drawn anew for every sentence. */
        private void fresh() {
            String n = Integer.toString(2 + r.nextInt(59));
            slots.put("n", n, n);
            String pct = (10 + r.nextInt(81)) + "%";
            slots.put("pct", pct, pct);
            String hours = Integer.toString(2 + r.nextInt(71));
            slots.put("hours", hours, hours);
            String days = Integer.toString(3 + r.nextInt(88));
            slots.put("days", days, days);
            date("date2", incident.minusDays(r.nextInt(400)));
            amount("amount2", MILLIONS[r.nextInt(MILLIONS.length)]);
        }

        private void iocTable() {
            String[][] rows = {
                    {"SHA-256", "SHA-256", "`" + iocs[0] + "`", "Loader that decrypts its configuration in memory", "설정 정보를 메모리에서 복호화하는 로더"},
                    {"MD5", "MD5", "`" + iocs[1] + "`", "Malicious coding test package", "악성 코딩 과제 패키지"},
                    {"IPv4", "IPv4", "`" + iocs[2] + "`", "Command and control server", "명령제어 서버"},
                    {"IPv4", "IPv4", "`" + iocs[3] + "`", "Source of logins with stolen credentials", "탈취한 자격 증명을 이용한 로그인의 출발지"},
                    {"IPv4", "IPv4", "`" + iocs[4] + "`", "Staging server", "준비 서버"},
                    {"Domain", "도메인", "`" + iocs[5].replace(".example", "[.]example") + "`", "Lookalike recruiting domain", "채용 사이트를 모방한 유사 도메인"},
                    {"Domain", "도메인", "`" + iocs[6].replace(".example", "[.]example") + "`", "Package mirror used to deliver the payload", "페이로드 유포에 쓰인 패키지 미러"},
                    {"BTC address", "BTC 주소", "`" + iocs[7] + "`", "Consolidation wallet", "집결 지갑"},
                    {"ETH address", "ETH 주소", "`" + iocs[8] + "`", "Relay wallet", "중계 지갑"},
                    {"TRX address", "TRX 주소", "`" + iocs[9] + "`", "Attacker address that received the withdrawals", "출금을 받은 공격자 주소"}};
            en.append("| Type | Indicator | Description |\n|---|---|---|\n");
            ko.append("| 유형 | 지표 | 설명 |\n|---|---|---|\n");
            for (String[] row : rows) {
                en.append("| ").append(row[0]).append(" | ").append(row[2]).append(" | ").append(row[3]).append(" |\n");
                ko.append("| ").append(row[1]).append(" | ").append(row[2]).append(" | ").append(row[4]).append(" |\n");
                wordsEn += words(row[0] + " " + row[3]) + 1;
                wordsKo += words(row[1] + " " + row[4]) + 1;
            }
            en.append('\n');
            ko.append('\n');
        }

        private void timeline() {
            heading(3, "Timeline", "경과", "timeline");
            List<Pair> events = BANK.category("timeline");
            int rows = 4 + r.nextInt(events.size() - 3);
            LocalDate day = incident.minusDays(10L * rows + r.nextInt(20));
            en.append("| Date | Event |\n|---|---|\n");
            ko.append("| 날짜 | 사건 |\n|---|---|\n");
            for (int k = 0; k < rows; k++) {
                day = day.plusDays(1 + r.nextInt(10));
                date("day", day);
                en.append("| ").append(slots.en("{day}")).append(" | ").append(events.get(k).en()).append(" |\n");
                ko.append("| ").append(slots.ko("{day}")).append(" | ").append(events.get(k).ko()).append(" |\n");
                wordsEn += words(events.get(k).en()) + 3;
                wordsKo += words(events.get(k).ko()) + 3;
            }
            en.append('\n');
            ko.append('\n');
        }

        private void yara() {
            String rule = "```yara\nrule JCWG_loader_" + String.format("%04d", index) + " {\n  meta:\n"
                    + "    description = \"Loader of the intrusion described in this advisory\"\n  strings:\n"
                    + "    $cfg = { " + iocs[1].substring(0, 2) + " " + iocs[1].substring(2, 4) + " " + iocs[1].substring(4, 6)
                    + " ?? ?? " + iocs[1].substring(6, 8) + " }\n    $host = \"" + iocs[6] + "\" ascii wide\n"
                    + "  condition:\n    uint16(0) == 0x5a4d and all of them\n}\n```\n\n";
            en.append(rule);
            ko.append(rule);
        }

        private void amount(String slot, long millions) {
            String e = millions >= 1000
                    ? "$" + (millions % 1000 == 0 ? String.valueOf(millions / 1000) : millions / 1000 + "." + (millions % 1000) / 100) + " billion"
                    : "$" + millions + " million";
            long usd = millions * 1_000_000L;
            long eok = usd / 100_000_000L;
            long man = (usd % 100_000_000L) / 10_000L;
            StringBuilder k = new StringBuilder();
            if (eok > 0) k.append(eok).append('억');
            if (man > 0) k.append(k.isEmpty() ? "" : " ").append(man % 1000 == 0 && eok > 0 ? (man / 1000) + "천만" : man + "만");
            slots.put(slot, e, k.append(" 달러").toString());
        }

        private void date(String slot, LocalDate d) {
            slots.put(slot, MONTHS[d.getMonthValue() - 1] + " " + d.getDayOfMonth() + ", " + d.getYear(),
                    d.getYear() + "년 " + d.getMonthValue() + "월 " + d.getDayOfMonth() + "일");
        }

        private void month(String slot, LocalDate d) {
            slots.put(slot, MONTHS[d.getMonthValue() - 1] + " " + d.getYear(), d.getYear() + "년 " + d.getMonthValue() + "월");
        }

        private void code(String slot, String value) {
            slots.put(slot, value, value);
        }

        private String[] pick(String[][] options) {
            return options[r.nextInt(options.length)];
        }

        private String pickOf(String... options) {
            return options[r.nextInt(options.length)];
        }

        private Pair pickOf(List<Pair> options) {
            return options.get(r.nextInt(options.size()));
        }

        private String hex(int n) {
            return chars("0123456789abcdef", n);
        }

        private String base58(int n) {
            String s;
            do {
                s = chars("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz", n);
            } while (!s.chars().anyMatch(Character::isUpperCase) || !s.chars().anyMatch(Character::isLowerCase)
                    || !s.chars().anyMatch(Character::isDigit));
            return s;
        }

        private String chars(String alphabet, int n) {
            StringBuilder sb = new StringBuilder(n);
            for (int i = 0; i < n; i++) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            return sb.toString();
        }
    }

    /** A piece of a document in both languages. */
    private record Block(StringBuilder en, StringBuilder ko, String category) {
    }

    /** Lines of at most about 100 characters, never starting with something Markdown would read as a block. */
    static String wrap(String text) {
        StringBuilder out = new StringBuilder();
        int lineStart = 0;
        int lastSpace = -1;
        int width = 0; // Hangul counts twice, as an editor shows it
        int widthAtSpace = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            width += c >= 0x1100 ? 2 : 1;
            if (c == ' ' && i + 1 < text.length() && safeLineStart(text.charAt(i + 1))) {
                lastSpace = i;
                widthAtSpace = width;
            }
            if (width >= 100 && lastSpace > lineStart) {
                out.append(text, lineStart, lastSpace).append('\n');
                lineStart = lastSpace + 1;
                width -= widthAtSpace;
                lastSpace = -1;
            }
        }
        return out.append(text, lineStart, text.length()).toString();
    }

    private static boolean safeLineStart(char c) {
        return !Character.isDigit(c) && "-+*#>|=[`".indexOf(c) < 0;
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (Character.isWhitespace(s.charAt(i))) in = false;
            else if (letter && !in) {
                n++;
                in = true;
            }
        }
        return n;
    }

    private static long write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Files.write(p, bytes);
        return bytes.length;
    }
}
