package org.jcwg.advisory.facts;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Money: a number with a currency, canonical as {@code USD 1000000000}. English writes the
 * currency before ({@code $1.5 billion}, {@code US$81 million}, {@code ₩5 million}) or after
 * ({@code 5 million won}); Korean after a Korean numeral ({@code 6억 2천만 달러}, {@code 500만 원}).
 * Words of approximation ("about", "약", "이상") are not part of the value. Stateless.
 */
final class Amounts {

    static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    private static final Pattern PREFIXED = Pattern.compile("(?<![A-Za-z0-9])(US\\$|U\\.S\\.\\s?\\$|USD|KRW|EUR|GBP|JPY|CNY"
            + "|\\$|₩|€|£|¥)\\s?" + NUMBER
            + "(?:[\\s-]?(?i:(thousand|million|billion|trillion))|(bn|mn|[kKmMbB]))?(?![A-Za-z0-9]|[.,]\\d)");
    private static final Pattern SUFFIXED = Pattern.compile("(?<![A-Za-z0-9.,$])" + NUMBER
            + "(?:\\s(?i:(thousand|million|billion|trillion)))?\\s?(?:(?:U\\.S\\.|US|American|Korean|South Korean)\\s)?"
            + "(?i:(dollars?|won(?!\\s+(?:the|a|an|its|their|this|that)\\b)|euros?|yen|yuan|renminbi|USD|KRW|EUR|JPY|GBP|CNY|RMB))"
            + "(?![A-Za-z])");
    /** Currency words after a Korean numeral ("1억여 달러": about); 원 only when a particle or nothing Korean follows (원인, 원격 are words). */
    private static final Pattern KO_CURRENCY = Pattern.compile(
            "(?:여)?\\s?(?:(달러|유로|엔화|엔|위안|파운드)|(원)(?![가-힣&&[^을를이가은는의에으로과와도만씩어대정상규까부화]])"
                    + "|(USD|KRW|EUR|JPY|CNY)(?![A-Za-z]))");

    /** Currency signs are not word characters, so this start is tested everywhere (cheaply). */
    private static final Start PREFIXED_START = Start.anywhere("UKEGJC$₩€£¥",
            (s, i) -> i == 0 || !Start.isAsciiAlnum(s[i - 1]));

    private Amounts() {
    }

    static void english(Scan scan) {
        scan.each(PREFIXED, PREFIXED_START, m -> {
            BigDecimal scale = m.group(3) != null ? Numbers.scaleWord(m.group(3)) : abbreviation(m.group(4));
            add(scan, m, currency(m.group(1)), new BigDecimal(m.group(2).replace(",", "")).multiply(scale));
        });
        scan.each(SUFFIXED, Start.DIGIT, m -> {
            BigDecimal scale = m.group(2) != null ? Numbers.scaleWord(m.group(2)) : BigDecimal.ONE;
            add(scan, m, currency(m.group(3)), new BigDecimal(m.group(1).replace(",", "")).multiply(scale));
        });
    }

    static void korean(Scan scan) {
        String text = scan.text();
        Matcher currency = KO_CURRENCY.matcher(text);
        for (int i = 0; i < text.length(); i++) {
            if (!Numbers.koreanStart(text, i) || !scan.isFree(i, i + 1)) continue;
            KoreanNumeral.Parsed p = KoreanNumeral.parse(text, i);
            if (p == null) continue;
            currency.region(p.end(), text.length());
            if (currency.lookingAt() && scan.isFree(i, currency.end())) {
                String word = currency.group(1) != null ? currency.group(1)
                        : currency.group(2) != null ? currency.group(2) : currency.group(3);
                scan.add(FactKind.AMOUNT, currency(word) + " " + Numbers.plain(p.value()), i, currency.end());
                i = currency.end() - 1;
            }
        }
    }

    private static void add(Scan scan, Matcher m, String currency, BigDecimal value) {
        scan.add(FactKind.AMOUNT, currency + " " + Numbers.plain(value), m.start(), m.end());
    }

    private static BigDecimal abbreviation(String abbreviation) {
        if (abbreviation == null) return BigDecimal.ONE;
        return switch (abbreviation.toLowerCase(Locale.ROOT)) {
            case "k" -> BigDecimal.TEN.pow(3);
            case "m", "mn" -> BigDecimal.TEN.pow(6);
            default -> BigDecimal.TEN.pow(9); // b, bn
        };
    }

    /** ISO 4217 code of a currency sign, code or word, in either language. */
    static String currency(String written) {
        String w = written.toLowerCase(Locale.ROOT).replace(" ", "");
        if (w.endsWith("$") || w.startsWith("dollar") || w.equals("usd") || w.equals("달러")) return "USD";
        if (w.equals("₩") || w.equals("won") || w.equals("krw") || w.equals("원")) return "KRW";
        if (w.equals("€") || w.startsWith("euro") || w.equals("eur") || w.equals("유로")) return "EUR";
        if (w.equals("£") || w.equals("gbp") || w.equals("파운드")) return "GBP";
        if (w.equals("¥") || w.equals("yen") || w.equals("jpy") || w.startsWith("엔")) return "JPY";
        if (w.equals("cny") || w.equals("rmb") || w.equals("yuan") || w.equals("renminbi") || w.equals("위안")) return "CNY";
        return w.toUpperCase(Locale.ROOT);
    }
}
