package org.jcwg.advisory.write;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;
import org.jcwg.advisory.cache.BuildCache;

/**
 * A build cache as a few pack files in a folder under the project's {@code .cache/}
 * ({@code read/}, {@code check/}, {@code render/}): each build appends what it makes to one new
 * pack, and an index at the pack's end finds an entry by key. One file per build instead of one
 * per entry: a clean build of 1,000 document pairs made 9,600 entry files (the kernel creating
 * them was a tenth of its CPU in a profile), and a CI cache now saves and restores a few files.
 *
 * <p>A pack is written as {@code pack-<pid>-*.part} and renamed to
 * {@code pack-<time>-<pid>-*.pack} when sealed with its index, so readers see only whole packs,
 * and one that a stopped build left half written (its process is gone) is removed. Entries hold
 * their own key, length and checksum ({@code cache.KeyedBytes}): a damaged one is refused by its
 * user and made again, and a pack whose index is damaged is passed over. {@link #prune} keeps
 * what this build used: a pack used less than half is deleted once what was used of it is copied
 * into this build's pack, and so are small packs when there are many, so a run of one-file
 * rebuilds leaves a few packs, not one per build. Thread-safe.
 */
public final class PackedCache implements BuildCache, AutoCloseable {

    private static final int MAGIC = 0x41535031; // "ASP1"
    private static final int TRAILER = 8 + 4 + 4 + 4; // index offset, entry count, index checksum, magic
    private static final int INDEX_ENTRY = 32 + 8 + 4; // key, offset, length
    /** More packs than this after a build, and the small ones are merged into the build's own. */
    private static final int MANY_PACKS = 4;
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern PART = Pattern.compile("pack-(\\d{1,18})-\\d+\\.part");
    private static final Pattern SEALED = Pattern.compile("pack-(\\d{13})-\\d+-\\d+\\.pack");
    private static final HexFormat HEX = HexFormat.of();

    /** Where an entry's bytes are; in the pack being written when {@code pack} is null. */
    private record Location(Pack pack, long offset, int length) {
    }

    /** A sealed pack being read, and the bytes of all its entries. */
    private record Pack(Path file, FileChannel channel, long entryBytes) {
    }

    private final Path folder;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    // guarded by this:
    private final List<Pack> packs = new ArrayList<>();
    private final Map<String, Location> found = new HashMap<>();
    private Writer writer;
    private boolean opened;

    /** Over the packs in {@code folder} (which may not exist yet), read when first needed. */
    public PackedCache(Path folder) {
        this.folder = folder;
    }

    /**
     * Reads the packs' indexes, once: not before something is looked up, so that a preview's
     * quick update, which reads one document, does not read the indexes of the other caches.
     */
    private void open() {
        if (opened) return;
        opened = true;
        List<Path> sealed;
        try {
            sealed = files("*.pack");
        } catch (IOException e) {
            return; // no cache this time
        }
        for (Path file : sealed) {
            FileChannel channel = null;
            try {
                channel = FileChannel.open(file, StandardOpenOption.READ);
                Optional<Map<String, long[]>> index = readIndex(channel);
                if (index.isPresent()) {
                    long entryBytes = index.get().values().stream().mapToLong(at -> at[1]).sum();
                    Pack pack = new Pack(file, channel, entryBytes);
                    packs.add(pack);
                    index.get().forEach((key, at) -> found.put(key, new Location(pack, at[0], (int) at[1])));
                    continue;
                }
            } catch (IOException e) {
                // an unreadable pack only costs the time its entries would have saved
            }
            // damaged or unreadable: passed over, and deleted by the next prune if damaged
            closeQuietly(channel);
        }
    }

