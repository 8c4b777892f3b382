package org.jcwg.advisory.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jcwg.advisory.cache.BuildCache;
import org.jcwg.advisory.cache.Fingerprint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packed build cache: what one build keeps, the next finds; pruning keeps what was used and few packs. */
class PackedCacheTest {

    @TempDir
    Path folder;

    private static String key(String name) {
        return Fingerprint.of(name);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private List<Path> files(String glob) throws IOException {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) return out;
        try (var all = Files.newDirectoryStream(folder, glob)) {
            all.forEach(out::add);
        }
        return out;
    }

    /** One build: finds {@code used}, keeps {@code made} (each key's bytes are its name), prunes. */
    private void build(List<String> used, List<String> made) throws IOException {
        try (PackedCache cache = new PackedCache(folder)) {
            for (String u : used) assertArrayEquals(bytes(u), cache.find(key(u)).orElseThrow(), u);
            for (String m : made) cache.keep(key(m), bytes(m));
            cache.prune();
        }
    }

    private Set<String> keys(String... names) {
        Set<String> out = new TreeSet<>();
        for (String n : names) out.add(key(n));
        return out;
    }

    @Test
    void whatOneBuildKeepsTheNextFindsInOnePack() throws IOException {
        try (PackedCache cache = new PackedCache(folder)) {
            cache.keep(key("a"), bytes("alpha"));
            cache.keep(key("b"), new byte[0]);
            assertArrayEquals(bytes("alpha"), cache.find(key("a")).orElseThrow(), "found while the pack is written");
            assertEquals(1, files("*.part").size(), "written as a part");
            assertEquals(List.of(), files("*.pack"));
        }
        assertEquals(List.of(), files("*.part"));
        assertEquals(1, files("*.pack").size(), "sealed on close");
        try (PackedCache cache = new PackedCache(folder)) {
            assertArrayEquals(bytes("alpha"), cache.find(key("a")).orElseThrow());
            assertArrayEquals(new byte[0], cache.find(key("b")).orElseThrow());
            assertEquals(OptionalLong.of(5), cache.size(key("a")));
            assertEquals(Optional.empty(), cache.find(key("c")));
        }
        assertEquals(keys("a", "b"), PackedCache.keys(folder));
    }

    @Test
    void aKeyThatIsNoFingerprintIsNeverKept() throws IOException {
        try (PackedCache cache = new PackedCache(folder)) {
            cache.keep("../../etc/passwd", bytes("x"));
            cache.keep(key("a").toUpperCase(), bytes("x"));
        }
        assertEquals(List.of(), files("*"));
    }

    @Test
    void pruningDropsWhatThisBuildDidNotUseAndCopiesWhatItDidOfAPackItUsedLittleOf() throws IOException {
        build(List.of(), List.of("a", "b", "c"));
        build(List.of("a"), List.of("d"));
        assertEquals(keys("a", "d"), PackedCache.keys(folder));
        assertEquals(1, files("*.pack").size(), "the old pack, a third used, was copied and deleted");
        build(List.of("a", "d"), List.of());
        assertEquals(keys("a", "d"), PackedCache.keys(folder));
        build(List.of(), List.of());
        assertEquals(Set.of(), PackedCache.keys(folder), "nothing used: nothing kept");
        assertEquals(List.of(), files("*"));
    }

    @Test
    void aPackMostlyUsedStaysAsItIs() throws IOException {
        List<String> first = IntStream.range(0, 10).mapToObj(i -> "entry " + i).toList();
        build(List.of(), first);
        Path pack = files("*.pack").get(0);
        build(first.subList(1, 10), List.of("new"));
        List<Path> packs = files("*.pack");
        assertEquals(2, packs.size());
        assertTrue(packs.contains(pack), "not copied again");
        build(Stream.concat(first.subList(1, 10).stream(), Stream.of("new")).toList(), List.of());
        assertEquals(packs, files("*.pack"));
    }

    @Test
    void aRunOfSmallBuildsLeavesFewPacks() throws IOException {
        List<String> big = IntStream.range(0, 40).mapToObj(i -> "document " + i + " ".repeat(1000)).toList();
        build(List.of(), big);
        List<String> used = new ArrayList<>(big);
        for (int run = 0; run < 12; run++) {
            String edit = "edit " + run; // a new document each time: every earlier pack stays in use
            build(used, List.of(edit));
            used.add(edit);
            assertTrue(files("*.pack").size() <= 5, run + ": " + files("*.pack"));
        }
        try (PackedCache cache = new PackedCache(folder)) {
            for (String u : used) assertArrayEquals(bytes(u), cache.find(key(u)).orElseThrow());
        }
    }

