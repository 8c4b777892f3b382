package org.jcwg.advisory.render;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jcwg.advisory.i18n.Localizer;
import org.jcwg.advisory.model.Document;
import org.jcwg.advisory.model.Lang;
import org.jcwg.advisory.model.LockEntry;
import org.jcwg.advisory.model.SectionRef;

/**
 * Puts a notice under each heading whose translation fell behind its source, linking to the
 * same section in the source language, so readers know to check the original. Heading ids are
 * sanitised to {@code [a-z0-9-]} by the Markdown step, so finding them in the HTML is exact.
 * Stateless.
 */
final class StaleNotices {

    private StaleNotices() {
    }

    static String insert(String html, Document doc, Lang lang, Set<SectionRef> stale, Localizer l, String sourceHref,
                         String sourceName) {
        Lang source = doc.meta().source();
        if (lang == source || sourceHref == null) return html;
        String result = html;
        // Sorted, so that two notices prepended to the same page always come in the same order.
        for (SectionRef ref : stale.stream().sorted(java.util.Comparator.comparing(SectionRef::section).reversed()).toList()) {
            if (!ref.document().equals(doc.path())) continue;
            if (ref.section().equals(LockEntry.FRONT_MATTER) || ref.section().equals(LockEntry.PREAMBLE)) {
                String key = ref.section().equals(LockEntry.FRONT_MATTER) ? "stale.front" : "stale.section";
                result = notice(l, key, sourceHref, source, sourceName) + result;
                continue;
            }
            Matcher m = Pattern.compile("<h([2-6]) id=\"" + Pattern.quote(ref.section()) + "\">.*?</h\\1>\n?",
                    Pattern.DOTALL).matcher(result);
            if (m.find()) {
                String note = notice(l, "stale.section", sourceHref + "#" + ref.section(), source, sourceName);
                result = result.substring(0, m.end()) + note + result.substring(m.end());
            }
        }
        return result;
    }

    private static String notice(Localizer l, String key, String href, Lang source, String sourceName) {
        return "<p class=\"stale-notice\" role=\"note\">" + Html.escape(l.format(key, sourceName)) + " <a href=\""
                + Html.escape(href) + "\" hreflang=\"" + source.code() + "\">"
                + Html.escape(l.format("stale.link", sourceName)) + "</a></p>\n";
    }
}
