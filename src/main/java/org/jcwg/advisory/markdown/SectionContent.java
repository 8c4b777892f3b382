package org.jcwg.advisory.markdown;

import java.util.List;

/**
 * A heading's own part of the body: from a top-level heading up to the next one of any level, so a
 * section never includes its subsections. Text before the first heading, if any, is a section of
 * level 0 with null {@code id} and empty {@code title} at the body's first line. {@code id} is the
 * heading's id as written (null when missing); {@code line} counts from 1 in the file.
 *
 * <p>{@code text} is the plain text of the section's prose, tables and inline code (blocks separated
 * by line breaks; fenced and indented code and footnote definitions left out); {@code footnotes}
 * the footnote labels referenced, in order; {@code links} the targets written; {@code codeBlocks}
 * the content of code blocks; {@code tables} the shape of each table; {@code blocks} the same
 * text block by block with file lines; {@code source} the section's own Markdown as written
 * (heading included), for fingerprints. Immutable.
 */
public record SectionContent(int level, String id, String title, int line, String text,
                             List<String> footnotes, List<LinkRef> links, List<String> codeBlocks,
                             List<TableShape> tables, List<TextBlock> blocks, String source) {
    public SectionContent {
        footnotes = List.copyOf(footnotes);
        links = List.copyOf(links);
        codeBlocks = List.copyOf(codeBlocks);
        tables = List.copyOf(tables);
        blocks = List.copyOf(blocks);
    }
}
