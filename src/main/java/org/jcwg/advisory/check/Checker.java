package org.jcwg.advisory.check;

import java.util.List;
import org.jcwg.advisory.diag.Diagnostic;
import org.jcwg.advisory.model.Site;

/**
 * The content rules of the editors' contract, as a pure function from a loaded site to its
 * findings, sorted by file and line. Thread-safe.
 */
public final class Checker {

    public List<Diagnostic> check(Site site) {
        Findings findings = new Findings();
        DocumentChecks.check(site, findings);
        LinkChecks.check(site, findings);
        DataChecks.check(site, findings);
        return findings.list().stream().sorted(Diagnostic.ORDER).toList();
    }
}
