package org.jcwg.advisory.facts;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in prose, canonical as ISO 8601: {@code 2022-05-21} (full), {@code 2022-06} (month),
 * {@code --05-21} (day without a year), {@code 1980s} (decade). Clock times are claimed without
 * a fact, so that "10:30" and "10시 30분" do not turn into numbers. Stateless.
 */
final class Dates {

    private static final String MONTH = "(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?"
            + "|July?|Aug(?:ust|\\.)?|Sep(?:tember|t\\.|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)"
            + "(?![A-Za-z])";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "(\\d{4})(?![\\d])";
    private static final Pattern EN_MDY = Pattern.compile("(?<![A-Za-z0-9])" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR);
    private static final Pattern EN_DMY = Pattern.compile("(?<![A-Za-z0-9])" + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR);
    private static final Pattern EN_MY = Pattern.compile("(?<![A-Za-z0-9])" + MONTH + ",?\\s+(?:of\\s+)?" + YEAR);
    private static final Pattern EN_MD = Pattern.compile("(?<![A-Za-z0-9])" + MONTH + "\\s+" + DAY + "(?![\\d])");
    private static final Pattern EN_DM = Pattern.compile("(?<![A-Za-z0-9.,])" + DAY + "\\s+(?:of\\s+)?" + MONTH);
    private static final Pattern ISO = Pattern.compile("(?<![\\d.-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])");
    private static final Pattern US_SLASH = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])");
    private static final Pattern EN_DECADE = Pattern.compile("(?<![A-Za-z0-9])(1[89]\\d0|20\\d0)'?s(?![A-Za-z])");
    /** Only at the start of a word: "x4am" is not a time (it is an id). */
    private static final Pattern EN_TIME = Pattern.compile("(?<![A-Za-z0-9])(?:"
            + "(?<![\\d:.])\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s?(?:[aApP]\\.?[mM]\\.?))?(?![\\d:])"
                    + "|(?<![\\d.])\\d{1,2}\\s?(?:a\\.m\\.|p\\.m\\.|am|pm|AM|PM)(?![A-Za-z])"
                    + "|(?:UTC|GMT|KST|EST|EDT)\\s?[+−-]\\s?\\d{1,2}(?::?\\d{2})?)");
    private static final Pattern KO_FULL = Pattern.compile(
            "(?<![\\d.,])(\\d{4})\\s?년\\s?(\\d{1,2})\\s?월\\s?(\\d{1,2})\\s?일");
    private static final Pattern KO_DOTTED = Pattern.compile(
            "(?<![\\d.,])(\\d{4})\\.\\s?(\\d{1,2})\\.\\s?(\\d{1,2})\\.?(?![\\d])");
    private static final Pattern KO_YM = Pattern.compile("(?<![\\d.,])(\\d{4})\\s?년\\s?(\\d{1,2})\\s?월");
    private static final Pattern KO_MD = Pattern.compile("(?<![\\d.,])(\\d{1,2})\\s?월\\s?(\\d{1,2})\\s?일");
    private static final Pattern KO_DECADE = Pattern.compile(
            "(?<![\\d.,])(1[89]\\d0|20\\d0)\\s?년대(?:\\s?(?:초반|중반|후반|초|중|말|말기|중엽))?");
    /** "80년대": the two-digit decade of the last century, or of this one for 00, 10 and 20. */
    private static final Pattern KO_SHORT_DECADE = Pattern.compile(
            "(?<![\\d.,])(\\d)0\\s?년대(?:\\s?(?:초반|중반|후반|초|중|말|말기|중엽))?");
    private static final Pattern KO_YEAR = Pattern.compile("(?<![\\d.,])(\\d{4})\\s?년(?!대)");
    // 시간 (hours), 시점, 시대 ... are not clock times; "3시간" stays a number.
    private static final Pattern KO_TIME = Pattern.compile(
            "(?<![\\d.,])\\d{1,2}\\s?시(?![간점대각기스작행도])"
                    + "(?:\\s?\\d{1,2}\\s?분)?(?:\\s?\\d{1,2}\\s?초)?");

    private static final Set<String> MONTHS = Set.of(
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");
    private static final Start MONTH_START = Start.word("JFMASOND",
            (s, i) -> i + 3 <= s.length && MONTHS.contains(new String(s, i, 3)));

    private Dates() {
    }

    static void skipEnglishTimes(Scan scan) {
        scan.each(EN_TIME, Start.wordStartingWith("0123456789UGKE"), m -> scan.claim(m.start(), m.end()));
    }

    static void skipKoreanTimes(Scan scan) {
        scan.each(KO_TIME, Start.DIGIT, m -> scan.claim(m.start(), m.end()));
    }

    static void english(Scan scan) {
        scan.each(ISO, Start.DIGIT, m -> full(scan, m, m.group(1), m.group(2), m.group(3)));
        scan.each(US_SLASH, Start.DIGIT, m -> full(scan, m, m.group(3), m.group(1), m.group(2)));
        scan.each(EN_MDY, MONTH_START, m -> full(scan, m, m.group(3), month(m.group(1)), m.group(2)));
        scan.each(EN_DMY, Start.DIGIT, m -> full(scan, m, m.group(3), month(m.group(2)), m.group(1)));
        scan.each(EN_MY, MONTH_START, m -> yearMonth(scan, m, m.group(2), month(m.group(1))));
        scan.each(EN_MD, MONTH_START, m -> monthDay(scan, m, month(m.group(1)), m.group(2)));
        scan.each(EN_DM, Start.DIGIT, m -> monthDay(scan, m, month(m.group(2)), m.group(1)));
        scan.each(EN_DECADE, Start.DIGIT, m -> scan.add(FactKind.DATE, m.group(1) + "s", m.start(), m.end()));
    }

    static void korean(Scan scan) {
        scan.each(ISO, Start.DIGIT, m -> full(scan, m, m.group(1), m.group(2), m.group(3)));
        scan.each(KO_FULL, Start.DIGIT, m -> full(scan, m, m.group(1), m.group(2), m.group(3)));
        scan.each(KO_DOTTED, Start.DIGIT, m -> full(scan, m, m.group(1), m.group(2), m.group(3)));
        scan.each(KO_YM, Start.DIGIT, m -> yearMonth(scan, m, m.group(1), m.group(2)));
        scan.each(KO_MD, Start.DIGIT, m -> monthDay(scan, m, m.group(1), m.group(2)));
        scan.each(KO_DECADE, Start.DIGIT, m -> scan.add(FactKind.DATE, m.group(1) + "s", m.start(), m.end()));
        scan.each(KO_SHORT_DECADE, Start.DIGIT, m -> {
            int d = m.group(1).charAt(0) - '0';
            scan.add(FactKind.DATE, (d <= 2 ? 2000 : 1900) + d * 10 + "s", m.start(), m.end());
        });
        scan.each(KO_YEAR, Start.DIGIT, m -> {
            int year = Integer.parseInt(m.group(1));
            if (Numbers.isYear(year)) scan.add(FactKind.DATE, m.group(1), m.start(), m.end());
        });
    }

    private static void full(Scan scan, Matcher m, String year, String month, String day) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            scan.add(FactKind.DATE, date.toString(), m.start(), m.end());
        } catch (DateTimeException e) {
            // not a calendar date (2023-02-30, 13/45/2022): leave the digits to the number passes
        }
    }

    private static void yearMonth(Scan scan, Matcher m, String year, String month) {
        int mm = Integer.parseInt(month);
        if (mm >= 1 && mm <= 12) scan.add(FactKind.DATE, year + "-" + two(mm), m.start(), m.end());
    }

    private static void monthDay(Scan scan, Matcher m, String month, String day) {
        int mm = Integer.parseInt(month);
        int dd = Integer.parseInt(day);
        if (mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31) {
            scan.add(FactKind.DATE, "--" + two(mm) + "-" + two(dd), m.start(), m.end());
        }
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** The month number (as text) of an English month name or abbreviation. */
    private static String month(String name) {
        String key = name.substring(0, 3).toLowerCase(Locale.ROOT);
        int index = "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(key) / 3 + 1;
        return Integer.toString(index);
    }
}
