package org.jcwg.advisory.write;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.jcwg.advisory.render.PdfCache;

/**
 * The PDF cache as a folder of {@code <fingerprint>.pdf} files (by default {@code .cache/pdf/}
 * under the project, ignored by git). A build keeps what it used and {@link #prune}s the rest, so
 * the folder holds one build's PDFs. A damaged or unreadable entry is simply typeset again, and
 * a folder that cannot be written only loses the time it would have saved.
 * Thread-safe.
 */
public final class PdfCacheFolder implements PdfCache {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");

    private final Path folder;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final AtomicInteger hits = new AtomicInteger();

    public PdfCacheFolder(Path folder) {
        this.folder = folder;
    }

    @Override
    public Optional<byte[]> find(String key) {
        if (!KEY.matcher(key).matches()) return Optional.empty();
        Path file = folder.resolve(key + ".pdf");
        try {
            if (!Files.isRegularFile(file)) return Optional.empty();
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length < 5 || bytes[0] != '%' || bytes[1] != 'P') return Optional.empty();
            used.add(key);
            hits.incrementAndGet();
            return Optional.of(bytes);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public void keep(String key, byte[] pdf) {
        if (!KEY.matcher(key).matches()) return;
        used.add(key);
        try {
            AtomicFile.write(folder.resolve(key + ".pdf"), pdf);
        } catch (IOException e) {
            // The cache only saves time: a project that cannot hold one (read-only) still builds.
        }
    }

    /** PDFs taken from the cache so far. */
    public int hits() {
        return hits.get();
    }

    /** Removes the PDFs this build did not use. */
    public void prune() throws IOException {
        if (!Files.isDirectory(folder)) return;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.pdf")) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (!used.contains(name.substring(0, name.length() - 4))) Files.deleteIfExists(f);
            }
        }
    }

    /** Empties the cache (a clean build). */
    public void clear() throws IOException {
        if (!Files.isDirectory(folder)) return;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.pdf")) {
            for (Path f : files) Files.deleteIfExists(f);
        }
    }
}
