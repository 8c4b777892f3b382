package org.jcwg.advisory.markdown;

import org.jcwg.advisory.diag.Diagnostic;

import java.util.List;

/**
 * What {@link MarkdownProcessor#parse} found in a document body, in document order: headings, link
 * and image targets, findings (sorted by {@link Diagnostic#ORDER}), the body cut into sections
 * ({@link SectionContent}), and stand-alone HTML comments.
 * Immutable.
 */
public record ParsedMarkdown(List<Heading> headings, List<LinkRef> links, List<Diagnostic> diagnostics,
                             List<SectionContent> sections, List<Comment> comments) {

    public ParsedMarkdown {
        headings = List.copyOf(headings);
        links = List.copyOf(links);
        diagnostics = List.copyOf(diagnostics);
        sections = List.copyOf(sections);
        comments = List.copyOf(comments);
    }

    /** For callers (and test doubles) that have no sections or comments. */
    public ParsedMarkdown(List<Heading> headings, List<LinkRef> links, List<Diagnostic> diagnostics) {
        this(headings, links, diagnostics, List.of(), List.of());
    }
}
