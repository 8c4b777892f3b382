package org.jcwg.advisory.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jcwg.advisory.diag.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * Front matter is read in one pass when it holds nothing the screen must look at (tags, anchors,
 * aliases, a second document) and read again behind the screen when it does: both ways give the
 * same values, and every problem is still reported where it is.
 */
class SafeYamlTest {

    private static final String FILE = "content-en/advisories/x.md";

    @Test
    void readsTheUsualFrontMatter() {
        List<Diagnostic> out = new ArrayList<>();
        YNode.Map map = (YNode.Map) SafeYaml.read("""
                id: JCWG-2022-0001
                title: "A title: with a colon"
                date: 2022-01-20
                tags: [hot-wallet, north-korea]
                empty:
                revisions:
                  - {note: First, date: 2022-01-20}
                """, FILE, 2, out).orElseThrow();
        assertEquals(List.of(), out);
        assertEquals("A title: with a colon", ((YNode.Scalar) map.find("title").orElseThrow().value()).text());
        assertEquals("", ((YNode.Scalar) map.find("empty").orElseThrow().value()).text());
        assertEquals(2, ((YNode.Seq) map.find("tags").orElseThrow().value()).items().size());
        assertEquals(5, map.find("tags").orElseThrow().keyPos().line(), "lines count from the file's line 2");
    }

    @Test
    void anAliasGivesTheSameValuesAsTheTextWrittenOut() {
        String written = "a: [x, y]\nb: [x, y]\n";
        String aliased = "a: &list [x, y]\nb: *list\n";
        assertEquals(values(read(written)), values(read(aliased)));
    }

    @Test
    void everyTagIsReported() {
        List<Diagnostic> out = new ArrayList<>();
        assertEquals(Optional.empty(), SafeYaml.read("a: !!str x\nb: ok\nc: !!int 3\n", FILE, 2, out));
        assertEquals(List.of("yaml-tag:2", "yaml-tag:4"), codes(out));
    }

    @Test
    void aSecondDocumentIsReported() {
        List<Diagnostic> out = new ArrayList<>();
        assertEquals(Optional.empty(), SafeYaml.read("a: x\n---\nb: y\n", FILE, 2, out));
        assertEquals(List.of("yaml-documents:3"), codes(out));
    }

    @Test
    void aliasProblemsAreReported() {
        List<Diagnostic> loop = new ArrayList<>();
        SafeYaml.read("a: &x\n  b: *x\n", FILE, 2, loop);
        assertEquals(List.of("yaml-alias-loop:3"), codes(loop));
        List<Diagnostic> unknown = new ArrayList<>();
        SafeYaml.read("a: *nowhere\n", FILE, 2, unknown);
        assertEquals(List.of("yaml-syntax:2"), codes(unknown));
    }

    @Test
    void aSyntaxErrorIsReportedAtItsLine() {
        List<Diagnostic> out = new ArrayList<>();
        assertEquals(Optional.empty(), SafeYaml.read("a: x\nb: [unclosed\nc: y\n", FILE, 2, out));
        assertEquals(1, out.size(), out::toString);
        assertEquals("yaml-syntax", out.get(0).code());
        assertTrue(out.get(0).pos().line() >= 3, out::toString);
    }

    private static YNode read(String yaml) {
        List<Diagnostic> out = new ArrayList<>();
        YNode node = SafeYaml.read(yaml, FILE, 1, out).orElseThrow();
        assertEquals(List.of(), out);
        return node;
    }

    /** The values of a node without their places. */
    private static Object values(YNode node) {
        if (node instanceof YNode.Scalar s) return s.text();
        if (node instanceof YNode.Seq seq) return seq.items().stream().map(SafeYamlTest::values).toList();
        List<Object> entries = new ArrayList<>();
        ((YNode.Map) node).entries().forEach((k, e) -> entries.add(List.of(k, values(e.value()))));
        return entries;
    }

    private static List<String> codes(List<Diagnostic> out) {
        return out.stream().map(d -> d.code() + ":" + d.pos().line()).toList();
    }
}
