package org.jcwg.advisory.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jcwg.advisory.i18n.Localizer;
import org.jcwg.advisory.model.Agency;
import org.jcwg.advisory.model.AgencyFunction;
import org.jcwg.advisory.model.AgencyText;
import org.jcwg.advisory.model.Country;
import org.jcwg.advisory.model.Lang;
import org.jcwg.advisory.render.Views.AgencyView;
import org.jcwg.advisory.render.Views.CounterpartRow;
import org.jcwg.advisory.render.Views.CountryGroup;
import org.jcwg.advisory.render.Views.Directory;
import org.jcwg.advisory.render.Views.FunctionRow;
import org.jcwg.advisory.render.Views.Ref;

/**
 * Builds the agency directory of one language: agencies grouped by country and parent, sorted by
 * their name in that language with its collator, the counterpart map by function and the
 * counterpart pairs agency by agency. Stateless apart from the render context it reads.
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
            List<AgencyView> views = new ArrayList<>();
            List<Agency> members = sorted(lang, country);
            for (Agency a : members) {
                if (!hasParentIn(a, members)) addFamily(lang, a, 0, members, file, views, new TreeSet<>());
            }
            if (!views.isEmpty()) {
                List<Ref> index = members.stream()
                        .map(a -> new Ref("#" + a.id(), a.name(lang), blankToNull(a.acronym()))).toList();
                groups.add(new CountryGroup(country.name(), l.text("country." + country.name()), views, index));
            }
        }
        return new Directory(groups, functionMap(lang), pairs(lang));
    }

    /** The agency, then the agencies whose parent it is, depth first; {@code seen} stops a cycle the checks report. */
    private void addFamily(Lang lang, Agency a, int depth, List<Agency> members, String file, List<AgencyView> out,
                           Set<String> seen) {
        if (!seen.add(a.id())) return;
        out.add(view(lang, a, depth, file));
        for (Agency child : members) {
            if (a.id().equals(child.parent())) addFamily(lang, child, depth + 1, members, file, out, seen);
        }
    }

    /** A parent in another country or unknown (both reported by the checks) leaves the agency at the top. */
    private static boolean hasParentIn(Agency a, List<Agency> members) {
        return a.parent() != null && members.stream().anyMatch(m -> m.id().equals(a.parent()));
    }

    /** One row per function in the vocabulary's order, then agencies without one; empty rows left out. */
    private List<FunctionRow> functionMap(Lang lang) {
        Localizer l = ctx.l10n(lang);
        List<FunctionRow> rows = new ArrayList<>();
        for (AgencyFunction f : AgencyFunction.values()) {
            row(lang, f.code(), l.text("function." + f.code()), f).ifPresent(rows::add);
        }
        row(lang, "other", l.text("function.other"), null).ifPresent(rows::add);
        return rows;
    }

    private Optional<FunctionRow> row(Lang lang, String code, String label, AgencyFunction function) {
        List<Ref> us = byFunction(lang, Country.US, function);
        List<Ref> kr = byFunction(lang, Country.KR, function);
        return us.isEmpty() && kr.isEmpty() ? Optional.empty() : Optional.of(new FunctionRow(code, label, us, kr));
    }

    private List<Ref> byFunction(Lang lang, Country country, AgencyFunction function) {
        return sorted(lang, country).stream().filter(a -> a.function() == function)
                .map(a -> anchor(lang, a.id()).orElseThrow()).toList();
    }

    private List<CounterpartRow> pairs(Lang lang) {
        List<CounterpartRow> map = new ArrayList<>();
        for (Agency us : sorted(lang, Country.US)) {
            List<Ref> kr = us.counterparts().stream()
                    .map(ctx.agencies::get)
                    .filter(a -> a != null && a.country() == Country.KR)
                    .sorted(byName(lang))
                    .map(a -> anchor(lang, a.id()).orElseThrow())
                    .toList();
            map.add(new CounterpartRow(anchor(lang, us.id()).orElseThrow(), kr));
        }
        return map;
    }

    /** Agencies of one country in the language's collation order of their names; ties by id. */
    private List<Agency> sorted(Lang lang, Country country) {
        return ctx.agencies.values().stream().filter(a -> a.country() == country).sorted(byName(lang)).toList();
    }

    private Comparator<Agency> byName(Lang lang) {
        Comparator<String> collator = ctx.l10n(lang).collator();
        return Comparator.comparing((Agency a) -> a.name(lang), collator).thenComparing(Agency::id);
    }

    private AgencyView view(Lang lang, Agency a, int depth, String file) {
        Localizer l = ctx.l10n(lang);
        Lang other = lang.other();
        String role = a.find(lang).or(() -> a.find(other)).map(AgencyText::role).map(t -> t.value()).orElse(null);
        String otherName = a.find(other).map(t -> t.name().value()).orElse(null);
        Ref parent = a.findParent().flatMap(p -> anchor(lang, p)).orElse(null);
        String function = a.findFunction().map(f -> l.text("function." + f.code())).orElse(null);
        List<Ref> counterparts = a.counterparts().stream()
                .map(ctx.agencies::get).filter(c -> c != null).sorted(byName(lang))
                .map(c -> anchor(lang, c.id()).orElseThrow()).toList();
        List<Ref> documents = ctx.docRefs(lang, file, d -> d.meta().agencies().contains(a.id()));
        List<Ref> recommendations = ctx.recommendations.values().stream()
                .filter(r -> r.owners().contains(a.id()))
                .map(r -> ctx.recommendationRef(lang, r.id(), file).orElseThrow()).toList();
        return new AgencyView(a.id(), depth, blankToNull(a.acronym()), a.name(lang), otherName, other.code(),
                function, role, parent, a.findUrl().filter(DirectoryViews::isWebUrl).orElse(null), counterparts,
                documents, recommendations);
    }

    /** A link to an agency on this same page: acronym as the label, name as the title. */
    private Optional<Ref> anchor(Lang lang, String id) {
        return ctx.agencyRef(lang, id, PagePaths.agencies(lang)).map(r -> new Ref("#" + id, r.label(), r.title()));
    }

    /** Only web addresses become links: a directory entry is editor input, like a document body. */
    static boolean isWebUrl(String url) {
        String u = url.strip().toLowerCase(Locale.ROOT);
        return u.startsWith("https://") || u.startsWith("http://");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
