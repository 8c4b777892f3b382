package org.jcwg.advisory.build;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jcwg.advisory.diag.Diagnostic;
import org.jcwg.advisory.model.Site;

/**
 * The result of a check or build: every finding (sorted), and for a successful build what was
 * written. Under {@code --strict} warnings already count as errors here.
 */
public record Outcome(List<Diagnostic> diagnostics, Summary summary, Site published) {

    /**
     * Counts for the closing lines of a build; zeros for a check or a failed build.
     * {@code searchIndexBytes}: the size of each language's search index, by language code;
     * {@code phases}: milliseconds per phase (load, check, render, pdf, write) in the order they ran;
     * {@code pdfsReused}: PDFs taken from the build cache; {@code rewritten}: files written anew
     * (the others were unchanged since the previous build); {@code sources}: document files read,
     * {@code sourcesReused} of them taken from the build cache; {@code documentPages}: pages of
     * documents published, {@code pagesReused} of them taken from the build cache;
     * {@code searchIndexesReused}: the language codes whose search index came whole from the build
     * cache (none of its documents changed).
     */
    public record Summary(int documents, int files, int pages, int pdfs, int warnings, long millis,
                          Map<String, Long> searchIndexBytes, Map<String, Long> phases, int pdfsReused,
                          int rewritten, int sources, int sourcesReused, int documentPages, int pagesReused,
                          Set<String> searchIndexesReused) {
        public static final Summary NONE = new Summary(0, 0, 0, 0, 0, 0, Map.of(), Map.of(), 0, 0, 0, 0, 0, 0, Set.of());

        public Summary {
            searchIndexBytes = Collections.unmodifiableMap(new TreeMap<>(searchIndexBytes));
            phases = Collections.unmodifiableMap(new LinkedHashMap<>(phases));
            searchIndexesReused = Collections.unmodifiableSet(new TreeSet<>(searchIndexesReused));
        }
    }

    public Outcome {
        diagnostics = List.copyOf(diagnostics);
    }

    public Outcome(List<Diagnostic> diagnostics, Summary summary) {
        this(diagnostics, summary, null);
    }

    /** What the build published, for a live preview's next quick update; empty for a check or a failure. */
    public Optional<Site> findPublished() {
        return Optional.ofNullable(published);
    }

    public long errors() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warnings() {
        return diagnostics.size() - errors();
    }

    public boolean failed() {
        return errors() > 0;
    }
}
