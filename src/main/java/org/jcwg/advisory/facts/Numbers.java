package org.jcwg.advisory.facts;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Percentages, years and the remaining numbers, canonical as plain decimals ({@code 2.5 million}
 * and {@code 250만} are both {@code 2500000}). Before numbers are read, tokens that merely contain
 * digits are claimed without a fact: ids such as {@code AA23-040A}, {@code R4}, {@code APT38},
 * {@code v1.2.3}, ordinals, fractions such as {@code 24/7}, a Korean month alone. Stateless.
 */
final class Numbers {

    private static final Pattern PERCENT = Pattern.compile("(?<![A-Za-z0-9.,])" + Amounts.NUMBER
            + "\\s?(?:%|(?i:percent(?:age points?)?|per cent)(?![A-Za-z])|퍼센트|프로(?![가-힣]))");
    /** A character of a token: a letter or digit, or one of - _ . before one. */
    private static final String TOKEN_CHAR = "(?:[A-Za-z0-9]|[-_.](?=[A-Za-z0-9]))";
    /** A token (letters, digits, inner - _ .) whose run of token characters holds a letter and a digit, as {@link #ID_START} tests. */
    private static final Pattern TOKEN = Pattern.compile("(?<![A-Za-z0-9_])(?=" + TOKEN_CHAR + "*?[0-9])(?="
            + TOKEN_CHAR + "*?[A-Za-z])[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*(?![A-Za-z0-9_])");
    /** "30-day", "64-bit": a count followed by a word, not an id. */
    private static final Pattern COUNT_COMPOUND = Pattern.compile("\\d+(?:\\.\\d+)?(?:-[a-z]+)+");
    private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])\\d+(?:\\.\\d+){2,}(?![\\d])");
    private static final Pattern FRACTION = Pattern.compile("(?<![\\d/])\\d+/\\d+(?![\\d/])");
    /**
     * Korean forms whose digits are not a count: a month alone (5월), ordinals (2번째, 2차, 제3자, 제1회),
     * quarters (1분기) and "2단계 인증" (two-factor authentication, which English writes without a digit).
     */
    private static final Pattern KO_SKIP = Pattern.compile("(?<![\\d.,])\\d{1,2}\\s?월(?!\\s?\\d)"
            + "|(?<![\\d.,])\\d+\\s?(?:번째|차(?!례)|분기)|(?<=제\\s?)\\d+\\s?(?:자|회|세대|기)"
            + "|\\d\\s?단계\\s?(?:인증|검증)");
    private static final Pattern YEAR = Pattern.compile(
            "(?<![A-Za-z0-9.,$₩€£¥])(1[89]\\d\\d|20\\d\\d|2100)(?![\\d]|[.,]\\d|\\s?[만억조천백%]|\\s?퍼센트)");
    private static final Pattern EN_NUMBER = Pattern.compile("(?<![A-Za-z0-9_.,$₩€£¥])" + Amounts.NUMBER
            + "(?:\\s(?i:(thousand|million|billion|trillion))(?![A-Za-z]))?(?![\\d]|[.,]\\d)");
    private static final String UNITS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
            + "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    /** Words for numbers; "one" and "a" only with a scale (alone they are idiom far more often than a count). */
    private static final Pattern EN_WORDS = Pattern.compile("(?i)(?<![A-Za-z0-9-])(?:(" + UNITS + ")(?:-(one|" + UNITS
            + "))?(?:\\s(hundred|thousand|million|billion))?|(?:one|a)\\s(thousand|million|billion)|(twice|thrice))"
            + "(?![A-Za-z]|-(?:factor|step|thirds?|fold|way))");
    /** Native Korean numerals count only before a counter ("세 가지", "두 차례"); "한" is left out as in English. */
    private static final Pattern KO_WORDS = Pattern.compile("(?<![가-힣])(두|세|네|다섯|여섯|일곱|여덟|아홉|열)"
            + "(?=\\s(?:개|명|곳|가지|차례|번|건|달|해|개국|개월|시간|단계|종류|대|척)(?!째))");
    private static final Pattern KO_COUNTER = Pattern.compile(
            "\\s?(?:달러|원|명|개|건|곳|가지|차례|번|회|대|년|개월|주|일|시간|분|초|배|척|종)");
    private static final Map<String, Integer> WORDS = words();
    private static final Set<String> NUMBER_WORDS = numberWords();

    /** A word start of a token (letters, digits, inner - _ .) that has both a letter and a digit. */
    private static final Start ID_START = Start.word((s, i) -> {
        boolean letter = false;
        boolean digit = false;
        for (int j = i; j < s.length; j++) {
            char c = s[j];
            if (Start.isDigit(c)) digit = true;
            else if (Start.isAsciiAlnum(c)) letter = true;
            else if ("-_.".indexOf(c) < 0 || j + 1 >= s.length || !Start.isAsciiAlnum(s[j + 1])) break;
        }
        return letter && digit;
    });
    private static final Start WORD_NUMBER_START = Start.word("tTfFsSeEnNoOaA", (s, i) -> {
        if (i > 0 && s[i - 1] == '-') return false;
        int length = Start.run(s, i, c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
        return length <= 9 && NUMBER_WORDS.contains(new String(s, i, length).toLowerCase(Locale.ROOT));
    });

    private Numbers() {
    }

    static boolean isYear(int year) {
        return year >= 1900 && year <= 2100;
    }

    static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    static BigDecimal scaleWord(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "hundred" -> BigDecimal.TEN.pow(2);
            case "thousand" -> BigDecimal.TEN.pow(3);
            case "million" -> BigDecimal.TEN.pow(6);
            case "billion" -> BigDecimal.TEN.pow(9);
            default -> BigDecimal.TEN.pow(12);
        };
    }

    static void percent(Scan scan) {
        scan.each(PERCENT, Start.DIGIT, m -> scan.add(FactKind.PERCENT, plain(decimal(m.group(1))), m.start(), m.end()));
    }

    static void skipIds(Scan scan) {
        scan.each(DOTTED, Start.DIGIT, m -> scan.claim(m.start(), m.end()));
        scan.each(FRACTION, Start.DIGIT, m -> scan.claim(m.start(), m.end()));
        scan.each(TOKEN, ID_START, m -> {
            String t = m.group();
            if (hasLetter(t) && t.chars().anyMatch(c -> c >= '0' && c <= '9') && !COUNT_COMPOUND.matcher(t).matches()) {
                scan.claim(m.start(), m.end());
            }
        });
    }

    static void skipKorean(Scan scan) {
        scan.each(KO_SKIP, Start.DIGIT, m -> scan.claim(m.start(), m.end()));
    }

    static void years(Scan scan) {
        scan.each(YEAR, Start.DIGIT, m -> scan.add(FactKind.DATE, m.group(1), m.start(), m.end()));
    }

    static void english(Scan scan) {
        scan.each(EN_NUMBER, Start.DIGIT, m -> {
            BigDecimal scale = m.group(2) != null ? scaleWord(m.group(2)) : BigDecimal.ONE;
            scan.add(FactKind.NUMBER, plain(decimal(m.group(1)).multiply(scale)), m.start(), m.end());
        });
        scan.each(EN_WORDS, WORD_NUMBER_START, m -> scan.add(FactKind.NUMBER, plain(words(m)), m.start(), m.end()));
    }

    static void korean(Scan scan) {
        String text = scan.text();
        Matcher counter = KO_COUNTER.matcher(text);
        for (int i = 0; i < text.length(); i++) {
            if (!koreanStart(text, i) || !scan.isFree(i, i + 1)) continue;
            KoreanNumeral.Parsed p = KoreanNumeral.parse(text, i);
            if (p == null || !scan.isFree(i, p.end())) continue;
            // a bare 천 or 백 is a number only as 천만, 백만 ... or before a counter: 백신, 천천히 are words
            if (p.bare() && !p.bigUnit() && !counter.region(p.end(), text.length()).lookingAt()) continue;
            scan.add(FactKind.NUMBER, plain(p.value()), i, p.end());
            i = p.end() - 1;
        }
        scan.each(KO_WORDS, Start.anywhereAt("두세네다여일아열"), m -> scan.add(FactKind.NUMBER, Integer.toString(WORDS.get(m.group(1))), m.start(), m.end()));
    }

    /** Where a Korean numeral may start: a digit not inside another number or word, or 천/백 after no Hangul. */
    static boolean koreanStart(String s, int i) {
        char c = s.charAt(i);
        char before = i > 0 ? s.charAt(i - 1) : ' ';
        if (KoreanNumeral.isDigit(c)) {
            return !KoreanNumeral.isDigit(before) && before != '.' && before != ',' && !isAsciiLetter(before)
                    && "$₩€£¥_".indexOf(before) < 0;
        }
        return (c == '천' || c == '백') && !KoreanNumeral.isHangul(before) && !KoreanNumeral.isDigit(before);
    }

    private static BigDecimal words(Matcher m) {
        if (m.group(4) != null) return scaleWord(m.group(4));
        if (m.group(5) != null) return BigDecimal.valueOf(m.group(5).equalsIgnoreCase("twice") ? 2 : 3);
        BigDecimal n = BigDecimal.valueOf(WORDS.get(m.group(1).toLowerCase(Locale.ROOT)));
        if (m.group(2) != null) n = n.add(BigDecimal.valueOf(WORDS.get(m.group(2).toLowerCase(Locale.ROOT))));
        return m.group(3) != null ? n.multiply(scaleWord(m.group(3))) : n;
    }

    private static BigDecimal decimal(String digits) {
        return new BigDecimal(digits.replace(",", ""));
    }

    private static boolean hasLetter(String s) {
        return s.chars().anyMatch(c -> isAsciiLetter((char) c));
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static Set<String> numberWords() {
        Set<String> set = new HashSet<>(List.of(UNITS.split("\\|")));
        set.addAll(List.of("one", "a", "twice", "thrice"));
        return Set.copyOf(set);
    }

    private static Map<String, Integer> words() {
        String[] units = UNITS.split("\\|");
        Map<String, Integer> map = new HashMap<>();
        map.put("one", 1);
        for (int i = 0; i < units.length; i++) {
            map.put(units[i], i < 18 ? i + 2 : (i - 16) * 10); // two..nineteen, then twenty..ninety
        }
        map.put("두", 2);
        map.put("세", 3);
        map.put("네", 4);
        map.put("다섯", 5);
        map.put("여섯", 6);
        map.put("일곱", 7);
        map.put("여덟", 8);
        map.put("아홉", 9);
        map.put("열", 10);
        return Map.copyOf(map);
    }
}
