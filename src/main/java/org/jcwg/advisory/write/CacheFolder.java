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
 * {@code .cache/} (ignored by git): {@code read/}, {@code check/}, {@code render/} and
 * {@code pdf/}. A build keeps what it used and {@link #prune}s the rest, so the folder holds one
 * build's entries. A damaged or unreadable entry is simply made again (its users check what they
 * take), and a folder that cannot be written only loses the time it would have saved.
 * Thread-safe.
 */
public final class CacheFolder implements BuildCache {

    /** How an entry reaches the disk. */
    public enum Writes {
        /** Through a temporary file renamed into place, for entries their users cannot tell cut short (PDFs). */
        ATOMIC,
        /**
         * Straight into the entry's file, for entries that hold their own length and checksum, so that one
         * cut short by a stopped build is refused like any damaged entry. The temporary files were a
         * tenth of a large publication's clean build (eleven thousand entries).
         */
        DIRECT
    }

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");

    private final Path folder;
    private final String suffix;
    private final Writes writes;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private volatile boolean created;

    public CacheFolder(Path folder, String suffix, Writes writes) {
        this.folder = folder;
        this.suffix = suffix;
        this.writes = writes;
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
            if (writes == Writes.ATOMIC) {
                AtomicFile.write(file.get(), entry);
            } else {
                if (!created) {
                    Files.createDirectories(folder);
                    created = true;
                }
                Files.write(file.get(), entry);
            }
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
