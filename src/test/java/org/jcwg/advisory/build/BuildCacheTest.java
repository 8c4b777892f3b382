package org.jcwg.advisory.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jcwg.advisory.diag.Diagnostic;
import org.jcwg.advisory.model.Edition;
import org.jcwg.advisory.model.Lang;
import org.jcwg.advisory.model.Tlp;
import org.jcwg.advisory.testing.Project;
import org.jcwg.advisory.write.PackedCache;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The caches of document files read ({@code .cache/read}) and of document pairs compared
 * ({@code .cache/check}): a build takes everything unchanged from them and redoes what was
 * edited, a damaged entry costs only time, {@code check} uses them without writing, and nothing a
 * build publishes or a check reports depends on whether they were used.
 */
class BuildCacheTest {

    private static final Edition EDITION = new Edition(Tlp.CLEAR, false, LocalDate.of(2026, 11, 23));
    private static final List<String> CACHES = List.of("read", "check", "render");
    private static final String EDITED = "content-en/advisories/ransomware-healthcare.md";

    @TempDir
    Path tmp;
    Path project;
    int documentFiles;

    @BeforeEach
    void copySample() throws IOException {
        project = Project.copyOfSample(tmp.resolve("project"));
        try (Stream<Path> all = Stream.concat(Files.walk(project.resolve("content-en")), Files.walk(project.resolve("content-ko")))) {
            documentFiles = (int) all.filter(p -> p.toString().endsWith(".md")).count();
        }
    }

    private Outcome build(String out, boolean clean) throws IOException {
        Outcome o = new Pipeline().build(new BuildOptions(project, tmp.resolve(out), EDITION, false, false, clean));
        assertFalse(o.failed(), () -> o.diagnostics().toString());
        return o;
    }

