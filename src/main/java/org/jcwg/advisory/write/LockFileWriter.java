package org.jcwg.advisory.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jcwg.advisory.model.LockEntry;
import org.jcwg.advisory.model.TranslationLock;

/**
 * Writes {@code translations.lock} in a stable, diff-friendly form (sorted, one tab-separated
 * line per section), atomically.
 * Stateless.
 */
public final class LockFileWriter {

    static final String HEADER = """
            # translations.lock: each translated section as an editor last accepted it.
            # Written by 'advisory-site accept'; commit it with the content, do not edit it by hand.
            # document\tsection\tsource-language\tsource-fingerprint\ttranslation-fingerprint
            """;

    public void write(TranslationLock lock, Path root) throws IOException {
        StringBuilder sb = new StringBuilder(HEADER);
        for (LockEntry e : lock.entries().values()) {
            sb.append(e.document()).append('\t').append(e.section()).append('\t').append(e.source().code())
                    .append('\t').append(e.sourceFingerprint()).append('\t').append(e.translationFingerprint()).append('\n');
        }
        AtomicFile.write(root.resolve(TranslationLock.FILE), sb.toString().getBytes(StandardCharsets.UTF_8));
    }
}
