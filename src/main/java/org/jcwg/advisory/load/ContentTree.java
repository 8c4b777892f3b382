package org.jcwg.advisory.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jcwg.advisory.model.Lang;

/**
 * The files of one language folder, sorted by relative path so that loading is deterministic.
 * Hidden files and symbolic links are skipped: a link could pull files from outside the project.
 */
record ContentTree(Lang lang, Path folder, List<String> markdown, List<String> assets) {

    static final Set<String> DATA_FILES = Set.of("site.yml", "agencies.yml", "recommendations.yml", "glossary.yml");

    static ContentTree scan(Path root, Lang lang) throws IOException {
        Path folder = root.resolve(lang.folder());
        List<String> markdown = new ArrayList<>();
        List<String> assets = new ArrayList<>();
        if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path p : walk.sorted().toList()) {
                    String rel = folder.relativize(p).toString().replace('\\', '/');
                    if (rel.isEmpty() || isHidden(rel) || Files.isSymbolicLink(p)
                            || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) continue;
                    if (rel.endsWith(".md")) markdown.add(rel);
                    else if (!DATA_FILES.contains(rel)) assets.add(rel);
                }
            }
        }
        markdown.sort(null);
        assets.sort(null);
        return new ContentTree(lang, folder, markdown, assets);
    }

    /** The project-relative name used in messages: {@code content-ko/advisories/x.md}. */
    String fileName(String rel) {
        return lang.folder() + "/" + rel;
    }

    private static boolean isHidden(String rel) {
        for (String part : rel.split("/")) {
            if (part.startsWith(".")) return true;
        }
        return false;
    }
}
