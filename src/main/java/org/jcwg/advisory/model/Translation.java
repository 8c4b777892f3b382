package org.jcwg.advisory.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One language of a document: its file, the translatable front matter, the Markdown body and
 * the section tree read from it. {@code bodyLine} is the file line where the body starts;
 * {@code texts} holds each section's own content in document order, {@code comments} the
 * editor's in-place instructions; {@code html} is the body rendered when it was read (null when
 * it must be rendered again where it is shown).
 */
public record Translation(Lang lang, String file, Written written, Text title, Text summary,
                          List<Text> revisionNotes, List<Section> sections, List<Link> links,
                          String body, int bodyLine, List<SectionText> texts, List<Comment> comments,
                          BodyHtml html) {
    public Translation {
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(file, "file");
        revisionNotes = List.copyOf(revisionNotes);
        sections = List.copyOf(sections);
        links = List.copyOf(links);
        texts = List.copyOf(texts);
        comments = List.copyOf(comments);
    }

    /** The same translation without section texts, comments or pre-rendered HTML, for tests and simple callers. */
    public Translation(Lang lang, String file, Written written, Text title, Text summary, List<Text> revisionNotes,
                       List<Section> sections, List<Link> links, String body, int bodyLine) {
        this(lang, file, written, title, summary, revisionNotes, sections, links, body, bodyLine, List.of(), List.of(), null);
    }

    /** All sections, depth first, in document order. */
    public List<Section> flatSections() {
        List<Section> out = new ArrayList<>();
        collect(sections, out);
        return out;
    }

    private static void collect(List<Section> sections, List<Section> out) {
        for (Section s : sections) {
            out.add(s);
            collect(s.children(), out);
        }
    }
}
