package org.jcwg.advisory.render;

import java.util.ArrayList;
import java.util.List;
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
            List<AgencyView> agencies = g.agencies().stream().filter(a -> shown.contains(a.id()))
                    .map(a -> print(a, shown)).toList();
            if (!agencies.isEmpty()) groups.add(new CountryGroup(g.code(), g.heading(), agencies));
        }
        return groups;
    }

    private static AgencyView print(AgencyView a, Set<String> shown) {
        List<Ref> counterparts = a.counterparts().stream().map(r -> inside(r, shown)).toList();
        Ref parent = a.parent() == null ? null : inside(a.parent(), shown);
        return new AgencyView(ANCHOR + a.id(), a.acronym(), a.name(), a.otherName(), a.otherLang(), a.role(),
                parent, a.url(), counterparts, List.of());
    }

    /** The directory's refs are {@code #id} on its own page. */
    private static Ref inside(Ref r, Set<String> shown) {
        String id = r.href().substring(r.href().indexOf('#') + 1);
        return new Ref(shown.contains(id) ? "#" + ANCHOR + id : null, r.label(), r.title());
    }
}
