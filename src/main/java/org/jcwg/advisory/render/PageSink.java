package org.jcwg.advisory.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a render's files go, each with what it was made from (to name in an error), and the
 * sitemap the pages are entered in.
 */
interface PageSink {

    /** A file whose bytes are {@code bytes}' remaining ones, which the caller gives up (see {@link OutputFile#owning}). */
    void add(String path, ByteBuffer bytes, String origin) throws RenderException;

    default void add(String path, byte[] bytes, String origin) throws RenderException {
        add(path, ByteBuffer.wrap(bytes), origin);
    }

    Sitemap sitemap();

    /** A machine-readable file (CSAF, STIX, JSON), named in an error by what it was made from. */
    default void add(MachineReadable.File f) throws RenderException {
        add(f.path(), f.bytes(), f.origin());
    }

    /** The files of one piece of work done on its own thread, added to the {@link Ordered} sink in order afterwards. */
    final class Pending implements PageSink {
        private record File(String path, ByteBuffer bytes, String origin) {
        }

        private final List<File> files = new ArrayList<>();
        private final Sitemap sitemap;

        Pending(Sitemap sitemap) {
            this.sitemap = sitemap;
        }

        @Override
        public void add(String path, ByteBuffer bytes, String origin) {
            files.add(new File(path, bytes, origin));
        }

        @Override
        public Sitemap sitemap() {
            return sitemap;
        }
    }

    /** Hands each file on to the output as it comes; refuses a second file at the same path. Not thread-safe. */
    final class Ordered implements PageSink {
        private final Map<String, String> origins = new HashMap<>();
        private final Sitemap sitemap;
        private final OutputSink sink;

        Ordered(Sitemap sitemap, OutputSink sink) {
            this.sitemap = sitemap;
            this.sink = sink;
        }

        @Override
        public Sitemap sitemap() {
            return sitemap;
        }

        void addAll(Pending pending) throws RenderException {
            for (Pending.File f : pending.files) add(f.path(), f.bytes(), f.origin());
        }

        @Override
        public void add(String path, ByteBuffer bytes, String origin) throws RenderException {
            String earlier = origins.putIfAbsent(path, origin);
            if (earlier != null) {
                throw new RenderException(origin, 1, "would be written to " + path + ", which already holds "
                        + earlier + "; rename or move this document");
            }
            try {
                sink.write(OutputFile.owning(path, bytes));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
