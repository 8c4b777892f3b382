package org.jcwg.advisory.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A kept file comes back as it was, or not at all: cut short, changed inside, another key's or claiming too much. */
class KeyedBytesTest {

    private static final String KEY = "a".repeat(64);
    private static final byte[] FILE = "{\"csaf\": \"document\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void whatWasKeptComesBack() {
        assertArrayEquals(FILE, KeyedBytes.decode(KeyedBytes.encode(KEY, Optional.of(FILE)), KEY).orElseThrow().orElseThrow());
        assertEquals(Optional.of(Optional.empty()), KeyedBytes.decode(KeyedBytes.encode(KEY, Optional.empty()), KEY));
    }

    @Test
    void aFileComesBackOverTheEntryItselfWithoutACopy() {
        byte[] entry = KeyedBytes.encode(KEY, Optional.of(FILE));
        ByteBuffer file = KeyedBytes.payload(entry, KEY).orElseThrow();
        assertTrue(file.array() == entry, "a view of the entry");
        assertEquals(ByteBuffer.wrap(FILE), file);
    }

    @Test
    void aDamagedEntryIsRefused() {
        byte[] entry = KeyedBytes.encode(KEY, Optional.of(FILE));
        for (int cut = 0; cut < entry.length; cut++) {
            assertEquals(Optional.empty(), KeyedBytes.decode(Arrays.copyOf(entry, cut), KEY), "cut at " + cut);
        }
        byte[] changed = entry.clone();
        changed[changed.length - 3] ^= 1;
        assertEquals(Optional.empty(), KeyedBytes.decode(changed, KEY), "a byte of the file changed");
        assertEquals(Optional.empty(), KeyedBytes.decode(entry, "b".repeat(64)), "another key's entry");
        assertEquals(Optional.empty(), KeyedBytes.decode(Arrays.copyOf(entry, entry.length + 1), KEY), "a byte too many");
        byte[] noFile = KeyedBytes.encode(KEY, Optional.empty());
        noFile[4 + 4 + KEY.length()] = 1; // the flag after the key: "no file" read as an empty file
        assertEquals(Optional.empty(), KeyedBytes.decode(noFile, KEY), "the presence flag flipped");
    }

    @Test
    void aLengthPastTheEntryIsRefusedBeforeRoomIsMadeForIt() {
        byte[] entry = KeyedBytes.encode(KEY, Optional.of(FILE));
        // The file's length sits just before the file; claim nearly 2 GB there, and for the key.
        ByteBuffer.wrap(entry).putInt(entry.length - FILE.length - 4, Integer.MAX_VALUE - 16);
        assertRefusedWithoutRoom(entry);
        byte[] key = KeyedBytes.encode(KEY, Optional.of(FILE));
        ByteBuffer.wrap(key).putInt(4, Integer.MAX_VALUE - 16);
        assertRefusedWithoutRoom(key);
        ByteBuffer.wrap(key).putInt(4, -5);
        assertTrue(KeyedBytes.decode(key, KEY).isEmpty());
    }

    private static void assertRefusedWithoutRoom(byte[] entry) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        assertEquals(Optional.empty(), KeyedBytes.decode(entry, KEY));
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(allocated < 1_000_000, "refusing the entry made room for " + allocated + " bytes");
    }
}
