package org.jcwg.advisory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the package layout a picture of the pipeline: each package imports only the packages
 * listed here, and each third-party library stays in its one package.
 */
class ArchitectureTest {

    private static final String BASE = "org.jcwg.advisory.";
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("cli", Set.of("build", "preview", "model", "diag")),
            Map.entry("preview", Set.of("build", "export", "model", "diag")),
            Map.entry("build", Set.of("load", "check", "render", "write", "markdown", "cache", "model", "diag")),
            Map.entry("write", Set.of("render", "cache", "model", "diag")),
            Map.entry("load", Set.of("markdown", "cache", "model", "diag")),
            Map.entry("check", Set.of("facts", "cache", "model", "diag")),
            Map.entry("facts", Set.of("model", "diag")),
            Map.entry("render", Set.of("markdown", "i18n", "export", "cache", "model", "diag")),
            Map.entry("export", Set.of("facts", "model", "diag")),
            Map.entry("markdown", Set.of("model", "diag")), // model: the body HTML it renders while reading (BodyHtml)
            Map.entry("i18n", Set.of("model", "diag")),
            Map.entry("model", Set.of("diag")),
            Map.entry("diag", Set.of()),
            Map.entry("cache", Set.of("diag"))); // what builds keep for the next one, and the keys they keep it by
    private static final Map<String, String> LIBRARY_HOME = Map.of(
            "com.vladsch.flexmark", "markdown",
            "freemarker", "render",
            "com.ibm.icu", "i18n",
            "org.yaml.snakeyaml", "load",
            "picocli", "cli",
            "com.openhtmltopdf", "render",
            "org.apache.pdfbox", "render",
            "org.apache.xmpbox", "render");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)", Pattern.MULTILINE);

    @Test
    void packagesImportOnlyWhatThePipelineAllows() throws IOException {
        Path src = Path.of("src/main/java/org/jcwg/advisory");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(src)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = src.relativize(file).getName(0).toString();
                if (!ALLOWED.containsKey(pkg)) {
                    violations.add(file + ": package '" + pkg + "' is not in the layout");
                    continue;
                }
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    String imported = m.group(1);
                    if (imported.startsWith(BASE)) {
                        String target = imported.substring(BASE.length()).split("\\.")[0];
                        if (!target.equals(pkg) && !ALLOWED.get(pkg).contains(target)) {
                            violations.add(file.getFileName() + " (" + pkg + ") imports " + imported);
                        }
                    }
                    LIBRARY_HOME.forEach((library, home) -> {
                        if (imported.startsWith(library + ".") && !home.equals(pkg)) {
                            violations.add(file.getFileName() + " (" + pkg + ") uses " + library + ", which belongs in " + home);
                        }
                    });
                }
            }
        }
        assertEquals(List.of(), violations);
    }
}