    @Override
    public Optional<byte[]> find(String key) {
        try {
            Optional<byte[]> bytes = read(key);
            if (bytes.isPresent()) used.add(key);
            return bytes;
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public OptionalLong size(String key) {
        Optional<Location> at = locate(key);
        if (at.isEmpty()) return OptionalLong.empty();
        used.add(key);
        return OptionalLong.of(at.get().length());
    }

    @Override
    public void retain(String key) {
        if (locate(key).isPresent()) used.add(key);
    }

    @Override
    public synchronized void keep(String key, byte[] entry) {
        if (!KEY.matcher(key).matches()) return;
        try {
            if (writer == null) writer = Writer.open(folder);
            writer.append(key, entry);
            used.add(key);
        } catch (IOException e) {
            // The cache only saves time: a project that cannot hold one (read-only) still builds.
        }
    }

    /** As {@link BuildCache#readOnly}; a folder no build has made is no cache at all, so its users work out no keys for nothing. */
    @Override
    public synchronized BuildCache readOnly() {
        open();
        return packs.isEmpty() ? BuildCache.NONE : BuildCache.super.readOnly();
    }

    /** The keys of the entries the folder's sealed packs hold (for tests and tools). */
    public static Set<String> keys(Path folder) {
        try (PackedCache cache = new PackedCache(folder)) {
            synchronized (cache) {
                cache.open();
                return Collections.unmodifiableSet(new TreeSet<>(cache.found.keySet()));
            }
        }
    }

    /**
     * Keeps only what this build used: copies into this build's pack what it used of packs it
     * used little of (or of small packs, when there are many), seals the pack, deletes the packs
     * it used nothing of or copied, and removes what stopped builds and older versions left.
     */
    public synchronized void prune() throws IOException {
        open();
        Map<Pack, List<String>> live = new LinkedHashMap<>();
        for (Pack p : packs) live.put(p, new ArrayList<>());
        for (Map.Entry<String, Location> e : found.entrySet()) {
            // An entry made again in this build lives in its pack; the old one is dead.
            if (used.contains(e.getKey()) && (writer == null || writer.locate(e.getKey()).isEmpty())) {
                live.get(e.getValue().pack()).add(e.getKey());
            }
        }
        Map<Pack, Long> liveBytes = new HashMap<>();
        live.forEach((p, keys) -> liveBytes.put(p, keys.stream().mapToLong(k -> found.get(k).length()).sum()));
        long total = (writer == null ? 0 : writer.size()) + liveBytes.values().stream().mapToLong(Long::longValue).sum();
        List<Pack> gone = new ArrayList<>();
        List<Pack> small = new ArrayList<>();
        for (Pack p : packs) {
            long usedBytes = liveBytes.get(p);
            if (usedBytes == 0 || usedBytes * 2 < p.entryBytes()) gone.add(p);
            else if (usedBytes * 8 < total) small.add(p);
        }
        int left = packs.size() - gone.size() + (writer == null ? 0 : 1);
        if (left > MANY_PACKS) gone.addAll(small);
        List<Pack> copied = new ArrayList<>();
        try {
            for (Pack p : gone) {
                List<String> keys = live.get(p);
                keys.sort(null);
                for (String key : keys) {
                    Location at = found.get(key);
                    byte[] entry = readFully(at.pack().channel(), at.offset(), at.length());
                    if (writer == null) writer = Writer.open(folder);
                    writer.append(key, entry);
                }
                copied.add(p);
            }
        } catch (IOException e) {
            // A pack that cannot be copied whole stays as it is.
        }
        try {
            seal();
        } catch (IOException e) {
            return; // what this build made is made again by the next; the old packs stay
        }
        for (Pack p : copied) {
            closeQuietly(p.channel());
            Files.deleteIfExists(p.file());
            packs.remove(p);
            found.values().removeIf(at -> at.pack() == p);
        }
        removeLeftovers();
    }

    /** Empties the cache (a clean build), without reading the indexes of what it deletes. */
    public synchronized void clear() throws IOException {
        opened = true;
        found.clear();
        for (Pack p : packs) closeQuietly(p.channel());
        packs.clear();
        for (Path file : files("*.pack")) Files.deleteIfExists(file);
        removeLeftovers();
    }

    /**
     * Seals what this build kept, so that the next build finds it even when this one failed.
     * Never fails: what could not be sealed is made again next time.
     */
    @Override
    public synchronized void close() {
        try {
            seal();
        } catch (IOException e) {
            // lost: made again next time
        } finally {
            for (Pack p : packs) closeQuietly(p.channel());
        }
    }

    private void seal() throws IOException {
        if (writer == null) return;
        open(); // before the new pack is among the sealed ones
        Writer w = writer;
        writer = null;
        Pack sealed = w.seal();
        if (sealed == null) return;
        packs.add(sealed);
        w.index().forEach((key, at) -> found.put(key, new Location(sealed, at[0], (int) at[1])));
    }

    private synchronized Optional<Location> locate(String key) {
        open();
        if (writer != null) {
            Optional<Location> fresh = writer.locate(key);
            if (fresh.isPresent()) return fresh;
        }
        return Optional.ofNullable(found.get(key));
    }

    /** Sealed packs are read outside the lock (positional reads share a channel safely), the one being written inside it. */
    private Optional<byte[]> read(String key) throws IOException {
        Location at;
        synchronized (this) {
            Optional<Location> located = locate(key);
            if (located.isEmpty()) return Optional.empty();
            at = located.get();
            if (at.pack() == null) return Optional.of(writer.read(at));
        }
        return Optional.of(readFully(at.pack().channel(), at.offset(), at.length()));
    }

    private static byte[] readFully(FileChannel channel, long offset, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        long at = offset;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, at);
            if (n < 0) throw new IOException("pack cut short");
            at += n;
        }
        return buffer.array();
    }

