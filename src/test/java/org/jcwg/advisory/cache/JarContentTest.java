package org.jcwg.advisory.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A jar's stamp follows what it holds, not when it was made: caches outlive a {@code mvn package} of the same code. */
class JarContentTest {

    private static final Map<String, String> FILES = new TreeMap<>(Map.of(
            "org/jcwg/advisory/A.class", "class A, compiled",
            "org/jcwg/advisory/B.class", "class B, compiled",
            "templates/page.ftlh", "<html>${title}</html>"));

    private static Path jar(Path file, Map<String, String> files, long madeAt) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : files.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTime(1_767_225_600_000L); // the build's fixed time for entries (project.build.outputTimestamp)
                zip.putNextEntry(entry);
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        Files.setLastModifiedTime(file, FileTime.fromMillis(madeAt));
        return file;
    }

    @Test
    void theSameFilesMadeAgainLaterHaveTheSameStamp(@TempDir Path tmp) throws IOException {
        Optional<String> first = JarContent.stamp(jar(tmp.resolve("first.jar"), FILES, 1_000_000_000_000L));
        Optional<String> again = JarContent.stamp(jar(tmp.resolve("again.jar"), FILES, 1_800_000_000_000L));
        assertTrue(first.isPresent());
        assertEquals(first, again);
    }

    @Test
    void aChangedFileChangesTheStamp(@TempDir Path tmp) throws IOException {
        Optional<String> before = JarContent.stamp(jar(tmp.resolve("before.jar"), FILES, 0));
        Map<String, String> changed = new TreeMap<>(FILES);
        changed.put("org/jcwg/advisory/B.class", "class B, compiler"); // same length, one letter
        Optional<String> after = JarContent.stamp(jar(tmp.resolve("after.jar"), changed, 0));
        assertNotEquals(before, after);
        Map<String, String> added = new TreeMap<>(FILES);
        added.put("org/jcwg/advisory/C.class", "class C");
        assertNotEquals(before, JarContent.stamp(jar(tmp.resolve("added.jar"), added, 0)));
    }

    @Test
    void aFileThatIsNoZipHasNoStamp(@TempDir Path tmp) throws IOException {
        Path notZip = tmp.resolve("not.jar");
        Files.writeString(notZip, "just text, no central directory");
        assertEquals(Optional.empty(), JarContent.stamp(notZip));
        Path empty = tmp.resolve("empty.jar");
        Files.write(empty, new byte[0]);
        assertEquals(Optional.empty(), JarContent.stamp(empty));
    }
}
