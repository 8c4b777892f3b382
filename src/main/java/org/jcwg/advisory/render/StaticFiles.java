package org.jcwg.advisory.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The static assets of the site (CSS, JS, fonts): the built-in ones from the classpath
 * ({@code /templates/static/}), each replaced by a file of the same relative path in the
 * publication's {@code templates/static/}, which may also add files. All are published under
 * {@code assets/}. Stateless; reads files only when asked.
 */
final class StaticFiles {

    /**
     * The built-in assets. A jar's folders cannot be listed portably, so they are named here; a
     * test checks this list against the templates folder.
     */
    static final List<String> BUILT_IN = List.of("search.js", "site.js", "style.css");

    private StaticFiles() {
    }

    /** Relative path under {@code assets/} → content, sorted by path. */
    static Map<String, byte[]> collect(Path projectTemplates) {
        Map<String, byte[]> files = new TreeMap<>();
        for (String name : BUILT_IN) {
            files.put(name, readBuiltIn(name));
        }
        if (projectTemplates == null) return files;
        Path dir = projectTemplates.resolve("static");
        if (!Files.isDirectory(dir)) return files;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
                // Symlinks are skipped: a publication's assets must be its own files.
                if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) continue;
                String rel = relative(dir, p);
                if (rel == null) continue;
                files.put(rel, Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
        return files;
    }

    /** '/'-separated path below {@code dir}; null for hidden files and folders (.DS_Store, .git). */
    private static String relative(Path dir, Path file) {
        StringBuilder sb = new StringBuilder();
        for (Path segment : dir.relativize(file)) {
            String s = segment.toString();
            if (s.startsWith(".")) return null;
            if (sb.length() > 0) sb.append('/');
            sb.append(s);
        }
        return sb.toString();
    }

    private static byte[] readBuiltIn(String name) {
        String resource = Templates.CLASSPATH_ROOT + "/static/" + name;
        try (InputStream in = StaticFiles.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("built-in asset missing from the classpath: " + resource);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
