package org.jcwg.advisory.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * One file of the generated site: its path relative to the output root ('/'-separated, e.g.
 * {@code en/advisories/x/index.html}) and its content. Immutable: the bytes are copied in and out.
 */
public record OutputFile(String path, byte[] bytes) {

    public OutputFile {
        Objects.requireNonNull(path, "path");
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.endsWith("/")) {
            throw new IllegalArgumentException("not a relative file path: " + path);
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("not a relative file path: " + path);
            }
        }
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The size in bytes (without a copy of them). */
    public int length() {
        return bytes.length;
    }

    /** Whether the content is exactly {@code other} (without a copy). */
    public boolean hasBytes(byte[] other) {
        return Arrays.equals(bytes, other);
    }

    /** Writes the content to {@code out} (without a copy). */
    public void writeTo(OutputStream out) throws IOException {
        out.write(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OutputFile f && path.equals(f.path) && Arrays.equals(bytes, f.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * path.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "OutputFile[" + path + ", " + bytes.length + " bytes]";
    }
}
