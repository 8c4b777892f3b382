package org.jcwg.advisory.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jcwg.advisory.diag.Diagnostic;
import org.jcwg.advisory.diag.SourcePos;
import org.jcwg.advisory.model.Lang;
import org.jcwg.advisory.model.LockEntry;
import org.jcwg.advisory.model.TranslationLock;

/**
 * Reads {@code translations.lock}: one tab-separated line per section (document, section,
 * source language, source fingerprint, translation fingerprint); {@code #} starts a comment.
 * A missing file is an empty lock. Stateless.
 */
final class LockFileReader {

    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{16}");

    private LockFileReader() {
    }

    static TranslationLock read(Path root, List<Diagnostic> out) throws IOException {
        Path path = root.resolve(TranslationLock.FILE);
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) return TranslationLock.EMPTY;
        String file = TranslationLock.FILE;
        String text = SourceText.read(path, file, out).orElse("");
        List<LockEntry> entries = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cols = line.split("\t", -1);
            SourcePos pos = SourcePos.of(file, i + 1);
            if (cols.length != 5 || Lang.find(cols[2]).isEmpty() || !FINGERPRINT.matcher(cols[3]).matches()
                    || !FINGERPRINT.matcher(cols[4]).matches() || cols[0].isEmpty() || cols[1].isEmpty()) {
                out.add(Diagnostic.error("lock-invalid", pos, "not a lock entry (document, section, language and two"
                        + " fingerprints, separated by tabs): delete the line, then run 'advisory-site accept'"));
                continue;
            }
            entries.add(new LockEntry(cols[0], cols[1], Lang.find(cols[2]).get(), cols[3], cols[4]));
        }
        return TranslationLock.of(entries);
    }
}
