package org.jcwg.advisory.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * One file of the generated site: its path relative to the output root ('/'-separated, e.g.
 * {@code en/advisories/x/index.html}) and its content. Immutable: the public constructor copies
 * the bytes in and {@link #bytes} copies them out; the renderer hands over arrays it made for the
 * file and never touches again without a copy, since a large site's pages are hundreds of
 * megabytes copied for nothing.
 */
public final class OutputFile {

    private final String path;
    private final byte[] bytes;
    private final int offset;
    private final int length;

    public OutputFile(String path, byte[] bytes) {
        this(path, bytes.clone(), 0, bytes.length);
    }

    private OutputFile(String path, byte[] bytes, int offset, int length) {
        this.path = checkedPath(path);
        Objects.checkFromIndexSize(offset, length, bytes.length);
        this.bytes = bytes;
        this.offset = offset;
        this.length = length;
    }

    /** The remaining bytes of {@code content}, which the caller gives up: nothing else may write to them. */
    static OutputFile owning(String path, ByteBuffer content) {
        return new OutputFile(path, content.array(), content.arrayOffset() + content.position(), content.remaining());
    }

    private static String checkedPath(String path) {
        Objects.requireNonNull(path, "path");
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.endsWith("/")) {
            throw new IllegalArgumentException("not a relative file path: " + path);
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("not a relative file path: " + path);
            }
        }
        return path;
    }

    public String path() {
        return path;
    }

    public byte[] bytes() {
        return Arrays.copyOfRange(bytes, offset, offset + length);
    }

    /** The size in bytes (without a copy of them). */
    public int length() {
        return length;
    }

    /** Whether the content from {@code from} on starts with the first {@code count} bytes of {@code other}. */
    public boolean hasBytesAt(int from, byte[] other, int count) {
        Objects.checkFromIndexSize(from, count, length);
        return Arrays.equals(bytes, offset + from, offset + from + count, other, 0, count);
    }

    /** Writes the content to {@code out} (without a copy). */
    public void writeTo(OutputStream out) throws IOException {
        out.write(bytes, offset, length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OutputFile f && path.equals(f.path)
                && Arrays.equals(bytes, offset, offset + length, f.bytes, f.offset, f.offset + f.length);
    }

    @Override
    public int hashCode() {
        int h = 1;
        for (int i = offset; i < offset + length; i++) h = 31 * h + bytes[i];
        return 31 * path.hashCode() + h;
    }

    @Override
    public String toString() {
        return "OutputFile[" + path + ", " + length + " bytes]";
    }
}
