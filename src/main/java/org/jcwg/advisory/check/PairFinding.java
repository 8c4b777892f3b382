package org.jcwg.advisory.check;

import java.util.List;
import org.jcwg.advisory.diag.SourcePos;

/**
 * A finding about a section pair before silencing comments are applied. {@code kind} is what an
 * editor names in {@code <!-- check:ignore KIND VALUE -->}; {@code values} are the written and
 * canonical forms a VALUE may name. Immutable.
 */
record PairFinding(String kind, boolean warning, SourcePos pos, String message, List<String> values) {

    PairFinding {
        values = List.copyOf(values);
    }

    static PairFinding error(String kind, SourcePos pos, String message, String... values) {
        return new PairFinding(kind, false, pos, message, List.of(values));
    }

    static PairFinding warning(String kind, SourcePos pos, String message, String... values) {
        return new PairFinding(kind, true, pos, message, List.of(values));
    }

    /** What to do about a difference between the languages: fix it, or silence it where it is meant. */
    static String agreeOrSilence(String kind) {
        return "; make the two languages agree, or silence an intended difference with <!-- check:ignore " + kind + " -->";
    }

    /** The diagnostic code: facts carry a {@code fact-} prefix, the other rules are named as they are. */
    String code() {
        return Silencer.FACT_KINDS.contains(kind) ? "fact-" + kind : kind;
    }
}
