package org.jcwg.advisory.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jcwg.advisory.diag.Progress;
import org.jcwg.advisory.model.Edition;
import org.jcwg.advisory.model.Shard;
import org.jcwg.advisory.model.Tlp;
import org.jcwg.advisory.testing.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build --shard I/N} on the sample, as a CI matrix would run it: each part typesets a
 * disjoint share of the PDFs into its own checkout's cache; gathered into one cache, they let
 * a full build typeset nothing, and that build is byte for byte a clean build.
 */
class ShardTest {

    private static final Edition EDITION = new Edition(Tlp.CLEAR, false, LocalDate.of(2026, 11, 23));

    @Test
    void shardsSplitThePdfsAndTheirCachesAssembleTheSite(@TempDir Path tmp) throws IOException {
        int parts = 2;
        Set<String> gathered = new HashSet<>();
        int typeset = 0;
        Path merged = Project.copyOfSample(tmp.resolve("merged"));
        Path mergedCache = merged.resolve(".cache/pdf");
        Files.createDirectories(mergedCache);
        for (int i = 1; i <= parts; i++) {
            Path checkout = Project.copyOfSample(tmp.resolve("part-" + i));
            Outcome o = new Pipeline().typesetShard(options(checkout, checkout.resolve("site"), false),
                    new Shard(i, parts), Progress.NONE);
            assertFalse(o.failed(), () -> o.diagnostics().toString());
            assertFalse(Files.exists(checkout.resolve("site")), "a shard writes no site");
            List<Path> pdfs = list(checkout.resolve(".cache/pdf"));
            assertEquals(o.summary().pdfs(), pdfs.size());
            assertTrue(pdfs.size() > 0, "each part of the sample has PDFs to typeset");
            typeset += pdfs.size();
            for (Path pdf : pdfs) {
                assertTrue(gathered.add(pdf.getFileName().toString()), "typeset by two shards: " + pdf.getFileName());
                Files.copy(pdf, mergedCache.resolve(pdf.getFileName()));
            }
        }

        Outcome assembled = new Pipeline().build(options(merged, merged.resolve("site"), false));
        assertFalse(assembled.failed(), () -> assembled.diagnostics().toString());
        assertEquals(typeset, assembled.summary().pdfs(), "the shards together typeset every PDF of the site");
        assertEquals(assembled.summary().pdfs(), assembled.summary().pdfsReused(), "the full build typeset nothing");

        Outcome clean = new Pipeline().build(options(merged, tmp.resolve("clean-site"), true));
        assertFalse(clean.failed());
        assertEquals(0, clean.summary().pdfsReused());
        TreeMap<String, byte[]> a = files(merged.resolve("site"));
        TreeMap<String, byte[]> b = files(tmp.resolve("clean-site"));
        assertEquals(b.keySet(), a.keySet());
        for (String path : a.keySet()) assertArrayEquals(b.get(path), a.get(path), path);
    }

    @Test
    void everyDocumentIsInExactlyOnePartAndThePartsAreEven(@TempDir Path tmp) throws IOException {
        Path root = Project.copyOfSample(tmp.resolve("sample"));
        var site = new org.jcwg.advisory.load.ContentLoader(new org.jcwg.advisory.markdown.MarkdownProcessor())
                .load(root).site();
        for (int count = 1; count <= 7; count++) {
            List<org.jcwg.advisory.model.Document> all = new java.util.ArrayList<>();
            for (int i = 1; i <= count; i++) {
                List<org.jcwg.advisory.model.Document> part = new Shard(i, count).pick(site.documents());
                assertTrue(Math.abs(part.size() - site.documents().size() / (double) count) < 1, "parts differ by one at most");
                all.addAll(part);
            }
            assertEquals(Set.copyOf(site.documents()), Set.copyOf(all));
            assertEquals(site.documents().size(), all.size(), "no document in two parts");
        }
        assertEquals(new Shard(2, 4), Shard.parse("2/4").orElseThrow());
        for (String bad : List.of("0/2", "3/2", "1/0", "2", "a/b", "1/2/3", "-1/2")) {
            assertTrue(Shard.parse(bad).isEmpty(), bad);
        }
    }

    private static BuildOptions options(Path root, Path out, boolean clean) {
        return new BuildOptions(root, out, EDITION, true, false, clean);
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
    }

    private static TreeMap<String, byte[]> files(Path root) throws IOException {
        TreeMap<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) out.put(root.relativize(p).toString(), Files.readAllBytes(p));
        }
        return out;
    }
}