    /** CSAF files, STIX bundles and the search index's text files (one per document and language). */
    private static int renderedFromOneDocument(Path site) throws IOException {
        try (Stream<Path> all = Files.walk(site)) {
            return (int) all.map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.matches("(en|ko)/csaf/.*\\.json|stix/.*\\.json|.*/text-\\d+\\.js"
                            + "|(en|ko)/(advisories/[^/]+|reports/[^/]+|about)/index\\.html")).count();
        }
    }

    private List<String> entries() throws IOException {
        return entries("read");
    }

    /** The keys of the entries a cache folder holds. */
    private List<String> entries(String cache) throws IOException {
        return List.copyOf(PackedCache.keys(cacheFolder(cache)));
    }

    private Path cacheFolder(String cache) {
        return project.resolve(".cache").resolve(cache);
    }

    private List<Path> filesOf(String cache) throws IOException {
        try (Stream<Path> all = Files.list(cacheFolder(cache))) {
            return all.sorted().toList();
        }
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) out.put(root.relativize(p).toString(), Files.readAllBytes(p));
        }
        return out;
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
    }

    @Test
    void theNextBuildTakesEveryUnchangedFileFromTheCacheAndPublishesTheSameBytes() throws IOException {
        Outcome first = build("first", false);
        assertEquals(documentFiles, first.summary().sources());
        assertEquals(0, first.summary().sourcesReused(), "a new project has no cache");
        assertEquals(2 * documentFiles, entries().size(), "two entries per document file: its body's digest by its bytes, and the file as read");
        assertEquals(documentFiles / 2, entries("check").size(), "one comparison per document pair");
        assertEquals(renderedFromOneDocument(tmp.resolve("first")) + Lang.values().length, entries("render").size(),
                "one per CSAF file, STIX bundle, document's search entries and document page published,"
                        + " and each language's search index");

        assertEquals(0, first.summary().pagesReused());
        assertEquals(Set.of(), first.summary().searchIndexesReused());
        Outcome second = build("second", false);
        assertEquals(Set.of("en", "ko"), second.summary().searchIndexesReused(), "both search indexes from the cache");
        assertEquals(documentFiles, second.summary().sourcesReused());
        assertEquals(2 * second.summary().documents(), second.summary().documentPages(), "two pages per document published");
        assertEquals(second.summary().documentPages(), second.summary().pagesReused(), "every page from the cache");
        assertSameFiles(files(tmp.resolve("first")), files(tmp.resolve("second")));
    }

    @Test
    void anEditedFileIsReadAgainAndMadeAnewWhatDependsOnIt() throws IOException {
        build("site", false);
        Map<String, List<String>> before = new TreeMap<>();
        for (String cache : CACHES) before.put(cache, entries(cache));
        Path file = project.resolve(EDITED);
        Files.writeString(file, Files.readString(file).replace("Deleting shadow copies and backup catalogues",
                "Deleting shadow copies, restore points and backup catalogues"));
        Outcome o = build("site", false);
        assertEquals(documentFiles - 1, o.summary().sourcesReused());
        // The edited document's page in both languages: the Korean one links the English, and marks its stale sections.
        assertEquals(o.summary().documentPages() - 2, o.summary().pagesReused(), "the edited document's two pages made again");
        assertEquals(Set.of("ko"), o.summary().searchIndexesReused(), "an English edit: the Korean index from the cache");
        Map<String, Set<String>> made = new TreeMap<>();
        for (String cache : CACHES) {
            Set<String> now = new java.util.TreeSet<>(entries(cache));
            // The old entries stay in their pack, which this build still uses mostly, until it is compacted.
            assertTrue(now.containsAll(before.get(cache)), cache);
            now.removeAll(before.get(cache));
            made.put(cache, now);
        }
        assertEquals(2, made.get("read").size(), "the edited file read again: its body's digest, and the file as read");
        assertEquals(1, made.get("check").size(), "its pair compared again");
        String page = Files.readString(tmp.resolve("site/en/advisories/ransomware-healthcare/index.html"));
        assertTrue(page.contains("Deleting shadow copies, restore points and backup catalogues"));
        assertSameFiles(files(tmp.resolve("site")), files(tmpBuildClean()));
        for (String cache : CACHES) {
            assertTrue(entries(cache).containsAll(made.get(cache)), cache + ": all that was made anew is what a clean build makes");
        }
    }

    @Test
    void pruningDropsTheEntriesOfTextsGoneOnceMostOfAPackIsUnused() throws IOException {
        build("site", false);
        // Every document edited: nothing of the first build's packs is used.
        for (String lang : List.of("en", "ko")) {
            String added = lang.equals("en") ? "A closing line added to every document." : "모든 문서에 덧붙인 마지막 문장입니다.";
            try (Stream<Path> all = Files.walk(project.resolve("content-" + lang))) {
                for (Path p : all.filter(f -> f.toString().endsWith(".md")).toList()) {
                    Files.writeString(p, Files.readString(p) + "\n" + added + "\n");
                }
            }
        }
        build("site", false);
        assertEquals(2 * documentFiles, entries().size(), "the entries of the old texts are gone");
        assertEquals(documentFiles / 2, entries("check").size(), "the old comparisons are gone");
        assertEquals(1, filesOf("read").size(), "one pack");
        assertSameFiles(files(tmp.resolve("site")), files(tmpBuildClean()));
    }

    private Path tmpBuildClean() throws IOException {
        build("clean", true);
        return tmp.resolve("clean");
    }

    @Test
    void damagedEntriesAreReadAgain() throws IOException {
        Map<String, byte[]> clean = files(tmpBuildClean());
        for (String cache : CACHES) {
            Map<String, byte[]> kept = new TreeMap<>();
            try (PackedCache pack = new PackedCache(cacheFolder(cache))) {
                for (String key : entries(cache)) kept.put(key, pack.find(key).orElseThrow());
            }
            List<String> keys = List.copyOf(kept.keySet());
            try (PackedCache pack = new PackedCache(cacheFolder(cache))) {
                pack.clear();
                for (int i = 0; i < keys.size(); i++) {
                    byte[] bytes = kept.get(keys.get(i));
                    // Cut short, emptied, or another file's entry under this key.
                    byte[] damaged = i % 3 == 0 ? java.util.Arrays.copyOf(bytes, bytes.length / 2)
                            : i % 3 == 1 ? new byte[0] : kept.get(keys.get((i + 1) % keys.size()));
                    pack.keep(keys.get(i), damaged);
                }
            }
            assertEquals(keys, entries(cache), "every entry is there, damaged");
        }
        Outcome o = build("after-damage", false);
        // A swapped entry is whole, but it names the key it was made for: it is never taken for another file.
        assertEquals(0, o.summary().sourcesReused());
        assertSameFiles(clean, files(tmp.resolve("after-damage")));
    }

    @Test
    void checkUsesWhatBuildsReadButWritesNothing() throws IOException {
        List<Diagnostic> fresh = new Pipeline().check(project, false).diagnostics();
        assertFalse(Files.exists(project.resolve(".cache")), "check wrote nothing");
        build("site", false);
        List<String> before = entries();
        List<String> comparisonsBefore = entries("check");
        List<Path> filesBefore = filesOf("read");
        // An edit that check must see: a wallet address changed in one language only.
        Path ko = project.resolve("content-ko/advisories/exchange-incident-2025.md");
        String text = Files.readString(ko);
        String wallet = java.util.regex.Pattern.compile("0x[0-9a-fA-F]{40}").matcher(text).results()
                .findFirst().orElseThrow().group();
        Files.writeString(ko, text.replace(wallet, wallet.substring(0, 41) + (wallet.endsWith("0") ? "1" : "0")));
        List<Diagnostic> cached = new Pipeline().check(project, false).diagnostics();
        assertEquals(before, entries(), "check added nothing to the cache");
        assertEquals(comparisonsBefore, entries("check"));
        assertEquals(filesBefore, filesOf("read"), "nor any file");
        Files.walk(project.resolve(".cache")).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        List<Diagnostic> uncached = new Pipeline().check(project, false).diagnostics();
        assertEquals(uncached, cached);
        assertTrue(cached.size() > fresh.size() && cached.stream().anyMatch(d -> d.pos().file().endsWith("exchange-incident-2025.md")),
                "the changed address is reported: " + cached);
    }
}
