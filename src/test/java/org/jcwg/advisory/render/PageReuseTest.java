package org.jcwg.advisory.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
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
 * Document pages come from the build cache when nothing they show changed, and the site is then
 * byte for byte the site made without a cache; a damaged entry is made again.
 */
class PageReuseTest {

    private static final Edition CLEAR = new Edition(Tlp.CLEAR, false, LocalDate.of(2026, 12, 1));

    /** Whether a cache entry holds a page (the others hold CSAF, STIX and search entries). */
    private static boolean isPage(byte[] entry) {
        return new String(entry, StandardCharsets.ISO_8859_1).contains("<!DOCTYPE html>");
    }

    /** A cache in memory that counts the document pages it hands back. */
    private static final class MemoryCache implements BuildCache {
        final Map<String, byte[]> entries = new ConcurrentHashMap<>();
        final AtomicInteger pagesFound = new AtomicInteger();

        @Override
        public Optional<byte[]> find(String key) {
            byte[] entry = entries.get(key);
            if (entry != null && isPage(entry)) pagesFound.incrementAndGet();
            return Optional.ofNullable(entry);
        }

        @Override
        public void keep(String key, byte[] entry) {
            entries.put(key, entry);
        }
    }

    /** The sample as the public edition publishes it. */
    private static Site sample() throws IOException {
        Site all = new ContentLoader(new MarkdownProcessor()).load(Path.of("")).site();
        return all.withDocuments(all.documents().stream().filter(d -> d.isBilingual() && CLEAR.publishes(d.meta())).toList());
    }

    private static List<OutputFile> render(Site site, BuildCache cache) throws RenderException {
        return new SiteRenderer(Path.of("templates"), new MarkdownProcessor(), BuildCache.NONE, cache)
                .render(site, CLEAR, Set.of());
    }

    @Test
    void unchangedPagesComeFromTheCacheAndTheSiteIsTheSame() throws Exception {
        Site site = sample();
        List<OutputFile> expected = render(site, BuildCache.NONE);
        MemoryCache cache = new MemoryCache();
        assertEquals(expected, render(site, cache), "a first build with a cache");
        assertEquals(0, cache.pagesFound.get());
        assertEquals(expected, render(site, cache), "a build taking its pages from the cache");
        int documentPages = (int) expected.stream().filter(f -> f.path().matches("(en|ko)/(advisories|reports)/[^/]+/index.html")).count();
        assertTrue(documentPages >= 8, "the sample's public documents in both languages: " + documentPages);
        assertTrue(cache.pagesFound.get() >= documentPages, "every document page taken again: " + cache.pagesFound.get());
    }

    @Test
    void aDamagedPageIsMadeAgain() throws Exception {
        Site site = sample();
        List<OutputFile> expected = render(site, BuildCache.NONE);
        MemoryCache cache = new MemoryCache();
        render(site, cache);
        AtomicInteger damagedPages = new AtomicInteger();
        cache.entries.replaceAll((k, v) -> {
            if (!isPage(v)) return v;
            byte[] damaged = v.clone();
            int i = new String(damaged, StandardCharsets.ISO_8859_1).lastIndexOf("</main>");
            if (i < 0) return v;
            damaged[i + 2] = 'x'; // a changed byte in the page, its length the same
            damagedPages.incrementAndGet();
            return damaged;
        });
        assertTrue(damagedPages.get() >= 8, "pages damaged: " + damagedPages.get());
        assertEquals(expected, render(site, cache));
    }

    /** Prints the page keys of the sample (for {@link #theKeysAreTheSameInEveryRun}). */
    public static void main(String[] args) throws IOException {
        Site site = sample();
        RenderContext ctx = new RenderContext(site, CLEAR);
        PageReuse reuse = PageReuse.of(new MemoryCache(), ctx, Path.of("templates"));
        for (Document d : site.documents()) {
            for (Lang lang : d.translations().keySet()) System.out.println(reuse.key(lang, d, Set.of(), null, List.of()));
        }
    }

    @Test
    void theKeysAreTheSameInEveryRun() throws Exception {
        // Some maps of the model iterate in another order in every run of the JVM: a key must not show it.
        String first = keysInAJvmOfTheirOwn();
        assertTrue(first.lines().count() >= 8, first);
        assertEquals(first, keysInAJvmOfTheirOwn());
    }

    private static String keysInAJvmOfTheirOwn() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), PageReuseTest.class.getName())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
    }
}
