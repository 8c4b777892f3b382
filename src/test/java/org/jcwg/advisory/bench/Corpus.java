package org.jcwg.advisory.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic bilingual publication of many advisory pairs, each filled with facts of
 * every kind (amounts, numbers, percentages, dates, indicators, identifiers, links, footnotes,
 * tables, code, images, glossary terms) in natural English and Korean forms. Some pairs get one
 * seeded defect in the Korean translation, recorded so that a benchmark can measure recall and
 * false positives per check. Deterministic for a given seed.
 */
public final class Corpus {

    /** The kinds of defect seeded, each with the finding code the checker must give it. */
    public enum Defect {
        AMOUNT("fact-amount"), NUMBER("fact-number"), PERCENT("fact-percent"), DATE("fact-date"),
        HASH("fact-ioc"), IP("fact-ioc"), DOMAIN("fact-ioc"), URL("fact-ioc"), EMAIL("fact-ioc"), WALLET("fact-ioc"),
        CVE("fact-id"), ATTACK("fact-id"), LINK("fact-link"), FOOTNOTE("fact-footnote"), TABLE("fact-table"),
        CODE("fact-code"), IMAGE("fact-image"), UNTRANSLATED("untranslated"), EMPTY("section-empty"),
        GLOSSARY("glossary");

        public final String code;

        Defect(String code) {
            this.code = code;
        }
    }

    /** A seeded defect: which file, which section (its heading line range) and the finding expected. */
    public record Seeded(String file, Defect defect, int fromLine, int toLine) {
    }

    private final Random random;

    public Corpus(long seed) {
        this.random = new Random(seed);
    }

    /**
     * Writes {@code pairs} document pairs under {@code root}; every {@code defectEvery}-th pair (0:
     * none) gets one defect, kinds taken in turn. Returns the seeded defects.
     */
    public List<Seeded> write(Path root, int pairs, int defectEvery) throws IOException {
        write(root.resolve("content-en/glossary.yml"), "- {id: mixer, term: cryptocurrency mixer}\n- {id: bridge, term: cross-chain bridge}\n");
        write(root.resolve("content-ko/glossary.yml"), "- {id: mixer, term: 암호화폐 믹서}\n- {id: bridge, term: 크로스체인 브리지}\n");
        write(root.resolve("content-en/agencies.yml"), "- {id: fbi, country: US, acronym: FBI, name: Federal Bureau of Investigation, role: Investigates crime., counterparts: [knpa]}\n"
                + "- {id: knpa, country: KR, acronym: KNPA, name: Korean National Police Agency, role: Polices Korea., counterparts: [fbi]}\n");
        write(root.resolve("content-ko/agencies.yml"), "- {id: fbi, name: 미국 연방수사국, role: 범죄를 수사한다.}\n- {id: knpa, name: 경찰청, role: 치안을 담당한다.}\n");
        for (String lang : List.of("en", "ko")) {
            Files.createDirectories(root.resolve("content-" + lang + "/advisories/img"));
            Files.write(root.resolve("content-" + lang + "/advisories/img/chart.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        }
        List<Seeded> seeded = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < pairs; i++) {
            Facts f = new Facts(random, i);
            Defect defect = defectEvery > 0 && i % defectEvery == defectEvery - 1 ? Defect.values()[next++ % Defect.values().length] : null;
            String name = String.format("advisories/gen-%04d.md", i);
            write(root.resolve("content-en/" + name), english(f));
            String ko = korean(f, defect);
            write(root.resolve("content-ko/" + name), ko);
            if (defect != null) seeded.add(locate("content-ko/" + name, ko, defect));
        }
        return seeded;
    }

    private static Seeded locate(String file, String text, Defect defect) {
        String section = switch (defect) {
            case AMOUNT, NUMBER, PERCENT, DATE, GLOSSARY, UNTRANSLATED -> "{#summary}";
            case HASH, IP, DOMAIN, WALLET, TABLE, IMAGE -> "{#indicators}";
            case URL, EMAIL, CVE, ATTACK, LINK, FOOTNOTE, CODE -> "{#techniques}";
            case EMPTY -> "{#mitigations}";
        };
        String[] lines = text.split("\n", -1);
        int from = 0;
        int to = lines.length;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("## ") && lines[i].endsWith(section)) from = i + 1;
            else if (from > 0 && i + 1 > from && lines[i].startsWith("## ")) {
                to = i;
                break;
            }
        }
        return new Seeded(file, defect, from, to);
    }

