package org.jcwg.advisory.check;

import java.util.List;
import java.util.Set;
import org.jcwg.advisory.cache.BuildCache;
import org.jcwg.advisory.diag.Diagnostic;
import org.jcwg.advisory.model.Site;

/**
 * The content rules of the editors' contract, as a pure function from a loaded site to its
 * findings, sorted by file and line. Thread-safe.
 */
public final class Checker {

    public List<Diagnostic> check(Site site) {
        return check(site, Set.of());
    }

    /**
     * @param unreadable files that could not be read at all (already reported): their absence
     *                   from the model is not reported again as a missing translation
     */
    public List<Diagnostic> check(Site site, Set<String> unreadable) {
        return check(site, unreadable, BuildCache.NONE);
    }

    /**
     * As {@link #check(Site, Set)}, taking the comparison of each document pair whose two files did
     * not change from {@code cache} (most of a check's time is there).
     */
    public List<Diagnostic> check(Site site, Set<String> unreadable, BuildCache cache) {
        Findings findings = new Findings();
        DocumentChecks.check(site, unreadable, findings);
        LinkChecks.check(site, findings);
        DataChecks.check(site, findings);
        Staleness.check(site, findings);
        FactChecks.check(site, findings, cache);
        return findings.list().stream().sorted(Diagnostic.ORDER).toList();
    }
}
