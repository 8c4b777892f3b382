package org.jcwg.advisory.markdown;

import org.jcwg.advisory.diag.SourcePos;

import java.util.Arrays;

/**
 * Turns flexmark's 0-based character offsets into the body into 1-based line and column in the
 * file, the front matter (everything before {@code firstLine}) included. Accepts LF, CRLF and lone
 * CR line ends. Immutable.
 */
final class SourceLines {
    private final String file;
    private final String text;
    private final int lineOffset;
    private final int[] lineStarts;

    SourceLines(String file, String text, int firstLine) {
        if (firstLine < 1) {
            throw new IllegalArgumentException("firstLine counts from 1: " + firstLine);
        }
        this.file = file;
        this.text = text;
        this.lineOffset = firstLine - 1;
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineEnd = c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
            if (lineEnd) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    /** Position of a 0-based offset; the column counts code points, so a Korean syllable is one column. */
    SourcePos pos(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int index = Arrays.binarySearch(lineStarts, clamped);
        int line = index >= 0 ? index : -index - 2;
        int column = text.codePointCount(lineStarts[line], clamped) + 1;
        return new SourcePos(file, line + 1 + lineOffset, column);
    }

    /** 1-based line in the file of a 0-based offset. */
    int line(int offset) {
        return pos(offset).line();
    }
}
