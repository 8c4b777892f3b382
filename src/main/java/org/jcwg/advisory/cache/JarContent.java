package org.jcwg.advisory.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * What a jar holds, as a short stamp that reading its central directory gives: the directory names
 * every file with its size and CRC-32, so two jars of the same files (the build is reproducible)
 * have the same stamp whenever they were made, and a changed file changes it. Two checksums of
 * different polynomials over the directory, both built into the JVM's interpreter, so the stamp
 * costs no hashing time at the start of every command (a digest would, before it is compiled).
 * Stateless.
 */
final class JarContent {

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int END_SIZE = 22;
    private static final int MAX_COMMENT = 0xffff;

    private JarContent() {
    }

    /** The stamp of the jar at {@code jar}; empty when it is no plain zip file (then its time must do). */
    static Optional<String> stamp(Path jar) throws IOException {
        try (FileChannel in = FileChannel.open(jar)) {
            long size = in.size();
            int tail = (int) Math.min(size, END_SIZE + MAX_COMMENT);
            ByteBuffer end = ByteBuffer.allocate(tail).order(ByteOrder.LITTLE_ENDIAN);
            read(in, end, size - tail);
            for (int at = tail - END_SIZE; at >= 0; at--) {
                if (end.getInt(at) != END_SIGNATURE) continue;
                long directorySize = end.getInt(at + 12) & 0xffffffffL;
                long directoryStart = end.getInt(at + 16) & 0xffffffffL;
                // A zip64 jar marks these as unknown; this generator's jar is not one.
                if (directorySize == 0xffffffffL || directoryStart + directorySize > size - tail + at) return Optional.empty();
                ByteBuffer directory = ByteBuffer.allocate((int) directorySize);
                read(in, directory, directoryStart);
                CRC32C castagnoli = new CRC32C();
                castagnoli.update(directory.duplicate());
                CRC32 ieee = new CRC32();
                ieee.update(directory.duplicate());
                return Optional.of(String.format("%d %08x%08x", size, castagnoli.getValue(), ieee.getValue()));
            }
            return Optional.empty();
        }
    }

    private static void read(FileChannel in, ByteBuffer into, long at) throws IOException {
        while (into.hasRemaining()) {
            if (in.read(into, at + into.position()) < 0) throw new IOException("cut short");
        }
        into.flip();
    }
}
