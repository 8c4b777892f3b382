package org.jcwg.advisory.render;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jcwg.advisory.cache.KeyedBytes;

/**
 * A language's search index files as one build-cache entry and back: their count, then each
 * path and its bytes, inside a {@link KeyedBytes} entry (which refuses one damaged, cut short or
 * under another key). Stateless.
 */
final class KeptFiles {

    private KeptFiles() {
    }

    static byte[] encode(String key, List<SearchIndex.File> files) {
        int size = 4;
        List<byte[]> paths = new ArrayList<>(files.size());
        for (SearchIndex.File f : files) {
            byte[] path = f.path().getBytes(StandardCharsets.UTF_8);
            paths.add(path);
            size += 4 + path.length + 4 + f.bytes().length;
        }
        ByteBuffer out = ByteBuffer.allocate(size).putInt(files.size());
        for (int i = 0; i < files.size(); i++) {
            out.putInt(paths.get(i).length).put(paths.get(i)).putInt(files.get(i).bytes().length).put(files.get(i).bytes());
        }
        return KeyedBytes.encode(key, Optional.of(out.array()));
    }

    /** Empty when the entry is damaged or another key's. */
    static Optional<List<SearchIndex.File>> decode(byte[] entry, String key) {
        return KeyedBytes.payload(entry, key).flatMap(KeptFiles::files);
    }

    private static Optional<List<SearchIndex.File>> files(ByteBuffer in) {
        try {
            int n = in.getInt();
            // Every file takes at least its two lengths: a damaged count makes no list that long.
            if (n < 0 || n > in.remaining() / 8) return Optional.empty();
            List<SearchIndex.File> files = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                byte[] path = new byte[KeyedBytes.length(in)];
                in.get(path);
                byte[] bytes = new byte[KeyedBytes.length(in)];
                in.get(bytes);
                files.add(new SearchIndex.File(new String(path, StandardCharsets.UTF_8), bytes));
            }
            return in.hasRemaining() ? Optional.empty() : Optional.of(List.copyOf(files));
        } catch (BufferUnderflowException e) {
            return Optional.empty();
        }
    }
}
