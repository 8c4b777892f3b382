package org.jcwg.advisory.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.jcwg.advisory.bench.PhraseBank.Slots;

/**
 * The facts of one generated document pair, drawn from its own random source: actor, victim,
 * chains, amounts, dates, the agencies it names, an earlier document it links to, and its
 * indicators of compromise; as {@link Slots} in the form each language writes them ({@code $620
 * million} / {@code 6억 2천만 달러}, {@code May 21, 2022} / {@code 2022년 5월 21일}). Not thread-safe.
 */
final class DocumentFacts {

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

    final Random r;
    final int index;
    final Slots slots = new Slots();
    final List<DirectoryData.Agency> agencies = new ArrayList<>();
    final LocalDate incident;
    final LocalDate published;
    final String sourceLang;
    /**
     * Indicators: SHA-256, MD5, 3 IPv4 addresses, 2 domains, BTC, ETH and TRX wallets. The first
     * of each kind is also a slot ({hash}, {ip}, {domain}, {wallet}, {wallet2}) for the prose.
     */
    final String[] iocs = new String[10];

    DocumentFacts(Random r, int index) {
        this.r = r;
        this.index = index;
        int year = 2018 + r.nextInt(7);
        incident = LocalDate.of(year, 1 + r.nextInt(12), 1 + r.nextInt(28));
        published = incident.plusDays(5 + r.nextInt(40));
        sourceLang = index % 5 == 2 ? "ko" : "en";
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
        same("hash", iocs[0]);
        same("ip", iocs[2]);
        same("domain", iocs[5]);
        same("wallet", iocs[7]);
        same("wallet2", iocs[8]);
        same("cve", "CVE-" + (year - 1 - r.nextInt(2)) + "-" + (1000 + r.nextInt(45000)));
        same("attack", ATTACK[r.nextInt(ATTACK.length)]);
        DirectoryData.Agency us = agencies.stream().filter(a -> a.country().equals("US")).findFirst().orElseThrow();
        DirectoryData.Agency kr = agencies.stream().filter(a -> a.country().equals("KR")).findFirst().orElseThrow();
        slots.put("agency", "[the " + us.nameEn() + "](" + us.url() + ")", "[" + us.nameKo() + "](" + us.url() + ")");
        slots.put("agency2", "[the " + kr.nameEn() + "](" + kr.url() + ")", "[" + kr.nameKo() + "](" + kr.url() + ")");
        docLink();
    }

    /** Values drawn anew for every sentence: counts, a percentage, hours, days, another date and amount. */
    void fresh() {
        same("n", Integer.toString(2 + r.nextInt(59)));
        same("pct", (10 + r.nextInt(81)) + "%");
        same("hours", Integer.toString(2 + r.nextInt(71)));
        same("days", Integer.toString(3 + r.nextInt(88)));
        date("date2", incident.minusDays(r.nextInt(400)));
        amount("amount2", MILLIONS[r.nextInt(MILLIONS.length)]);
    }

    /** 2 or 3 agencies of each country. */
    private void pickAgencies() {
        List<DirectoryData.Agency> us = new ArrayList<>(DirectoryData.AGENCIES.stream().filter(a -> a.country().equals("US")).toList());
        List<DirectoryData.Agency> kr = new ArrayList<>(DirectoryData.AGENCIES.stream().filter(a -> a.country().equals("KR")).toList());
        Collections.shuffle(us, r);
        Collections.shuffle(kr, r);
        agencies.addAll(us.subList(0, 2 + r.nextInt(2)));
        agencies.addAll(kr.subList(0, 2 + r.nextInt(2)));
    }

    /** A link to a section of one of the 50 documents before this one (the first links to its own indicators). */
    private void docLink() {
        if (index == 0) {
            slots.put("doclink", "[the indicators below](#indicators)", "[아래 침해지표](#indicators)");
            return;
        }
        int j = Math.max(0, index - 1 - r.nextInt(Math.min(index, 50)));
        String target = "../" + LargeCorpus.path(j) + "#" + (r.nextBoolean() ? "summary" : "indicators");
        boolean report = LargeCorpus.isReport(j);
        slots.put("doclink", "[an earlier " + (report ? "report" : "advisory") + "](" + target + ")",
                "[이전 " + (report ? "보고서" : "보안권고") + "](" + target + ")");
    }

    void amount(String slot, long millions) {
        String e = millions >= 1000
                ? "$" + (millions % 1000 == 0 ? String.valueOf(millions / 1000) : millions / 1000 + "." + (millions % 1000) / 100)
                        + " billion"
                : "$" + millions + " million";
        // Korean groups money in units of 10^4 (만) and 10^8 (억).
        long usd = millions * 1_000_000L;
        long eok = usd / 100_000_000L;
        long man = (usd % 100_000_000L) / 10_000L;
        StringBuilder k = new StringBuilder();
        if (eok > 0) k.append(eok).append('억');
        if (man > 0) k.append(k.isEmpty() ? "" : " ").append(man % 1000 == 0 && eok > 0 ? (man / 1000) + "천만" : man + "만");
        slots.put(slot, e, k.append(" 달러").toString());
    }

    void date(String slot, LocalDate d) {
        slots.put(slot, MONTHS[d.getMonthValue() - 1] + " " + d.getDayOfMonth() + ", " + d.getYear(),
                d.getYear() + "년 " + d.getMonthValue() + "월 " + d.getDayOfMonth() + "일");
    }

    private void month(String slot, LocalDate d) {
        slots.put(slot, MONTHS[d.getMonthValue() - 1] + " " + d.getYear(), d.getYear() + "년 " + d.getMonthValue() + "월");
    }

    /** A value written the same in both languages. */
    private void same(String slot, String value) {
        slots.put(slot, value, value);
    }

    private String[] pick(String[][] options) {
        return options[r.nextInt(options.length)];
    }

    private String pickOf(String... options) {
        return options[r.nextInt(options.length)];
    }

    private String hex(int n) {
        return chars("0123456789abcdef", n);
    }

    /** A base58 string with upper and lower case letters and a digit, as a TRON address has. */
    private String base58(int n) {
        String s;
        do {
            s = chars("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz", n);
        } while (s.chars().noneMatch(Character::isUpperCase) || s.chars().noneMatch(Character::isLowerCase)
                || s.chars().noneMatch(Character::isDigit));
        return s;
    }

    private String chars(String alphabet, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        return sb.toString();
    }
}
