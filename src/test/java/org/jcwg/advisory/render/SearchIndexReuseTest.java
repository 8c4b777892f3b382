package org.jcwg.advisory.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jcwg.advisory.cache.BuildCache;
import org.jcwg.advisory.load.ContentLoader;
import org.jcwg.advisory.markdown.MarkdownProcessor;
import org.jcwg.advisory.model.Document;
import org.jcwg.advisory.model.Edition;
import org.jcwg.advisory.model.Lang;
import org.jcwg.advisory.model.Site;
import org.jcwg.advisory.model.Tlp;
import org.junit.jupiter.api.Test;

/**
 * A language's search index comes whole from the build cache when every document it indexes
 * gave the same as before, and is then byte for byte the index made without a cache; anything
 * else (a document more or less, a damaged entry) makes it again.
 */
class SearchIndexReuseTest {

    private static final Edition CLEAR = new Edition(Tlp.CLEAR, false, LocalDate.of(2026, 12, 1));

    /** A cache in memory that records what was asked of it. */
    private static final class MemoryCache implements BuildCache {
        final Map<String, byte[]> entries = new ConcurrentHashMap<>();
        final Set<String> found = ConcurrentHashMap.newKeySet();
        final Set<String> retained = ConcurrentHashMap.newKeySet();

        @Override
        public Optional<byte[]> find(String key) {
            found.add(key);
            return Optional.ofNullable(entries.get(key));
        }

        @Override
        public void keep(String key, byte[] entry) {
            entries.put(key, entry);
        }

        @Override
        public void retain(String key) {
            retained.add(key);
        }
    }

    private static Site sample() throws IOException {
        Site all = new ContentLoader(new MarkdownProcessor()).load(Path.of("")).site();
        return all.withDocuments(all.documents().stream().filter(d -> d.isBilingual() && CLEAR.publishes(d.meta())).toList());
    }

    private static List<SearchIndex.File> index(Site site, Lang lang, BuildCache cache) {
        return indexOf(site, lang, cache).files();
    }

    private static SearchIndex.Index indexOf(Site site, Lang lang, BuildCache cache) {
        return SearchIndex.build(new RenderContext(site, CLEAR), lang, cache);
    }

    private static void assertSameFiles(List<SearchIndex.File> expected, List<SearchIndex.File> actual, String what) {
        assertEquals(expected.stream().map(SearchIndex.File::path).toList(), actual.stream().map(SearchIndex.File::path).toList(), what);
        for (int i = 0; i < expected.size(); i++) {
            assertTrue(Arrays.equals(expected.get(i).bytes(), actual.get(i).bytes()), what + ": " + expected.get(i).path());
        }
    }

    @Test
    void anUnchangedIndexComesWholeFromTheCacheAndKeepsItsParts() throws Exception {
        Site site = sample();
        for (Lang lang : Lang.values()) {
            List<SearchIndex.File> expected = index(site, lang, BuildCache.NONE);
            assertTrue(expected.size() >= 4, "meta, terms and a text file per document: " + expected.size());
            MemoryCache cache = new MemoryCache();
            assertSameFiles(expected, index(site, lang, cache), lang + ", a first build with a cache");
            int contributions = cache.entries.size() - 1;
            assertTrue(contributions >= 4, "a contribution per document and the index: " + cache.entries.size());

            cache.found.clear();
            SearchIndex.Index again = indexOf(site, lang, cache);
            assertTrue(again.fromCache(), "says it came from the cache");
            assertSameFiles(expected, again.files(), lang + ", the index from the cache");
            assertEquals(1, cache.found.size(), "only the index itself is read: " + cache.found);
            assertEquals(contributions, cache.retained.size(), "every document's contribution outlives the pruning");
            Set<String> kept = new java.util.HashSet<>(cache.entries.keySet());
            kept.removeAll(cache.found);
            assertEquals(kept, cache.retained, "what is retained is exactly the contributions");
        }
    }

    @Test
    void aDocumentMoreOrLessMakesTheIndexAgain() throws Exception {
        Site site = sample();
        MemoryCache cache = new MemoryCache();
        index(site, Lang.KO, cache);
        Document dropped = site.documents().get(0);
        Site fewer = site.withDocuments(site.documents().stream().filter(d -> d != dropped).toList());
        List<SearchIndex.File> expected = index(fewer, Lang.KO, BuildCache.NONE);
        assertNotEquals(index(site, Lang.KO, BuildCache.NONE).size(), expected.size(), "the dropped document had a text file");
        cache.retained.clear();
        SearchIndex.Index made = indexOf(fewer, Lang.KO, cache);
        assertTrue(!made.fromCache(), "made again");
        assertSameFiles(expected, made.files(), "one document fewer");
        assertTrue(cache.retained.isEmpty(), "an index made again reads its contributions instead");
        assertSameFiles(index(site, Lang.KO, BuildCache.NONE), index(site, Lang.KO, cache), "and back");
    }

    @Test
    void aDamagedIndexEntryIsMadeAgain() throws Exception {
        Site site = sample();
        List<SearchIndex.File> expected = index(site, Lang.EN, BuildCache.NONE);
        MemoryCache cache = new MemoryCache();
        index(site, Lang.EN, cache);
        String indexKey = cache.entries.entrySet().stream().max(Map.Entry.comparingByValue((a, b) -> a.length - b.length))
                .orElseThrow().getKey();
        byte[] entry = cache.entries.get(indexKey);
        byte[] damaged = entry.clone();
        damaged[damaged.length - 5] ^= 1; // inside the last file, the length the same
        cache.entries.put(indexKey, damaged);
        assertSameFiles(expected, index(site, Lang.EN, cache), "a changed byte");
        cache.entries.put(indexKey, Arrays.copyOf(entry, entry.length - 1));
        assertSameFiles(expected, index(site, Lang.EN, cache), "cut short");
    }

    @Test
    void keptFilesComeBackAsTheyWereAndADamagedEntryIsRefused() {
        List<SearchIndex.File> files = List.of(new SearchIndex.File("ko/search/meta.js", "메타".getBytes(StandardCharsets.UTF_8)),
                new SearchIndex.File("ko/search/terms-0.js", new byte[0]), new SearchIndex.File("ko/search/text-0.js", new byte[] {1, 2, 3}));
        byte[] entry = KeptFiles.encode("k", files);
        assertSameFiles(files, KeptFiles.decode(entry, "k").orElseThrow(), "round trip");
        assertEquals(Optional.empty(), KeptFiles.decode(entry, "another key"));
        for (int cut = 0; cut < entry.length; cut++) {
            assertEquals(Optional.empty(), KeptFiles.decode(Arrays.copyOf(entry, cut), "k"), "cut at " + cut);
        }
        assertSameFiles(List.of(), KeptFiles.decode(KeptFiles.encode("k", List.of()), "k").orElseThrow(), "no files");
    }
}
