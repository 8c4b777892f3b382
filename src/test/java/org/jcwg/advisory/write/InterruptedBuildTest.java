package org.jcwg.advisory.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jcwg.advisory.render.OutputFile;
import org.jcwg.advisory.testing.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed at any moment (a separate process, SIGKILL) never leaves a half-written site:
 * the output folder is the previous site, whole, or the new one, whole; and the next build
 * repairs what the kill left beside it. Both ways a site is written are killed: replaced whole
 * ({@code --clean}), and updated in place over the previous one.
 */
class InterruptedBuildTest {

    private static final String PAGE = "en/advisories/fake-jobs/index.html";

    @TempDir
    Path tmp;

    private static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) out.put(root.relativize(p).toString(), Files.readAllBytes(p));
        }
        return out;
    }

    private Process build(Path root, Path out, boolean clean) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.jcwg.advisory.cli.Main", "build", "--root", root.toString(), "--out", out.toString()));
        if (clean) command.add("--clean");
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(tmp.resolve("build.log").toFile()).start();
    }

    @ParameterizedTest(name = "clean: {0}")
    @ValueSource(booleans = {true, false})
    void aKilledBuildLeavesAWholeSite(boolean clean) throws Exception {
        Path root = Project.minimal(tmp.resolve("project")).write();
        Path out = tmp.resolve("site");
        Process first = build(root, out, clean);
        assertTrue(first.waitFor(120, TimeUnit.SECONDS) && first.exitValue() == 0, Files.readString(tmp.resolve("build.log")));
        Map<String, byte[]> previous = tree(out);
        assertTrue(previous.size() > 10, previous.keySet().toString());

        Path en = root.resolve("content-en/advisories/fake-jobs.md");
        Files.writeString(en, Files.readString(en).replace("Staff of exchanges receive job offers.",
                "Staff of exchanges receive convincing job offers."));
        int killedBeforeTheEnd = 0;
        for (long delay : new long[] {300, 700, 1100, 1500, 1900, 2300, 2700}) {
            Process p = build(root, out, clean);
            Thread.sleep(delay);
            boolean finished = !p.isAlive();
            // A build may run in a child JVM (TunedJvm) that stops itself when its parent is killed.
            List<ProcessHandle> children = p.descendants().toList();
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            for (ProcessHandle child : children) child.onExit().get(30, TimeUnit.SECONDS);
            // Killed between the swap's two moves, the previous site waits beside the folder; killed
            // in a decided update, the rest of it waits there: the next build puts the one back
            // and finishes the other before anything else.
            new SiteWriter().requireReplaceable(out);
            Map<String, byte[]> now = tree(out);
            String page = new String(now.get(PAGE), StandardCharsets.UTF_8);
            if (page.contains("convincing")) {
                assertEquals(previous.keySet(), now.keySet(), "the new site is whole after " + delay + " ms");
                return; // this build got to finish: nothing more to stop
            }
            assertFalse(finished, "a finished build published the edit");
            killedBeforeTheEnd++;
            assertEquals(previous.keySet(), now.keySet(), "after a kill at " + delay + " ms");
            previous.forEach((k, v) -> assertTrue(Arrays.equals(v, now.get(k)), "changed by a killed build: " + k));
        }
        assertTrue(killedBeforeTheEnd > 0);
    }

    @Test
    void theNextBuildRestoresASiteLeftAsideAndClearsAbandonedStaging() throws IOException {
        Path out = tmp.resolve("site");
        SiteWriter writer = new SiteWriter();
        writer.write(List.of(new OutputFile("index.html", "old".getBytes(StandardCharsets.UTF_8))), out);
        // As a kill between the swap's two moves leaves it:
        Path aside = tmp.resolve(".site.old-123");
        Files.move(out, aside);
        Path staging = Files.createDirectories(tmp.resolve(".site.new-456"));
        Files.writeString(staging.resolve("half.html"), "half");
        Files.setLastModifiedTime(staging, FileTime.fromMillis(0));
        Path busy = Files.createDirectories(tmp.resolve(".site.new-789")); // another build, still writing

        writer.requireReplaceable(out);
        assertEquals("old", Files.readString(out.resolve("index.html")));
        assertFalse(Files.exists(aside));
        assertFalse(Files.exists(staging), "an abandoned staging folder is removed");
        assertTrue(Files.exists(busy), "a recent one is left to its build");
    }
}
