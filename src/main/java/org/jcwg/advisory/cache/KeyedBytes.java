package org.jcwg.advisory.cache;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * A file a build made (or its absence: "this document has no such file") as a
 * {@link BuildCache} entry and back. The entry holds its key, so one found under another name is
 * refused, and its length, so one cut short is too. Stateless.
 */
public final class KeyedBytes {

    private static final int MAGIC = 0x41534231; // "ASB1"

    private KeyedBytes() {
    }

    public static byte[] encode(String key, Optional<byte[]> bytes) {
        byte[] k = key.getBytes(StandardCharsets.UTF_8);
        byte[] b = bytes.orElse(new byte[0]);
        ByteBuffer out = ByteBuffer.allocate(4 + 4 + k.length + 1 + 4 + b.length);
        out.putInt(MAGIC).putInt(k.length).put(k).put((byte) (bytes.isPresent() ? 1 : 0)).putInt(b.length).put(b);
        return out.array();
    }

    /** Empty when the entry is damaged or not this key's; else what was kept (which may be "no file"). */
    public static Optional<Optional<byte[]>> decode(byte[] entry, String key) {
        try {
            ByteBuffer in = ByteBuffer.wrap(entry);
            if (in.getInt() != MAGIC) return Optional.empty();
            byte[] k = new byte[in.getInt()];
            in.get(k);
            if (!Arrays.equals(k, key.getBytes(StandardCharsets.UTF_8))) return Optional.empty();
            byte present = in.get();
            byte[] b = new byte[in.getInt()];
            in.get(b);
            if (in.hasRemaining() || present > 1 || present < 0) return Optional.empty();
            return Optional.of(present == 1 ? Optional.of(b) : Optional.empty());
        } catch (BufferUnderflowException | NegativeArraySizeException e) {
            return Optional.empty(); // damaged: make it again
        }
    }
}
