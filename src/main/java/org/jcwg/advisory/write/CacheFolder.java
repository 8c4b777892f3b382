package org.jcwg.advisory.write;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jcwg.advisory.cache.BuildCache;

/**
 * A build cache as a folder of {@code <fingerprint><suffix>} files under the project's
 * {@code .cache/} (ignored by git): {@code pdf/}, whose entries are few and large (the small
 * ones of {@code read/}, {@code check/} and {@code render/} are packed, {@link PackedCache}). A
 * build keeps what it used and {@link #prune}s the rest, so the folder holds one build's entries.
 * An entry goes through a temporary file renamed into place, since its users can check a PDF
 * only by its first bytes. A damaged or unreadable entry is simply made again, and a folder that
 * cannot be written only loses the time it would have saved. Thread-safe.
 */
public final class CacheFolder implements BuildCache {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");

    private final Path folder;
    private final String suffix;
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    public CacheFolder(Path folder, String suffix) {
        this.folder = folder;
        this.suffix = suffix;
    }

    @Override
    public Optional<byte[]> find(String key) {
        Optional<Path> entry = file(key);
        if (entry.isEmpty()) return Optional.empty();
        try {
            if (!Files.isRegularFile(entry.get())) return Optional.empty();
            byte[] bytes = Files.readAllBytes(entry.get());
            used.add(key);
            return Optional.of(bytes);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public OptionalLong size(String key) {
        Optional<Path> entry = file(key);
        if (entry.isEmpty()) return OptionalLong.empty();
        try {
            BasicFileAttributes a = Files.readAttributes(entry.get(), BasicFileAttributes.class);
            if (!a.isRegularFile()) return OptionalLong.empty();
            used.add(key);
            return OptionalLong.of(a.size());
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    @Override
    public void keep(String key, byte[] entry) {
        Optional<Path> file = file(key);
        if (file.isEmpty()) return;
        used.add(key);
        try {
            AtomicFile.write(file.get(), entry);
        } catch (IOException e) {
            // The cache only saves time: a project that cannot hold one (read-only) still builds.
        }
    }

    @Override
    public void retain(String key) {
        if (file(key).isPresent()) used.add(key);
    }

    /** The file of the entry {@code key}; empty for a key that is no name of ours (never a path out of the folder). */
    private Optional<Path> file(String key) {
        return KEY.matcher(key).matches() ? Optional.of(folder.resolve(key + suffix)) : Optional.empty();
    }

    /**
     * As {@link BuildCache#readOnly}; a folder no build has made is no cache at all, so that its
     * users work out no keys for nothing (a check of a fresh clone).
     */
    @Override
    public BuildCache readOnly() {
        return Files.isDirectory(folder) ? BuildCache.super.readOnly() : BuildCache.NONE;
    }

    /** Removes the entries this build did not use. */
    public void prune() throws IOException {
        if (!Files.isDirectory(folder)) return;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + suffix)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (!used.contains(name.substring(0, name.length() - suffix.length()))) Files.deleteIfExists(f);
            }
        }
    }

    /** Empties the cache (a clean build). */
    public void clear() throws IOException {
        if (!Files.isDirectory(folder)) return;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + suffix)) {
            for (Path f : files) Files.deleteIfExists(f);
        }
    }
}
