package org.jcwg.advisory.model;

import java.util.List;
import org.jcwg.advisory.diag.SourcePos;

/**
 * A section's own content, without its subsections: what translation checks compare between the
 * two languages. {@code id} is null for text before the first heading; {@code source} is the
 * Markdown as written (for fingerprints); {@code blocks} its plain text block by block with
 * lines; {@code tables} the (rows, columns) of each table. Immutable.
 */
public record SectionText(String id, int level, String title, SourcePos pos, String source,
                          List<TextBlock> blocks, List<String> footnotes, List<Link> links,
                          List<String> codeBlocks, List<TableShape> tables) {
    public SectionText {
        blocks = List.copyOf(blocks);
        footnotes = List.copyOf(footnotes);
        links = List.copyOf(links);
        codeBlocks = List.copyOf(codeBlocks);
        tables = List.copyOf(tables);
    }

    /** The plain text of all blocks, one block a line. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (TextBlock b : blocks) {
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