    /** The index of a sealed pack, key to offset and length; empty when the pack is damaged or cut short. */
    private static Optional<Map<String, long[]>> readIndex(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size < 4 + TRAILER) return Optional.empty();
        ByteBuffer trailer = ByteBuffer.wrap(readFully(channel, size - TRAILER, TRAILER));
        long indexOffset = trailer.getLong();
        int count = trailer.getInt();
        int checksum = trailer.getInt();
        if (trailer.getInt() != MAGIC || count < 0 || indexOffset < 4 || (long) count * INDEX_ENTRY > Integer.MAX_VALUE
                || indexOffset + (long) count * INDEX_ENTRY != size - TRAILER) {
            return Optional.empty();
        }
        byte[] index = readFully(channel, indexOffset, count * INDEX_ENTRY);
        if (checksum(index) != checksum) return Optional.empty();
        ByteBuffer in = ByteBuffer.wrap(index);
        Map<String, long[]> entries = new HashMap<>();
        byte[] key = new byte[32];
        for (int i = 0; i < count; i++) {
            in.get(key);
            long offset = in.getLong();
            int length = in.getInt();
            if (offset < 4 || length < 0 || offset + length > indexOffset) return Optional.empty();
            entries.put(HEX.formatHex(key), new long[] {offset, length});
        }
        return Optional.of(entries);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) return;
        try {
            channel.close();
        } catch (IOException e) {
            // nothing was written through it
        }
    }

    private static int checksum(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return (int) crc.getValue();
    }

    /**
     * Packs that stopped builds left half written, damaged packs, and the entry files of older
     * versions. A pack being written is named after its process: one whose process is gone was
     * left behind.
     */
    private void removeLeftovers() throws IOException {
        for (Path part : files("pack-*.part")) {
            Matcher m = PART.matcher(part.getFileName().toString());
            if (m.matches() && ProcessHandle.of(Long.parseLong(m.group(1))).isEmpty()) Files.deleteIfExists(part);
        }
        for (Path old : files("*.bin")) Files.deleteIfExists(old);
        Set<Path> open = new java.util.HashSet<>();
        for (Pack p : packs) open.add(p.file());
        for (Path pack : files("*.pack")) {
            if (open.contains(pack)) continue;
            try (FileChannel channel = FileChannel.open(pack, StandardOpenOption.READ)) {
                if (readIndex(channel).isPresent()) continue; // sealed by another build since this one began
            } catch (IOException e) {
                continue;
            }
            Files.deleteIfExists(pack);
        }
    }

    private List<Path> files(String glob) throws IOException {
        if (!Files.isDirectory(folder)) return List.of();
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, glob)) {
            files.forEach(out::add);
        }
        out.sort(null);
        return out;
    }

    /** The pack a build is writing; not thread-safe (the cache guards it). */
    private static final class Writer {
        private final Path part;
        private final FileChannel channel;
        private final Map<String, long[]> index = new LinkedHashMap<>();
        private long end;

        private Writer(Path part, FileChannel channel) {
            this.part = part;
            this.channel = channel;
        }

        static Writer open(Path folder) throws IOException {
            Files.createDirectories(folder);
            Path part = Files.createTempFile(folder, "pack-" + ProcessHandle.current().pid() + "-", ".part");
            FileChannel channel = FileChannel.open(part, StandardOpenOption.READ, StandardOpenOption.WRITE);
            Writer w = new Writer(part, channel);
            try {
                w.write(ByteBuffer.allocate(4).putInt(0, MAGIC));
                return w;
            } catch (IOException e) {
                w.abandon();
                throw e;
            }
        }

        void append(String key, byte[] entry) throws IOException {
            long offset = end;
            write(ByteBuffer.wrap(entry));
            index.put(key, new long[] {offset, entry.length});
        }

        Optional<Location> locate(String key) {
            long[] at = index.get(key);
            return at == null ? Optional.empty() : Optional.of(new Location(null, at[0], (int) at[1]));
        }

        byte[] read(Location at) throws IOException {
            return readFully(channel, at.offset(), at.length());
        }

        /** The bytes of its entries. */
        long size() {
            return end - 4;
        }

        Map<String, long[]> index() {
            return index;
        }

        private void write(ByteBuffer bytes) throws IOException {
            while (bytes.hasRemaining()) end += channel.write(bytes, end);
        }

        /** Writes the index and renames the pack into place; null when it holds nothing. */
        Pack seal() throws IOException {
            if (index.isEmpty()) {
                abandon();
                return null;
            }
            try {
                ByteBuffer entries = ByteBuffer.allocate(index.size() * INDEX_ENTRY);
                index.forEach((key, at) -> entries.put(HEX.parseHex(key)).putLong(at[0]).putInt((int) at[1]));
                long indexOffset = end;
                write(entries.flip());
                write(ByteBuffer.allocate(TRAILER).putLong(indexOffset).putInt(index.size())
                        .putInt(checksum(entries.array())).putInt(MAGIC).flip());
                Path pack = sealedName();
                try {
                    Files.move(part, pack, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(part, pack);
                }
                // The channel reads on under the new name: the file is the same.
                return new Pack(pack, channel, size());
            } catch (IOException e) {
                abandon();
                throw e;
            }
        }

        /**
         * Packs are named in the order they are sealed, so that an entry made again (the old one
         * was damaged) is found in the newer: after the time, and after every pack already there.
         */
        private Path sealedName() throws IOException {
            long stamp = System.currentTimeMillis();
            try (DirectoryStream<Path> sealed = Files.newDirectoryStream(part.getParent(), "pack-*.pack")) {
                for (Path p : sealed) {
                    Matcher m = SEALED.matcher(p.getFileName().toString());
                    if (m.matches()) stamp = Math.max(stamp, Long.parseLong(m.group(1)) + 1);
                }
            }
            String name = part.getFileName().toString().replaceFirst("^pack-", "").replaceFirst("\\.part$", "");
            return part.resolveSibling(String.format(Locale.ROOT, "pack-%013d-%s.pack", stamp, name));
        }

        void abandon() throws IOException {
            try {
                channel.close();
            } finally {
                Files.deleteIfExists(part);
            }
        }
    }
}
