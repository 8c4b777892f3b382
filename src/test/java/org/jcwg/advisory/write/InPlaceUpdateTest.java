package org.jcwg.advisory.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jcwg.advisory.render.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Over a previous site, a build changes only what differs, and the folder ends exactly as the new
 * site; an update stopped after it was decided is finished by the next build, one stopped before
 * leaves the previous site as it was.
 */
class InPlaceUpdateTest {

    @TempDir
    Path tmp;

    private static OutputFile file(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    private static final List<OutputFile> OLD = List.of(file("index.html", "home"), file("a/index.html", "a"),
            file("b/index.html", "b"), file("b/deep/x.js", "x"), file("feed", "a file that becomes a folder"),
            file("tags/old/index.html", "a folder that goes"));

    private static final List<OutputFile> NEW = List.of(file("index.html", "home"), file("a/index.html", "a, edited"),
            file("feed/index.xml", "now a folder"), file("c/index.html", "new page"), file("b/deep", "a folder that became a file"));

    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), Files.readString(p));
            }
        }
        out.remove(SiteWriter.MARKER);
        return out;
    }

    private static Map<String, String> expected(List<OutputFile> files) {
        Map<String, String> out = new TreeMap<>();
        for (OutputFile f : files) out.put(f.path(), new String(f.bytes(), StandardCharsets.UTF_8));
        return out;
    }

    private List<Path> siblings() throws IOException {
        try (Stream<Path> all = Files.list(tmp)) {
            return all.filter(p -> !p.getFileName().toString().equals("site")).toList();
        }
    }

    @Test
    void theFolderEndsAsTheNewSiteAndUnchangedFilesAreNotTouched() throws IOException {
        Path out = tmp.resolve("site");
        SiteWriter writer = new SiteWriter();
        writer.write(OLD, out);
        FileTime long_ago = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(out.resolve("index.html"), long_ago);
        Files.writeString(out.resolve("stray.txt"), "put there by hand");
        Object inode = Files.getAttribute(out, "unix:ino");

        assertEquals(new SiteWriter.Written(4, 1), writer.write(NEW, out));
        assertEquals(expected(NEW), tree(out));
        assertEquals(long_ago, Files.getLastModifiedTime(out.resolve("index.html")), "an unchanged file is left as it was");
        assertEquals(inode, Files.getAttribute(out, "unix:ino"), "the folder is updated, not replaced");
        assertFalse(Files.exists(out.resolve("tags")), "a folder left empty is removed");
        assertEquals(List.of(), siblings(), "no staging folder is left");
    }

    @Test
    void aFileOfTheGeneratorsOwnOrTwiceTheSamePathIsRefused() throws IOException {
        Path out = tmp.resolve("site");
        SiteWriter writer = new SiteWriter();
        writer.write(OLD, out);
        assertThrows(IOException.class, () -> writer.write(List.of(file(InPlaceUpdate.JOURNAL, "x")), out));
        assertThrows(IOException.class, () -> writer.write(List.of(file(SiteWriter.MARKER, "x")), out));
        assertThrows(IOException.class, () -> writer.write(List.of(file("a/index.html", "1"), file("a/index.html", "2")), out));
        assertEquals(expected(OLD), tree(out), "a refused build changes nothing");
        assertEquals(List.of(), siblings());
    }

    /**
     * As a build killed in the middle of its update leaves it, at each point it could stop at:
     * decided only, or with the files that go deleted and some of the staged ones moved in.
     */
    @Test
    void anUpdateStoppedAfterItWasDecidedIsFinishedByTheNextBuild() throws IOException {
        for (int moved = -1; moved <= NEW.size(); moved++) {
            Path out = tmp.resolve("site");
            SiteWriter writer = new SiteWriter();
            SiteWriter.deleteTree(out);
            writer.write(OLD, out);
            SiteWriter.Staging staging = writer.open(out, true);
            for (OutputFile f : NEW) staging.write(f);
            Path folder = onlyStagingFolder();
            List<String> gone = InPlaceUpdate.decide(folder, out, expected(NEW).keySet());
            if (moved >= 0) {
                for (String file : gone) Files.delete(out.resolve(file));
                try (Stream<Path> staged = Files.walk(folder)) {
                    List<Path> files = staged.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().equals(InPlaceUpdate.JOURNAL)).sorted().toList();
                    for (Path p : files.subList(0, Math.min(moved, files.size()))) {
                        Path dest = out.resolve(folder.relativize(p).toString());
                        Files.createDirectories(dest.getParent());
                        if (Files.isDirectory(dest)) SiteWriter.deleteTree(dest);
                        Files.move(p, dest, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            staging.close(); // the build's own cleanup must not throw the decided update away
            assertTrue(Files.exists(folder.resolve(InPlaceUpdate.JOURNAL)));

            writer.requireReplaceable(out);
            assertEquals(expected(NEW), tree(out), "stopped after " + moved + " files moved");
            assertEquals(List.of(), siblings());
        }
    }

    @Test
    void anUpdateStoppedBeforeItWasDecidedLeavesThePreviousSite() throws IOException {
        Path out = tmp.resolve("site");
        SiteWriter writer = new SiteWriter();
        writer.write(OLD, out);
        SiteWriter.Staging staging = writer.open(out, true);
        for (OutputFile f : NEW) staging.write(f);
        Path folder = onlyStagingFolder();
        Files.writeString(folder.resolve(InPlaceUpdate.JOURNAL), "advisory-site update 1\nfeed\n"); // cut short: no end
        writer.requireReplaceable(out);
        assertEquals(expected(OLD), tree(out), "nothing decided, nothing changed");
        assertTrue(Files.exists(folder), "a recent staging folder is left to its build");

        Files.setLastModifiedTime(folder, FileTime.fromMillis(0));
        writer.requireReplaceable(out);
        assertEquals(expected(OLD), tree(out));
        assertEquals(List.of(), siblings(), "an abandoned one is removed");
    }

    private Path onlyStagingFolder() throws IOException {
        List<Path> found = siblings();
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }
}