    /** The facts of one pair, drawn at random. */
    private static final class Facts {
        final int index;
        final long millions;
        final int exchanges;
        final int percent;
        final int year;
        final int month;
        final int day;
        final String hash;
        final String ip;
        final String domain;
        final String wallet;
        final String cve;
        final String attack;
        final String email;
        final String url;

        Facts(Random r, int index) {
            this.index = index;
            long[] amounts = {5, 12, 81, 100, 250, 620, 1000, 1500, 2300, 45};
            millions = amounts[r.nextInt(amounts.length)];
            exchanges = 2 + r.nextInt(40);
            percent = 10 + r.nextInt(85);
            year = 2017 + r.nextInt(8);
            month = 1 + r.nextInt(12);
            day = 1 + r.nextInt(28);
            hash = hex(r, 64);
            ip = "198.51.100." + (1 + r.nextInt(250));
            domain = "upd-" + hex(r, 6) + ".example";
            wallet = "bc1q" + base32(r, 38);
            cve = "CVE-" + (2019 + r.nextInt(6)) + "-" + (1000 + r.nextInt(40000));
            attack = "T1" + (100 + r.nextInt(500)) + (r.nextBoolean() ? ".00" + (1 + r.nextInt(9)) : "");
            email = "soc" + index + "@agency.example";
            url = "https://advisories.example.org/notes/" + index;
        }

