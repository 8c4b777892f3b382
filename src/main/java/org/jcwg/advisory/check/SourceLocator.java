package org.jcwg.advisory.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jcwg.advisory.diag.SourcePos;
import org.jcwg.advisory.model.SectionText.TextBlock;

/**
 * Finds where a piece of plain text was written in a section's Markdown, so that a finding points
 * at the line and column of the fact rather than the start of its paragraph. Plain text has its
 * whitespace collapsed, so any run of whitespace matches any other. Only called for findings, so
 * it may compile a pattern per call. Stateless.
 */
final class SourceLocator {

    private static final Pattern SPACE = Pattern.compile("\\s+");

    private SourceLocator() {
    }

    /**
     * @param offset where {@code written} starts in the block's plain text: earlier occurrences in
     *               the same block are skipped, so the second "$1 billion" of a paragraph is found
     */
    static SourcePos find(SectionSide side, TextBlock block, String written, int offset) {
        String source = side.section().source();
        int first = side.section().pos().line();
        int from = startOfLine(source, block.line() - first);
        if (from >= 0 && !written.isBlank()) {
            int skip = occurrencesBefore(block.text(), written, offset);
            Matcher m = flexible(written).matcher(source);
            int at = from;
            while (m.find(at)) {
                if (skip-- == 0) return position(side.file(), source, first, m.start());
                at = m.start() + 1;
            }
        }
        return SourcePos.of(side.file(), Math.max(1, block.line()));
    }

    /** Where the first line of {@code text} (trimmed) first occurs in the section, else null. */
    static SourcePos findLine(SectionSide side, String text) {
        String source = side.section().source();
        String line = text.strip().lines().findFirst().orElse("");
        if (line.isEmpty()) return null;
        int index = source.indexOf(line);
        return index < 0 ? null : position(side.file(), source, side.section().pos().line(), index);
    }

    private static Pattern flexible(String written) {
        StringBuilder regex = new StringBuilder();
        for (String part : SPACE.split(written.strip())) {
            if (!regex.isEmpty()) regex.append("\\s+");
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }

    private static int occurrencesBefore(String text, String written, int offset) {
        int count = 0;
        for (int i = text.indexOf(written); i >= 0 && i < offset; i = text.indexOf(written, i + 1)) {
            count++;
        }
        return count;
    }

    private static int startOfLine(String source, int lineIndex) {
        if (lineIndex < 0) return -1;
        int pos = 0;
        for (int i = 0; i < lineIndex; i++) {
            pos = source.indexOf('\n', pos) + 1;
            if (pos == 0) return -1;
        }
        return pos;
    }

    private static SourcePos position(String file, String source, int firstLine, int index) {
        int line = firstLine;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (source.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourcePos(file, line, index - lineStart + 1);
    }
}
