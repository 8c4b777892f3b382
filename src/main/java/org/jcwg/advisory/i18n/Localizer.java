package org.jcwg.advisory.i18n;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jcwg.advisory.model.Lang;

/**
 * One language resolved for display: its ICU locale, date and number formats, collator and UI
 * strings. Everything a page shows that depends on the language goes through here, so pages never
 * touch the machine's default locale or time zone.
 *
 * <p>Thread-safe: ICU formats are not, so each date is formatted on a clone of a prototype, once
 * (lists and directories show the same dates on page after page, and cloning an ICU format costs
 * more than using it); the collator is frozen.
 */
public final class Localizer {

    private final Lang lang;
    private final ULocale locale;
    private final DateFormat longDate;
    private final DateFormat monthYear;
    private final Collator collator;
    private final UiStrings strings;
    private final Map<LocalDate, String> longDates = new ConcurrentHashMap<>();
    private final Map<LocalDate, String> monthYears = new ConcurrentHashMap<>();

    private Localizer(Lang lang) {
        this.lang = lang;
        this.locale = locale(lang);
        // Dates are calendar dates without a time: format them at UTC midnight in UTC so no
        // machine time zone can shift them to the previous day.
        this.longDate = DateFormat.getDateInstance(DateFormat.LONG, locale);
        this.longDate.setTimeZone(TimeZone.GMT_ZONE);
        this.monthYear = DateFormat.getInstanceForSkeleton(DateFormat.YEAR_MONTH, locale);
        this.monthYear.setTimeZone(TimeZone.GMT_ZONE);
        this.collator = Collator.getInstance(locale).freeze();
        this.strings = UiStrings.of(lang);
    }

    /** A new localizer; cheap enough to make once per build and language. */
    public static Localizer of(Lang lang) {
        return new Localizer(Objects.requireNonNull(lang, "lang"));
    }

    /** The ICU locale of a language: the region matters for date and number conventions. */
    public static ULocale locale(Lang lang) {
        return lang == Lang.KO ? ULocale.forLanguageTag("ko-KR") : ULocale.forLanguageTag("en-US");
    }

    public Lang lang() {
        return lang;
    }

    public ULocale locale() {
        return locale;
    }

    /** "November 9, 2022" / "2022년 11월 9일". */
    public String date(LocalDate date) {
        return longDates.computeIfAbsent(date, d -> ((DateFormat) longDate.clone()).format(toDate(d)));
    }

    /** "November 2022" / "2022년 11월". */
    public String monthYear(LocalDate date) {
        return monthYears.computeIfAbsent(date, d -> ((DateFormat) monthYear.clone()).format(toDate(d)));
    }

    /** A count or other number with the language's grouping: "1,234" in both languages. */
    public String number(long n) {
        return NumberFormat.getInstance(locale).format(n);
    }

    /** Compares display strings in the language's order (Korean 가나다 order, English alphabetical). */
    public Comparator<String> collator() {
        return collator::compare;
    }

    /** A UI string; fails for an unknown key, which is a bug in a template or in this package. */
    public String text(String key) {
        return strings.require(key);
    }

    /**
     * A UI string that is an ICU MessageFormat pattern ({@code {0}}, plural forms), filled with
     * the arguments; numbers among them are formatted for the language.
     */
    public String format(String key, Object... args) {
        return new MessageFormat(strings.require(key), locale).format(args);
    }

    /** All UI strings of the language, sorted by key (for templates and for the parity test). */
    public SortedMap<String, String> texts() {
        return strings.all();
    }

    private static Date toDate(LocalDate date) {
        return Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC));
    }
}
