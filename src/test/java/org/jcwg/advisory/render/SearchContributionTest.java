package org.jcwg.advisory.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.jcwg.advisory.load.ContentLoader;
import org.jcwg.advisory.markdown.MarkdownProcessor;
import org.jcwg.advisory.model.Document;
import org.jcwg.advisory.model.Translation;
import org.junit.jupiter.api.Test;

/** What a translation gives the search index comes back from its cache entry whole, or not at all. */
class SearchContributionTest {

    private static void assertSame(SearchContribution expected, SearchContribution actual, String what) {
        assertEquals(expected.ids(), actual.ids(), what);
        assertEquals(expected.headings(), actual.headings(), what);
        assertArrayEquals(expected.texts(), actual.texts(), what);
        assertEquals(expected.terms().size(), actual.terms().size(), what);
        for (int i = 0; i < expected.terms().size(); i++) {
            assertArrayEquals(expected.terms().get(i).hangul(), actual.terms().get(i).hangul(), what + " entry " + i);
            assertEquals(expected.terms().get(i).words(), actual.terms().get(i).words(), what + " entry " + i);
        }
    }

    @Test
    void everyTranslationOfTheSampleComesBackWhole() throws IOException {
        var site = new ContentLoader(new MarkdownProcessor()).load(Path.of("")).site();
        int translations = 0;
        for (Document d : site.documents()) {
            for (Translation t : d.translations().values()) {
                SearchContribution made = SearchContribution.of(t);
                assertTrue(made.ids().size() > 1 && made.texts().length > 100, t.file());
                String key = "k" + t.file();
                byte[] entry = made.encode(key);
                assertSame(made, SearchContribution.decode(entry, key).orElseThrow(), t.file());
                assertTrue(SearchContribution.decode(entry, "another key").isEmpty(), "an entry under another name");
                for (int cut = 0; cut < entry.length; cut += 61) {
                    assertEquals(Optional.empty(), SearchContribution.decode(Arrays.copyOf(entry, cut), key), "cut at " + cut);
                }
                translations++;
            }
        }
        assertTrue(translations >= 10, "both languages of the sample: " + translations);
    }
}