        private static String hex(Random r, int n) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) sb.append("0123456789abcdef".charAt(r.nextInt(16)));
            return sb.toString();
        }

        private static String base32(Random r, int n) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) sb.append("qpzry9x8gf2tvdw0s3jn54khce6mua7l".charAt(r.nextInt(32)));
            return sb.toString();
        }

        String amountEn(long m) {
            return m >= 1000 ? "$" + (m % 1000 == 0 ? String.valueOf(m / 1000) : m / 1000 + "." + (m % 1000) / 100) + " billion"
                    : "$" + m + " million";
        }

        /** Korean groups money in units of 10^4 (만) and 10^8 (억). */
        String amountKo(long m) {
            long usd = m * 1_000_000L;
            long eok = usd / 100_000_000L;
            long man = (usd % 100_000_000L) / 10_000L;
            StringBuilder sb = new StringBuilder();
            if (eok > 0) sb.append(eok).append('억');
            if (man > 0) {
                if (!sb.isEmpty()) sb.append(' ');
                sb.append(man % 1000 == 0 ? (man / 1000) + "천만" : man + "만");
            }
            return sb.append(" 달러").toString();
        }

        String monthEn(int m) {
            return List.of("January", "February", "March", "April", "May", "June", "July", "August", "September",
                    "October", "November", "December").get(m - 1);
        }
    }

    private static String english(Facts f) {
        return "---\nid: GEN-" + f.index + "\ntype: advisory\ntitle: Cryptocurrency theft advisory " + f.index
                + "\nsummary: How one North Korean theft was carried out and laundered.\ndate: 2023-01-01\ntlp: CLEAR\nsource: en\n"
                + "agencies: [fbi, knpa]\n---\n\n"
                + "## Summary {#summary}\n\n"
                + "North Korean actors stole " + f.amountEn(f.millions) + " from " + f.exchanges + " exchanges on "
                + f.monthEn(f.month) + " " + f.day + ", " + f.year + ". About " + f.percent
                + "% of the funds then passed through a cryptocurrency mixer.\n\n"
                + "## Indicators {#indicators}\n\n"
                + "| Type | Value |\n|---|---|\n| SHA-256 | `" + f.hash + "` |\n| IP address | `" + f.ip + "` |\n"
                + "| Domain | `" + f.domain + "` |\n| Wallet | `" + f.wallet + "` |\n\n"
                + "![Flow of the stolen funds](img/chart.png)\n\n"
                + "## Techniques {#techniques}\n\n"
                + "The actors exploited " + f.cve + " and used spear-phishing attachments (" + f.attack + ")."
                + " Report sightings to " + f.email + " or read [the detailed note](" + f.url + ").[^1]\n\n"
                + "```text\nrule gen_" + f.index + " { strings: $a = \"" + f.hash.substring(0, 16) + "\" condition: $a }\n```\n\n"
                + "## Mitigations {#mitigations}\n\n"
                + "Keep signing keys offline and verify every withdrawal request by a second channel.\n\n"
                + "[^1]: Based on reporting by the participating agencies.\n";
    }

    private static String korean(Facts f, Defect d) {
        long millions = d == Defect.AMOUNT ? (f.millions == 100 ? 250 : 100) : f.millions;
        int exchanges = d == Defect.NUMBER ? f.exchanges + 1 : f.exchanges;
        int percent = d == Defect.PERCENT ? f.percent + 3 : f.percent;
        int day = d == Defect.DATE ? (f.day % 28) + 1 : f.day;
        String summary = d == Defect.UNTRANSLATED
                ? "North Korean actors stole funds from exchanges and laundered them through mixers; the operators"
                        + " moved quickly across several chains before cashing out. " + f.amountKo(millions) + ", "
                        + exchanges + ", " + f.year + "년 " + f.month + "월 " + day + "일, " + percent + "%."
                : "북한 행위자들은 " + f.year + "년 " + f.month + "월 " + day + "일 거래소 " + exchanges + "곳에서 "
                        + f.amountKo(millions) + "를 탈취했다. 자금의 약 " + percent + "%는 이후 "
                        + (d == Defect.GLOSSARY ? "세탁 서비스" : "암호화폐 믹서") + "를 거쳤다.";
        String hash = d == Defect.HASH ? f.hash.substring(0, 63) + (f.hash.endsWith("0") ? "1" : "0") : f.hash;
        String ip = d == Defect.IP ? f.ip.substring(0, f.ip.lastIndexOf('.') + 1) + "253" : f.ip;
        String domain = d == Defect.DOMAIN ? "x" + f.domain : f.domain;
        String wallet = d == Defect.WALLET ? f.wallet.substring(0, f.wallet.length() - 1) + (f.wallet.endsWith("q") ? "p" : "q") : f.wallet;
        String cve = d == Defect.CVE ? f.cve + "1" : f.cve;
        String attack = d == Defect.ATTACK ? "T1059" : f.attack;
        String email = d == Defect.EMAIL ? "x" + f.email : f.email;
        String url = d == Defect.URL ? f.url + "0" : f.url;
        String table = "| 유형 | 값 |\n|---|---|\n| SHA-256 | `" + hash + "` |\n| IP 주소 | `" + ip + "` |\n"
                + "| 도메인 | `" + domain + "` |\n" + (d == Defect.TABLE ? "" : "| 지갑 | `" + wallet + "` |\n");
        String link = d == Defect.LINK ? "상세 설명" : "[상세 설명](" + url + ")";
        String footnote = d == Defect.FOOTNOTE ? "" : "[^1]";
        String code = "```text\nrule gen_" + f.index + " { strings: $a = \"" + f.hash.substring(0, 16) + "\" condition: "
                + (d == Defect.CODE ? "all of them" : "$a") + " }\n```\n\n";
        return "---\nid: GEN-" + f.index + "\ntype: advisory\ntitle: 암호화폐 탈취 보안권고 " + f.index
                + "\nsummary: 북한의 탈취와 자금세탁이 어떻게 이루어졌는지 설명한다.\n---\n\n"
                + "## 요약 {#summary}\n\n" + summary + "\n\n"
                + "## 침해지표 {#indicators}\n\n" + table + "\n"
                + (d == Defect.IMAGE ? "" : "![탈취 자금의 흐름](img/chart.png)\n\n")
                + "## 공격 기법 {#techniques}\n\n"
                + "공격자들은 " + cve + " 취약점을 악용하고 스피어피싱 첨부파일(" + attack + ")을 사용했다. 관련 징후는 "
                + email + "로 신고하거나 " + link + "을 참고하기 바란다." + footnote + "\n\n" + code
                + "## 완화 조치 {#mitigations}\n\n"
                + (d == Defect.EMPTY ? "" : "서명 키는 오프라인으로 보관하고 모든 출금 요청을 별도 경로로 확인한다.\n\n")
                + "[^1]: 참여 기관의 보고를 바탕으로 작성했다.\n";
    }

    private static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.write(p, text.getBytes(StandardCharsets.UTF_8));
    }
}
