package org.jcwg.advisory.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The child JVM's class-data archive: written once after a normal exit, then mapped; never used cut short or stale. */
class ClassDataArchiveTest {

    private static final String RUNTIME = "17.0.15+6-test";

    @TempDir
    Path tmp;
    Path jar;

    @BeforeEach
    void jar() throws IOException {
        jar = Files.write(tmp.resolve("advisory-site.jar"), new byte[] {1, 2, 3});
    }

    private ClassDataArchive archive(String command) {
        return ClassDataArchive.of(jar, command, RUNTIME, true, 4242).orElseThrow();
    }

    private Path folder() {
        return tmp.resolve("advisory-site.jar.cds");
    }

    private List<Path> archives() throws IOException {
        try (Stream<Path> all = Files.list(folder())) {
            return all.sorted().toList();
        }
    }

    private static Optional<Path> option(ClassDataArchive a, String name) {
        return a.options().stream().filter(o -> o.startsWith(name + "=")).map(o -> Path.of(o.substring(name.length() + 1)))
                .findFirst();
    }

    /** What the runtime does at exit with -XX:ArchiveClassesAtExit: writes the archive there. */
    private static Path dumped(ClassDataArchive a, int bytes) throws IOException {
        return Files.write(option(a, "-XX:ArchiveClassesAtExit").orElseThrow(), new byte[bytes]);
    }

    /** A run of {@code command} that wrote an archive of {@code bytes} and ended normally. */
    private void ranOnce(String command, int bytes) throws IOException {
        ClassDataArchive a = archive(command);
        dumped(a, bytes);
        a.afterExit(0);
    }

    @Test
    void theFirstRunWritesItAfterANormalExitAndTheNextMapsIt() throws IOException {
        ClassDataArchive first = archive("build");
        assertTrue(first.options().contains("-Xlog:cds*=off"), "the runtime's archive messages are not the user's");
        dumped(first, 1000);
        first.afterExit(1); // findings: a normal end
        List<Path> kept = archives();
        assertEquals(1, kept.size(), kept.toString());
        assertTrue(kept.get(0).getFileName().toString().matches("build-17\\.0\\.15\\+6-test-3-\\d+-1000\\.jsa"), kept.toString());

        ClassDataArchive next = archive("build");
        assertEquals(Optional.of(kept.get(0)), option(next, "-XX:SharedArchiveFile"));
        assertTrue(next.options().contains("-XX:+VerifySharedSpaces"), "a flipped bit is caught as it is mapped");
        assertEquals(Optional.empty(), option(next, "-XX:ArchiveClassesAtExit"));
        assertEquals(Optional.empty(), option(archive("check"), "-XX:SharedArchiveFile"), "each command has its own");
    }

    @Test
    void anArchiveCutShortIsNeverMapped() throws IOException {
        ranOnce("check", 1000);
        Path kept = archives().get(0);
        assertEquals(Optional.of(kept), option(archive("accept"), "-XX:SharedArchiveFile"), "accept loads what check does");
        kept.toFile().setWritable(true);
        Files.write(kept, new byte[999]);
        ClassDataArchive next = archive("check");
        assertEquals(Optional.empty(), option(next, "-XX:SharedArchiveFile"), "the runtime would crash on it");
        dumped(next, 1200);
        next.afterExit(0);
        assertEquals(Optional.of("1200.jsa"), option(archive("check"), "-XX:SharedArchiveFile")
                .map(p -> p.getFileName().toString().replaceAll(".*-", "")));
    }

    @Test
    void aRunThatDidNotEndNormallyLeavesNoArchiveAndACrashWithOneRemovesIt() throws IOException {
        for (int status : new int[] {2, 130, 137, 143}) {
            ClassDataArchive a = archive("build");
            dumped(a, 1000);
            a.afterExit(status);
            assertEquals(List.of(), archives(), "status " + status);
        }
        ranOnce("build", 1000);
        archive("build").afterExit(134);
        assertEquals(List.of(), archives(), "a runtime that crashed with it must not meet it again");
    }

    @Test
    void aChangedJarGetsANewArchiveAndTheOldOneIsRemoved() throws IOException {
        ranOnce("build", 1000);
        Path old = archives().get(0);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        ClassDataArchive rebuilt = archive("build");
        assertEquals(Optional.empty(), option(rebuilt, "-XX:SharedArchiveFile"));
        dumped(rebuilt, 2000);
        rebuilt.afterExit(0);
        assertFalse(Files.exists(old));
        assertEquals(1, archives().size());
    }

    @Test
    void whatARunStoppedWhileWritingLeftIsRemoved() throws IOException, InterruptedException {
        Process gone = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).start();
        gone.getInputStream().readAllBytes();
        gone.waitFor();
        ClassDataArchive a = archive("build");
        Path stopped = Files.write(folder().resolve(option(a, "-XX:ArchiveClassesAtExit").orElseThrow().getFileName().toString()
                .replace("4242.tmp", gone.pid() + ".tmp")), new byte[10]);
        dumped(a, 1000);
        a.afterExit(0);
        assertFalse(Files.exists(stopped));
    }

    @Test
    void noArchiveForOtherCommandsARuntimeWithoutSharingOrAJarInNoFolder() {
        assertEquals(Optional.empty(), ClassDataArchive.of(jar, "serve", RUNTIME, true, 1));
        assertEquals(Optional.empty(), ClassDataArchive.of(jar, "build", RUNTIME, false, 1));
        assertEquals(Optional.empty(), ClassDataArchive.of(jar.resolve("inside-a-file.jar"), "build", RUNTIME, true, 1));
    }

    /** The real runtime: the archive it writes with these options is one it then maps ({@code -Xshare:on} fails if it cannot). */
    @Test
    void theRuntimeWritesAnArchiveItThenMaps() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty("java.vm.info", "").contains("sharing"),
                "this runtime maps no archive of its own");
        ClassDataArchive first = archive("check");
        assertEquals(0, run(java, first.options(), List.of("-version")));
        first.afterExit(0);
        ClassDataArchive next = archive("check");
        assertTrue(option(next, "-XX:SharedArchiveFile").isPresent(), archives().toString());
        assertEquals(0, run(java, next.options(), List.of("-Xshare:on", "-version")));
    }

    private int run(String java, List<String> options, List<String> rest) throws Exception {
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(options);
        command.addAll(rest);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertFalse(out.contains("[cds"), out);
        return p.exitValue();
    }
}
