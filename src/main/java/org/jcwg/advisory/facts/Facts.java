package org.jcwg.advisory.facts;

import java.util.List;

/**
 * Finds the facts of a text that a translation must keep: amounts, numbers, percentages, dates,
 * indicators of compromise and identifiers, each with a canonical value that is the same in
 * English and Korean. Passes claim what they read, from the most specific to the most general, so
 * each character belongs to at most one fact. Stateless and thread-safe (patterns are immutable).
 */
public final class Facts {

    private Facts() {
    }

    /** The facts of English text, in text order. */
    public static List<Fact> english(String text) {
        Scan scan = new Scan(text);
        Indicators.scan(scan);
        Dates.skipEnglishTimes(scan);
        Dates.english(scan);
        Amounts.english(scan);
        Numbers.percent(scan);
        Numbers.skipIds(scan);
        Numbers.years(scan);
        Numbers.english(scan);
        return scan.facts();
    }

    /** The facts of Korean text, in text order; English forms written in Korean text ($1 billion) count too. */
    public static List<Fact> korean(String text) {
        Scan scan = new Scan(text);
        Indicators.scan(scan);
        Dates.skipEnglishTimes(scan);
        Dates.skipKoreanTimes(scan);
        Dates.korean(scan);
        Dates.english(scan);
        Amounts.english(scan);
        Amounts.korean(scan);
        Numbers.percent(scan);
        Numbers.skipIds(scan);
        Numbers.skipKorean(scan);
        Numbers.years(scan);
        Numbers.korean(scan);
        return scan.facts();
    }
}