    @Test
    void anEntryMadeAgainReplacesTheOldOne() throws IOException {
        build(List.of(), List.of("a", "b"));
        try (PackedCache cache = new PackedCache(folder)) {
            cache.find(key("b")).orElseThrow();
            cache.keep(key("a"), bytes("a again"));
            assertArrayEquals(bytes("a again"), cache.find(key("a")).orElseThrow(), "the newer, within the build");
            cache.prune();
        }
        assertEquals(2, files("*.pack").size(), "the first pack, still half used, stays");
        try (PackedCache cache = new PackedCache(folder)) {
            assertArrayEquals(bytes("a again"), cache.find(key("a")).orElseThrow(), "the newer, in the next");
        }
    }

    @Test
    void aPackCutShortOrDamagedInItsIndexIsPassedOverAndRemoved() throws IOException {
        build(List.of(), List.of("a"));
        Path pack = files("*.pack").get(0);
        byte[] whole = Files.readAllBytes(pack);
        for (int cut : new int[] {0, 3, whole.length / 2, whole.length - 1}) {
            Files.write(pack, java.util.Arrays.copyOf(whole, cut));
            assertEquals(Set.of(), PackedCache.keys(folder), "cut at " + cut);
        }
        for (int at = whole.length - 20 - 44; at < whole.length; at++) { // the index and the trailer
            byte[] flipped = whole.clone();
            flipped[at] ^= 0x10;
            Files.write(pack, flipped);
            assertEquals(Set.of(), PackedCache.keys(folder), "a flipped bit at " + at);
        }
        build(List.of(), List.of());
        assertFalse(Files.exists(pack), "removed by the next build");
    }

    @Test
    void aPackAStoppedBuildLeftHalfWrittenIsRemovedOneBeingWrittenIsNot() throws IOException, InterruptedException {
        Process gone = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).start();
        gone.getInputStream().readAllBytes();
        gone.waitFor();
        Files.createDirectories(folder);
        Path left = Files.write(folder.resolve("pack-" + gone.pid() + "-123.part"), bytes("half"));
        Path writing = Files.write(folder.resolve("pack-" + ProcessHandle.current().pid() + "-456.part"), bytes("half"));
        Path older = Files.write(folder.resolve(key("x") + ".bin"), bytes("an entry of the format before packs"));
        build(List.of(), List.of("a"));
        assertFalse(Files.exists(left));
        assertFalse(Files.exists(older));
        assertTrue(Files.exists(writing), "its process is running");
    }

    @Test
    void aCleanBuildEmptiesTheCache() throws IOException {
        build(List.of(), List.of("a", "b"));
        try (PackedCache cache = new PackedCache(folder)) {
            cache.clear();
            assertEquals(Optional.empty(), cache.find(key("a")));
            cache.keep(key("c"), bytes("c"));
            cache.prune();
        }
        assertEquals(keys("c"), PackedCache.keys(folder));
    }

    @Test
    void readOnlyKeepsNothingAndAFolderNoBuildMadeIsNoCache() throws IOException {
        try (PackedCache cache = new PackedCache(folder.resolve("none"))) {
            assertSame(BuildCache.NONE, cache.readOnly());
        }
        build(List.of(), List.of("a"));
        try (PackedCache cache = new PackedCache(folder)) {
            BuildCache look = cache.readOnly();
            assertArrayEquals(bytes("a"), look.find(key("a")).orElseThrow());
            assertFalse(look.keeps());
            look.keep(key("b"), bytes("b"));
        }
        assertEquals(keys("a"), PackedCache.keys(folder));
        try (Stream<Path> all = Files.list(folder)) {
            assertEquals(1, all.count());
        }
    }

    @Test
    void threadsKeepAndFindAtOnce() throws Exception {
        List<String> names = IntStream.range(0, 400).mapToObj(i -> "entry " + i + " ".repeat(i * 7)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (PackedCache cache = new PackedCache(folder)) {
            List<Future<?>> done = new ArrayList<>();
            for (String n : names) {
                done.add(pool.submit(() -> {
                    cache.keep(key(n), bytes(n));
                    assertArrayEquals(bytes(n), cache.find(key(n)).orElseThrow());
                }));
            }
            for (Future<?> f : done) f.get();
            cache.prune();
        } finally {
            pool.shutdown();
        }
        try (PackedCache cache = new PackedCache(folder)) {
            for (String n : names) assertArrayEquals(bytes(n), cache.find(key(n)).orElseThrow());
        }
    }
}
