package org.jcwg.advisory.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jcwg.advisory.check.Checker;
import org.jcwg.advisory.diag.Diagnostic;
import org.jcwg.advisory.diag.Severity;
import org.jcwg.advisory.diag.SourcePos;
import org.jcwg.advisory.load.ContentLoader;
import org.jcwg.advisory.markdown.MarkdownProcessor;
import org.jcwg.advisory.model.Document;
import org.jcwg.advisory.model.Edition;
import org.jcwg.advisory.model.Site;
import org.jcwg.advisory.render.OutputFile;
import org.jcwg.advisory.render.RenderException;
import org.jcwg.advisory.render.SiteRenderer;
import org.jcwg.advisory.write.SiteWriter;

/**
 * The whole generator as one readable sequence: load -> check -> select what the edition
 * publishes -> render -> write. Content problems come back as diagnostics; only I/O failures
 * are thrown. Thread-safe.
 */
public final class Pipeline {

    private final MarkdownProcessor markdown = new MarkdownProcessor();
    private final Checker checker = new Checker();
    private final SiteWriter writer = new SiteWriter();

    /** Validates without writing anything. */
    public Outcome check(Path root, boolean strict) throws IOException {
        return new Outcome(findings(new ContentLoader(markdown).load(root), strict), Outcome.Summary.NONE);
    }

    public Outcome build(BuildOptions options) throws IOException {
        long start = System.nanoTime();
        writer.requireReplaceable(options.out());
        ContentLoader.Result loaded = new ContentLoader(markdown).load(options.root());
        List<Diagnostic> diagnostics = findings(loaded, options.strict());
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) return new Outcome(diagnostics, Outcome.Summary.NONE);

        Site published = select(loaded.site(), options.edition());
        List<OutputFile> files;
        try {
            files = new SiteRenderer(options.root().resolve("templates"), markdown).render(published, options.edition());
        } catch (RenderException e) {
            List<Diagnostic> withTemplate = new ArrayList<>(diagnostics);
            withTemplate.add(Diagnostic.error("template", new SourcePos(e.file(), Math.max(1, e.line()), 1), e.getMessage()));
            return new Outcome(withTemplate, Outcome.Summary.NONE);
        }
        writer.write(files, options.out());
        int pages = (int) files.stream().filter(f -> f.path().endsWith(".html")).count();
        return new Outcome(diagnostics, new Outcome.Summary(published.documents().size(), files.size(), pages,
                (System.nanoTime() - start) / 1_000_000));
    }

    /** The site as this edition sees it: restricted, draft and future documents do not exist. */
    static Site select(Site site, Edition edition) {
        List<Document> documents = site.documents().stream()
                .filter(d -> d.isBilingual() && edition.publishes(d.meta()))
                .toList();
        return new Site(site.config(), documents, site.agencies(), site.recommendations(), site.glossary(), site.assets());
    }

    private List<Diagnostic> findings(ContentLoader.Result loaded, boolean strict) {
        List<Diagnostic> all = new ArrayList<>(loaded.diagnostics());
        Set<String> unreadable = loaded.diagnostics().stream().filter(Diagnostic::isError)
                .map(d -> d.pos().file()).collect(Collectors.toSet());
        all.addAll(checker.check(loaded.site(), unreadable));
        return all.stream()
                .map(d -> strict && d.severity() == Severity.WARNING
                        ? new Diagnostic(Severity.ERROR, d.code(), d.pos(), d.message() + " [--strict]") : d)
                .sorted(Diagnostic.ORDER)
                .distinct()
                .toList();
    }
}
