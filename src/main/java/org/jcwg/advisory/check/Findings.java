package org.jcwg.advisory.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jcwg.advisory.diag.Diagnostic;
import org.jcwg.advisory.diag.SourcePos;
import org.jcwg.advisory.model.DocType;
import org.jcwg.advisory.model.Field;
import org.jcwg.advisory.model.Status;
import org.jcwg.advisory.model.Tlp;
import org.jcwg.advisory.model.Lang;
import org.jcwg.advisory.model.Text;
import org.jcwg.advisory.model.Written;

/**
 * Collects the findings of one check run. Thread-safe, so that documents can be checked on all
 * cores; the order of finding does not matter, as the run sorts its findings.
 */
final class Findings {

    private final List<Diagnostic> list = Collections.synchronizedList(new ArrayList<>());

    void error(String code, SourcePos pos, String message) {
        list.add(Diagnostic.error(code, pos, message));
    }

    void warning(String code, SourcePos pos, String message) {
        list.add(Diagnostic.warning(code, pos, message));
    }

    void addAll(List<Diagnostic> found) {
        list.addAll(found);
    }

    List<Diagnostic> list() {
        synchronized (list) {
            return List.copyOf(list);
        }
    }

    /** A translatable value that must be present and non-empty. */
    void requireText(Text text, String what, String file) {
        if (text.isBlank()) {
            error("translation-missing", text.pos(), what + " is missing or empty in " + file + "; write it in "
                    + (file.startsWith("content-ko/") ? "Korean" : "English"));
        }
    }

    /** Neutral values that both languages state must be equal; reported at the Korean one. */
    void compareNeutral(String what, Written en, Written ko) {
        for (Field koField : ko.fields().values()) {
            Field enField = en.fields().get(koField.key());
            if (enField == null || Objects.equals(enField.value(), koField.value())) continue;
            error("neutral-mismatch", koField.pos(), what + ": '" + koField.key() + "' is " + show(koField.value())
                    + " here but " + show(enField.value()) + " in " + enField.pos()
                    + "; write the same value in both files, or give it in one file only (it is language-neutral)");
        }
    }

    static String show(Object value) {
        if (value instanceof List<?> list) return list.toString();
        if (value instanceof Tlp t) return t.code();
        if (value instanceof DocType t) return t.code();
        if (value instanceof Lang l) return l.code();
        if (value instanceof Status s) return s.code();
        return String.valueOf(value);
    }

    static String label(Lang lang) {
        return lang == Lang.EN ? "English" : "Korean";
    }
}
