package org.jcwg.advisory.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jcwg.advisory.i18n.Localizer;
import org.jcwg.advisory.model.Agency;
import org.jcwg.advisory.model.AgencyText;
import org.jcwg.advisory.model.Country;
import org.jcwg.advisory.model.Lang;
import org.jcwg.advisory.render.Views.AgencyView;
import org.jcwg.advisory.render.Views.CountryGroup;
import org.jcwg.advisory.render.Views.CounterpartRow;
import org.jcwg.advisory.render.Views.Directory;
import org.jcwg.advisory.render.Views.Ref;

/**
 * Builds the agency directory of one language: agencies grouped by country, sorted by their name
 * in that language with its collator, and the U.S.–ROK counterpart map. Stateless apart from
 * the render context it reads.
 */
final class DirectoryViews {

    private final RenderContext ctx;

    DirectoryViews(RenderContext ctx) {
        this.ctx = ctx;
    }

    Directory directory(Lang lang) {
        Localizer l = ctx.l10n(lang);
        String file = PagePaths.agencies(lang);
        List<CountryGroup> groups = new ArrayList<>();
        for (Country country : Country.values()) {
            List<AgencyView> views = sorted(lang, country).stream().map(a -> view(lang, a, file)).toList();
            if (!views.isEmpty()) {
                groups.add(new CountryGroup(country.name(), l.text("country." + country.name()), views));
            }
        }
        List<CounterpartRow> map = new ArrayList<>();
        for (Agency us : sorted(lang, Country.US)) {
            Ref self = anchor(lang, us.id()).orElseThrow();
            List<Ref> kr = us.counterparts().stream()
                    .map(ctx.agencies::get)
                    .filter(a -> a != null && a.country() == Country.KR)
                    .sorted(byName(lang))
                    .map(a -> anchor(lang, a.id()).orElseThrow())
                    .toList();
            map.add(new CounterpartRow(self, kr));
        }
        return new Directory(groups, map);
    }

    /** Agencies of one country in the language's collation order of their names; ties by id. */
    private List<Agency> sorted(Lang lang, Country country) {
        return ctx.agencies.values().stream().filter(a -> a.country() == country).sorted(byName(lang)).toList();
    }

    private Comparator<Agency> byName(Lang lang) {
        Comparator<String> collator = ctx.l10n(lang).collator();
        return Comparator.comparing((Agency a) -> a.name(lang), collator).thenComparing(Agency::id);
    }

    private AgencyView view(Lang lang, Agency a, String file) {
        Lang other = lang.other();
        String role = a.find(lang).or(() -> a.find(other)).map(AgencyText::role).map(t -> t.value()).orElse(null);
        String otherName = a.find(other).map(t -> t.name().value()).orElse(null);
        Ref parent = a.findParent().flatMap(p -> anchor(lang, p)).orElse(null);
        List<Ref> counterparts = a.counterparts().stream()
                .map(ctx.agencies::get).filter(c -> c != null).sorted(byName(lang))
                .map(c -> anchor(lang, c.id()).orElseThrow()).toList();
        List<Ref> documents = ctx.docRefs(lang, file, d -> d.meta().agencies().contains(a.id()));
        return new AgencyView(a.id(), blankToNull(a.acronym()), a.name(lang), otherName, other.code(),
                role, parent, a.findUrl().filter(DirectoryViews::isWebUrl).orElse(null), counterparts, documents);
    }

    /** A link to an agency on this same page: acronym as the label, name as the title. */
    private Optional<Ref> anchor(Lang lang, String id) {
        return ctx.agencyRef(lang, id, PagePaths.agencies(lang)).map(r -> new Ref("#" + id, r.label(), r.title()));
    }

    /** Only web addresses become links: a directory entry is editor input, like a document body. */
    static boolean isWebUrl(String url) {
        String u = url.strip().toLowerCase(java.util.Locale.ROOT);
        return u.startsWith("https://") || u.startsWith("http://");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
