package org.jcwg.advisory.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.jcwg.advisory.model.LockEntry;
import org.jcwg.advisory.model.TranslationLock;

/**
 * Writes {@code translations.lock} in a stable, diff-friendly form (sorted, one tab-separated
 * line per section), through a temporary file so that an interrupted write leaves the old lock.
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
        Path target = root.resolve(TranslationLock.FILE);
        Path temp = Files.createTempFile(root, ".translations.lock.", ".tmp");
        try {
            Files.write(temp, sb.toString().getBytes(StandardCharsets.UTF_8));
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
