package org.jcwg.advisory.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.ibm.icu.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jcwg.advisory.model.Lang;
import org.junit.jupiter.api.Test;

class LocalizerTest {

    private final Localizer en = Localizer.of(Lang.EN);
    private final Localizer ko = Localizer.of(Lang.KO);

    @Test
    void formatsLongDatesPerLanguage() {
        LocalDate d = LocalDate.of(2022, 11, 9);
        assertEquals("November 9, 2022", en.date(d));
        assertEquals("2022년 11월 9일", ko.date(d));
    }

    @Test
    void datesDoNotShiftAtYearBoundaries() {
        assertEquals("January 1, 2023", en.date(LocalDate.of(2023, 1, 1)));
        assertEquals("2022년 12월 31일", ko.date(LocalDate.of(2022, 12, 31)));
    }

    @Test
    void formatsMonthAndYear() {
        LocalDate d = LocalDate.of(2022, 11, 9);
        assertEquals("November 2022", en.monthYear(d));
        assertEquals("2022년 11월", ko.monthYear(d));
    }

    @Test
    void formatsNumbersAndCounts() {
        assertEquals("1,234,567", en.number(1_234_567));
        assertEquals("1,234,567", ko.number(1_234_567));
        assertEquals("1 document", en.format("list.count", 1));
        assertEquals("1,200 documents", en.format("list.count", 1200));
        assertEquals("문서 3건", ko.format("list.count", 3));
    }

    @Test
    void locales() {
        assertEquals("en-US", Localizer.locale(Lang.EN).toLanguageTag());
        assertEquals("ko-KR", Localizer.locale(Lang.KO).toLanguageTag());
    }

    @Test
    void sortsKoreanInDictionaryOrder() {
        List<String> names = new ArrayList<>(List.of("금융위원회", "국가정보원", "경찰청", "과학기술정보통신부"));
        names.sort(ko.collator());
        assertEquals(List.of("경찰청", "과학기술정보통신부", "국가정보원", "금융위원회"), names);
    }

    @Test
    void sortsEnglishAlphabeticallyIgnoringCase() {
        List<String> names = new ArrayList<>(List.of("federal Bureau", "Cybersecurity", "Financial", "banking"));
        names.sort(en.collator());
        assertEquals(List.of("banking", "Cybersecurity", "federal Bureau", "Financial"), names);
    }

    @Test
    void bothLanguagesHaveTheSameUiStringKeys() {
        assertEquals(en.texts().keySet(), ko.texts().keySet());
    }

    @Test
    void everyUiStringIsNonEmptyAndAValidPattern() {
        for (Localizer l : List.of(en, ko)) {
            for (Map.Entry<String, String> e : l.texts().entrySet()) {
                assertFalse(e.getValue().isBlank(), l.lang() + " " + e.getKey());
                new MessageFormat(e.getValue(), l.locale()); // throws on a malformed pattern
            }
        }
    }

    @Test
    void patternsTakeTheSameArgumentsInBothLanguages() {
        for (String key : en.texts().keySet()) {
            assertEquals(en.texts().get(key).contains("{0"), ko.texts().get(key).contains("{0"), key);
            assertEquals(en.texts().get(key).contains("{1"), ko.texts().get(key).contains("{1"), key);
        }
    }
}
