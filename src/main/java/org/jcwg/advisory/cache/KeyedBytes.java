package org.jcwg.advisory.cache;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * A file a build made (or its absence: "this document has no such file") as a
 * {@link BuildCache} entry and back. The entry holds its key, so one found under another name is
 * refused, its length, so one cut short is too, and a CRC-32C of the file and of whether there is
 * one, so one damaged inside is too: what comes back is published as it is. A checksum, not a
 * digest: whoever can write an entry can write its digest too, so a digest would guard against
 * nothing more, and SHA-256 without the JIT's intrinsic (the child JVM runs C1 only) cost a
 * one-file rebuild of 1,000 pairs 2 s of CPU on the 340 MB of entries it reads. Stateless.
 */
public final class KeyedBytes {

    private static final int MAGIC = 0x41534234; // "ASB4"; "ASB2" held a SHA-256, "ASB3" a checksum of the file alone

    private KeyedBytes() {
    }

    /** Over whether there is a file too: a flipped flag must not turn "no file" into an empty one. */
    private static int checksum(byte present, byte[] b, int from, int length) {
        CRC32C crc = new CRC32C();
        crc.update(present);
        crc.update(b, from, length);
        return (int) crc.getValue();
    }

    public static byte[] encode(String key, Optional<byte[]> bytes) {
        byte[] k = key.getBytes(StandardCharsets.UTF_8);
        byte[] b = bytes.orElse(new byte[0]);
        ByteBuffer out = ByteBuffer.allocate(4 + 4 + k.length + 1 + 4 + 4 + b.length);
        byte present = (byte) (bytes.isPresent() ? 1 : 0);
        out.putInt(MAGIC).putInt(k.length).put(k).put(present).putInt(checksum(present, b, 0, b.length))
                .putInt(b.length).put(b);
        return out.array();
    }

    /**
     * Empty when the entry is damaged or not this key's; else what was kept (which may be "no
     * file"), as a buffer over {@code entry} itself (a cached file is read once, not copied again).
     */
    public static Optional<Optional<ByteBuffer>> open(byte[] entry, String key) {
        try {
            ByteBuffer in = ByteBuffer.wrap(entry);
            if (in.getInt() != MAGIC) return Optional.empty();
            byte[] k = new byte[length(in)];
            in.get(k);
            if (!Arrays.equals(k, key.getBytes(StandardCharsets.UTF_8))) return Optional.empty();
            byte present = in.get();
            int checksum = in.getInt();
            int length = length(in);
            int from = in.position();
            if (from + length != entry.length || present > 1 || present < 0
                    || checksum != checksum(present, entry, from, length)) {
                return Optional.empty();
            }
            return Optional.of(present == 1 ? Optional.of(ByteBuffer.wrap(entry, from, length).slice()) : Optional.empty());
        } catch (BufferUnderflowException e) {
            return Optional.empty(); // damaged: make it again
        }
    }

    /** As {@link #open}, the file copied out. */
    public static Optional<Optional<byte[]>> decode(byte[] entry, String key) {
        return open(entry, key).map(kept -> kept.map(KeyedBytes::copy));
    }

    /** The file an entry holds, when it is sound, this key's, and not "no such file"; over {@code entry} as in {@link #open}. */
    public static Optional<ByteBuffer> payload(byte[] entry, String key) {
        return open(entry, key).flatMap(kept -> kept);
    }

    private static byte[] copy(ByteBuffer b) {
        byte[] out = new byte[b.remaining()];
        b.duplicate().get(out);
        return out;
    }

    /** A length the entry holds, checked against what is left of it before anything that size is made. */
    public static int length(ByteBuffer in) {
        int n = in.getInt();
        if (n < 0 || n > in.remaining()) throw new BufferUnderflowException();
        return n;
    }
}
