package org.jcwg.advisory.markdown;

import org.jcwg.advisory.diag.Diagnostic;

import java.util.List;
import java.util.Optional;
import org.jcwg.advisory.model.BodyHtml;

/**
 * What {@link MarkdownProcessor#parse} found in a document body, in document order: headings, link
 * and image targets, findings (sorted by {@link Diagnostic#ORDER}), the body cut into sections
 * ({@link SectionContent}), stand-alone HTML comments, and the body as HTML with its relative
 * targets left for the page to resolve ({@link MarkdownProcessor#resolve}).
 * Immutable.
 */
public record ParsedMarkdown(List<Heading> headings, List<LinkRef> links, List<Diagnostic> diagnostics,
                             List<SectionContent> sections, List<Comment> comments, Optional<BodyHtml> html) {

    public ParsedMarkdown {
        headings = List.copyOf(headings);
        links = List.copyOf(links);
        diagnostics = List.copyOf(diagnostics);
        sections = List.copyOf(sections);
        comments = List.copyOf(comments);
    }

    /** For callers (and test doubles) that have no sections, comments or HTML. */
    public ParsedMarkdown(List<Heading> headings, List<LinkRef> links, List<Diagnostic> diagnostics) {
        this(headings, links, diagnostics, List.of(), List.of(), Optional.empty());
    }

    /** A body refused before or after parsing: only the findings that say why. */
    static ParsedMarkdown refused(List<Diagnostic> diagnostics) {
        return new ParsedMarkdown(List.of(), List.of(), diagnostics);
    }
}
