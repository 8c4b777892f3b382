package org.jcwg.advisory.load;

import java.util.Optional;

/**
 * A Markdown file split at its front matter fences. {@code yamlLine} is the file line of the
 * first YAML line, {@code bodyLine} that of the first body line.
 */
record FrontMatter(String yaml, int yamlLine, String body, int bodyLine) {

    private static final String FENCE = "---";

    /** Empty when the file does not open with a closed {@code ---} block. */
    static Optional<FrontMatter> split(String text) {
        // a file of only "---" opens a block it never closes (its one line is not also the closing fence)
        if (!text.startsWith(FENCE + "\n")) return Optional.empty();
        int pos = text.indexOf('\n') + 1;
        int line = 2;
        while (pos <= text.length()) {
            int end = text.indexOf('\n', pos);
            String current = end < 0 ? text.substring(pos) : text.substring(pos, end);
            if (current.stripTrailing().equals(FENCE)) {
                String yaml = text.substring(FENCE.length() + 1, pos);
                String body = end < 0 ? "" : text.substring(end + 1);
                return Optional.of(new FrontMatter(yaml, 2, body, line + 1));
            }
            if (end < 0) break;
            pos = end + 1;
            line++;
        }
        return Optional.empty();
    }
}
