package org.jcwg.advisory.model;

import java.util.List;
import java.util.Objects;
import org.jcwg.advisory.diag.SourcePos;

/**
 * A section's own content, without its subsections: what translation checks compare between the
 * two languages. {@code id} is null for text before the first heading; {@code markdown} is the
 * section's Markdown as written ({@link #source}), {@code fingerprint} its
 * {@link LockEntry#fingerprintOf} (worked out once, when the file is read, and kept with it in the
 * build cache); {@code content} what was read from it: its plain text block by block with lines,
 * footnotes, links, code blocks and the (rows, columns) of each table. From the build cache, the
 * Markdown and the content are made when first asked for, which a build whose pages and checks
 * come from the cache too never does. Immutable.
 */
public record SectionText(String id, int level, String title, SourcePos pos, Deferred<String> markdown,
                          String fingerprint, Deferred<Content> content) {

    /** What a section's Markdown holds, as the checks compare it. */
    public record Content(List<TextBlock> blocks, List<String> footnotes, List<Link> links,
                          List<String> codeBlocks, List<TableShape> tables) {
        public Content {
            blocks = List.copyOf(blocks);
            footnotes = List.copyOf(footnotes);
            links = List.copyOf(links);
            codeBlocks = List.copyOf(codeBlocks);
            tables = List.copyOf(tables);
        }
    }

    public SectionText {
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(content, "content");
    }

    public SectionText(String id, int level, String title, SourcePos pos, String source,
                       List<TextBlock> blocks, List<String> footnotes, List<Link> links,
                       List<String> codeBlocks, List<TableShape> tables) {
        this(id, level, title, pos, Deferred.of(source), LockEntry.fingerprintOf(source),
                Deferred.of(new Content(blocks, footnotes, links, codeBlocks, tables)));
    }

    /** The section's Markdown as written. */
    public String source() {
        return markdown.get();
    }

    public List<TextBlock> blocks() {
        return content.get().blocks();
    }

    public List<String> footnotes() {
        return content.get().footnotes();
    }

    public List<Link> links() {
        return content.get().links();
    }

    public List<String> codeBlocks() {
        return content.get().codeBlocks();
    }

    public List<TableShape> tables() {
        return content.get().tables();
    }

    /** The plain text of all blocks, one block a line. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (TextBlock b : blocks()) {
            if (!sb.isEmpty()) sb.append('\n');
            sb.append(b.text());
        }
        return sb.toString();
    }

    /** One block of plain text and the file line where it starts. */
    public record TextBlock(String text, int line) {
    }

    /** The shape of a table: rows (header included) and columns. */
    public record TableShape(int rows, int columns) {
    }
}
