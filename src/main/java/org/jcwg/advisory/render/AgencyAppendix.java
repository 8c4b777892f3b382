package org.jcwg.advisory.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jcwg.advisory.render.Views.AgencyView;
import org.jcwg.advisory.render.Views.CountryGroup;
import org.jcwg.advisory.render.Views.Directory;
import org.jcwg.advisory.render.Views.Ref;

/**
 * The agency directory as a report's printed appendix: the agencies the report names (all of them
 * when it names none), grouped and sorted as on the directory page. A PDF is one file, so every
 * link must stay inside it: entries are anchored {@code #agency-ID} (body headings may use bare
 * ids), counterparts outside the appendix lose their link, and the links to other publications
 * (pages of the web site) are left out. Stateless and thread-safe.
 */
final class AgencyAppendix {

    static final String ANCHOR = "agency-";

    private AgencyAppendix() {
    }

    /** @param named the agency ids the report names, in any order */
    static List<CountryGroup> of(Directory directory, List<String> named) {
        Set<String> shown = named.isEmpty()
                ? directory.groups().stream().flatMap(g -> g.agencies().stream()).map(AgencyView::id).collect(Collectors.toSet())
                : Set.copyOf(named);
        List<CountryGroup> groups = new ArrayList<>();
        for (CountryGroup g : directory.groups()) {
            // Entries come parent first, so a shown parent's depth is known before its children's.
            Map<String, Integer> depths = new HashMap<>();
            List<AgencyView> agencies = new ArrayList<>();
            for (AgencyView a : g.agencies()) {
                if (!shown.contains(a.id())) continue;
                Integer above = a.parent() == null ? null : depths.get(idOf(a.parent()));
                int depth = above == null ? 0 : above + 1;
                depths.put(a.id(), depth);
                agencies.add(print(a, depth, shown));
            }
            if (!agencies.isEmpty()) groups.add(new CountryGroup(g.code(), g.heading(), agencies, List.of()));
        }
        return groups;
    }

    private static AgencyView print(AgencyView a, int depth, Set<String> shown) {
        List<Ref> counterparts = a.counterparts().stream().map(r -> inside(r, shown)).toList();
        Ref parent = a.parent() == null ? null : inside(a.parent(), shown);
        return new AgencyView(ANCHOR + a.id(), depth, a.acronym(), a.name(), a.otherName(), a.otherLang(),
                a.function(), a.role(), parent, a.url(), counterparts, List.of(), List.of());
    }

    private static String idOf(Ref r) {
        return r.href().substring(r.href().indexOf('#') + 1);
    }

    /** The directory's refs are {@code #id} on its own page. */
    private static Ref inside(Ref r, Set<String> shown) {
        String id = idOf(r);
        return new Ref(shown.contains(id) ? "#" + ANCHOR + id : null, r.label(), r.title());
    }
}
