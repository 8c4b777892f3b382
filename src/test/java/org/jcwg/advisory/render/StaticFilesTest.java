package org.jcwg.advisory.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class StaticFilesTest {

    /** The built-in list must name exactly the files of templates/static (jars cannot be listed). */
    @Test
    void builtInListMatchesTheTemplatesFolder() throws Exception {
        URL url = StaticFiles.class.getResource(Templates.CLASSPATH_ROOT + "/static/");
        Assumptions.assumeTrue(url != null && "file".equals(url.getProtocol()), "templates not on a file classpath");
        Path dir = Path.of(url.toURI());
        try (Stream<Path> walk = Files.walk(dir)) {
            List<String> found = walk.filter(Files::isRegularFile)
                    .map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
            assertEquals(found, StaticFiles.BUILT_IN.stream().sorted().toList());
        }
    }
}
