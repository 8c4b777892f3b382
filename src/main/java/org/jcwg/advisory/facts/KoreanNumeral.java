package org.jcwg.advisory.facts;

import java.math.BigDecimal;

/**
 * Reads a number written the Korean way: digits with the units 천 (10^3) and 백 (10^2) inside a
 * group and the big units 만 (10^4), 억 (10^8) and 조 (10^12) between groups, as in
 * {@code 6억 2천만}, {@code 6억2000만}, {@code 1조 2,000억}, {@code 5백만}, {@code 천} or
 * {@code 1,580}. A space may separate groups after a big unit. Stateless.
 */
final class KoreanNumeral {

    /** A numeral from {@code start} to {@code end}; {@code bare} when it starts with a unit, not a digit. */
    record Parsed(int end, BigDecimal value, boolean bare, boolean bigUnit) {
    }

    private KoreanNumeral() {
    }

    static boolean isHangul(char c) {
        return c >= '\uAC00' && c <= '\uD7A3';
    }

    /** The numeral starting at {@code start}, or null when there is none. */
    static Parsed parse(String s, int start) {
        Group first = group(s, start);
        if (first == null) return null;
        BigDecimal total = BigDecimal.ZERO;
        int lastBig = Integer.MAX_VALUE;
        boolean anyBig = false;
        int end = start;
        Group g = first;
        while (g != null) {
            int big = g.end < s.length() ? bigUnit(s.charAt(g.end)) : -1;
            if (big < 0) {
                // A trailing group without a big unit: the whole numeral if first, after 만 the ones
                // ("1만 2천" is 12000); after 억 it is not added ("3억 5천" is colloquial for 3억 5천만).
                if (g == first || (lastBig == 4 && g.smallUnit)) {
                    total = total.add(g.value);
                    end = g.end;
                }
                break;
            }
            if (big >= lastBig) break;
            total = total.add(g.value.scaleByPowerOfTen(big));
            lastBig = big;
            anyBig = true;
            end = g.end + 1;
            int next = end < s.length() && s.charAt(end) == ' ' ? end + 1 : end;
            g = group(s, next);
        }
        return new Parsed(end, total, !isDigit(s.charAt(start)), anyBig);
    }

    /** Digits and 천/백 units: "2천5백" is 2500, "천" 1000, "2,000" 2000. */
    private record Group(BigDecimal value, int end, boolean smallUnit) {
    }

    private static Group group(String s, int i) {
        BigDecimal sum = BigDecimal.ZERO;
        boolean any = false;
        boolean smallUnit = false;
        int pos = i;
        while (pos < s.length()) {
            int digitsEnd = digits(s, pos);
            BigDecimal number = digitsEnd > pos ? new BigDecimal(s.substring(pos, digitsEnd).replace(",", "")) : null;
            int unit = digitsEnd < s.length() ? smallUnit(s.charAt(digitsEnd)) : -1;
            if (unit < 0) {
                if (number != null) {
                    sum = sum.add(number);
                    pos = digitsEnd;
                    any = true;
                }
                break;
            }
            sum = sum.add((number != null ? number : BigDecimal.ONE).scaleByPowerOfTen(unit));
            pos = digitsEnd + 1;
            any = true;
            smallUnit = true;
        }
        return any ? new Group(sum, pos, smallUnit) : null;
    }

    /** End of "1,580", "2.5" or "8100" at {@code i} (i itself when there is no digit). */
    private static int digits(String s, int i) {
        int pos = i;
        while (pos < s.length() && isDigit(s.charAt(pos))) pos++;
        if (pos == i) return i;
        while (pos + 3 < s.length() && s.charAt(pos) == ',' && allDigits(s, pos + 1, pos + 4)
                && (pos + 4 >= s.length() || !isDigit(s.charAt(pos + 4)))) {
            pos += 4;
        }
        if (pos + 1 < s.length() && s.charAt(pos) == '.' && isDigit(s.charAt(pos + 1))) {
            pos++;
            while (pos < s.length() && isDigit(s.charAt(pos))) pos++;
        }
        return pos;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean allDigits(String s, int from, int to) {
        if (to > s.length()) return false;
        for (int i = from; i < to; i++) {
            if (!isDigit(s.charAt(i))) return false;
        }
        return true;
    }

    private static int smallUnit(char c) {
        return c == '천' ? 3 : c == '백' ? 2 : -1;
    }

    private static int bigUnit(char c) {
        return c == '조' ? 12 : c == '억' ? 8 : c == '만' ? 4 : -1;
    }
}
