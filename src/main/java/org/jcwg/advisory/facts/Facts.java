package org.jcwg.advisory.facts;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Function;

/**
 * Finds the facts of a text that a translation must keep: amounts, numbers, percentages, dates,
 * indicators of compromise and identifiers, each with a canonical value that is the same in
 * English and Korean. Passes claim what they read, from the most specific to the most general, so
 * each character belongs to at most one fact. Thread-safe.
 *
 * <p>The facts of a text are remembered for as long as the text itself is in use: {@code check}
 * and the CSAF and STIX exports of a build all ask for the same texts' facts, and finding them is
 * the costliest thing a check does.
 */
public final class Facts {

    private static final Map<String, List<Fact>> ENGLISH = Collections.synchronizedMap(new WeakHashMap<>());
    private static final Map<String, List<Fact>> KOREAN = Collections.synchronizedMap(new WeakHashMap<>());

    private Facts() {
    }

    /** The facts of English text, in text order. */
    public static List<Fact> english(String text) {
        return remembered(ENGLISH, text, t -> findEnglish(t, false));
    }

    /** The facts of Korean text, in text order; English forms written in Korean text ($1 billion) count too. */
    public static List<Fact> korean(String text) {
        return remembered(KOREAN, text, t -> findKorean(t, false));
    }

    private static List<Fact> remembered(Map<String, List<Fact>> known, String text, Function<String, List<Fact>> find) {
        List<Fact> facts = known.get(text);
        if (facts == null) {
            facts = List.copyOf(find.apply(text)); // outside the lock: other threads find other texts meanwhile
            known.put(text, facts);
        }
        return facts;
    }

    /** As {@link #english}, without remembering; with {@code verifyStarts} as {@link Scan#Scan(String, boolean)}. */
    static List<Fact> findEnglish(String text, boolean verifyStarts) {
        Scan scan = new Scan(text, verifyStarts);
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

    /** As {@link #korean}, without remembering; with {@code verifyStarts} as {@link Scan#Scan(String, boolean)}. */
    static List<Fact> findKorean(String text, boolean verifyStarts) {
        Scan scan = new Scan(text, verifyStarts);
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
