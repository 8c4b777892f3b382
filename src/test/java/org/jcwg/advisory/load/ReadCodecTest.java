package org.jcwg.advisory.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jcwg.advisory.bench.LargeCorpus;
import org.jcwg.advisory.diag.Diagnostic;
import org.jcwg.advisory.markdown.MarkdownProcessor;
import org.jcwg.advisory.model.Lang;
import org.jcwg.advisory.model.SectionText;
import org.jcwg.advisory.model.Translation;
import org.jcwg.advisory.testing.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file read comes back from its cache entry exactly as it was read, or not at all. */
class ReadCodecTest {

    private static final MarkdownProcessor MARKDOWN = new MarkdownProcessor();
    private static final String KEY = "5e1f".repeat(16);

    @TempDir
    Path tmp;

    /** A document file: its language, name and text. */
    private record Source(Lang lang, String file, String text) {
    }

    private static String body(Source s) {
        return FrontMatter.split(s.text()).map(FrontMatter::body).orElse(null);
    }

    private static ReadCodec.Entry read(Source s, boolean html) {
        List<Diagnostic> found = new ArrayList<>();
        Optional<Translation> t = new TranslationReader(MARKDOWN, html).read(s.lang(), s.file(), s.text(), FrontMatter.split(s.text()), found);
        return new ReadCodec.Entry(t, found, html);
    }

    /** Every file of the sample, a generated pair, and files with findings or no translation at all. */
    private List<Source> sources() throws IOException {
        List<Source> out = new ArrayList<>();
        new LargeCorpus(LargeCorpus.DEFAULT_SEED).write(tmp, 1);
        for (Path root : List.of(Path.of(""), tmp)) {
            for (Lang lang : Lang.values()) out.addAll(sources(root, lang));
        }
        String defects = Project.EN_ADVISORY.replace("tlp: CLEAR", "tlp: amber\nsurprise: yes")
                .replace("date: 2023", "date: 20230") + "\n[broken](javascript:alert(1)) and \uE000 private use\n";
        out.add(new Source(Lang.EN, "content-en/advisories/defects.md", defects));
        out.add(new Source(Lang.KO, "content-ko/advisories/no-front-matter.md", "# 제목만 있는 문서\n"));
        out.add(new Source(Lang.KO, "content-ko/advisories/no-ids.md", Project.KO_ADVISORY
                + "\n## 아이디 없는 제목\n\n본문 [링크](https://example.org/) 입니다.[^1]\n\n[^1]: 각주\n\n### 또 하나\n"));
        return out;
    }

    private static List<Source> sources(Path root, Lang lang) throws IOException {
        Path folder = root.resolve(lang.folder());
        try (Stream<Path> files = Files.walk(folder)) {
            List<Source> out = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                out.add(new Source(lang, lang.folder() + "/" + folder.relativize(p), Files.readString(p)));
            }
            return out;
        }
    }

    @Test
    void everyFileComesBackEqualForBuildsAndForChecks() throws IOException {
        List<Source> sources = sources();
        assertTrue(sources.size() >= 12, "the sample and the extra files: " + sources.size());
        int withFindings = 0;
        for (Source s : sources) {
            for (boolean html : new boolean[] {true, false}) {
                ReadCodec.Entry entry = read(s, html);
                Optional<ReadCodec.Entry> back = ReadCodec.decode(ReadCodec.encode(KEY, entry, body(s)), KEY, html, body(s));
                assertEquals(Optional.of(entry), back, s.file() + (html ? " (build)" : " (check)"));
                // Given no body, or another one, the entry holds the body itself.
                for (String other : new String[] {null, "# Another text\n"}) {
                    assertEquals(Optional.of(entry), ReadCodec.decode(ReadCodec.encode(KEY, entry, other), KEY, html, other));
                }
                if (!entry.diagnostics().isEmpty()) withFindings++;
            }
        }
        assertTrue(withFindings >= 4, "files with findings are among them: " + withFindings);
    }

    @Test
    void aBuildsEntryServesACheckWithoutTheHtmlButACheckEntryIsNoUseToABuild() throws IOException {
        Source s = sources().get(0);
        ReadCodec.Entry forBuild = read(s, true);
        assertNotNull(forBuild.translation().orElseThrow().html());
        ReadCodec.Entry asCheck = ReadCodec.decode(ReadCodec.encode(KEY, forBuild, body(s)), KEY, false, body(s)).orElseThrow();
        assertEquals(read(s, false).translation(), asCheck.translation());
        assertNull(asCheck.translation().orElseThrow().html());
        assertTrue(ReadCodec.decode(ReadCodec.encode(KEY, read(s, false), body(s)), KEY, true, body(s)).isEmpty());
    }

    @Test
    void whatABuildTakesFromAnEntryAndPassesOverIsDecodedOnlyWhenAskedFor() throws IOException {
        Source s = sources().get(0);
        ReadCodec.Entry entry = read(s, true);
        Translation back = ReadCodec.decode(ReadCodec.encode(KEY, entry, body(s)), KEY, true, body(s)).orElseThrow()
                .translation().orElseThrow();
        assertTrue(back.texts().size() > 3, s.file());
        // What the translation lock reads is there already...
        assertEquals(entry.translation().orElseThrow().texts().stream().map(SectionText::fingerprint).toList(),
                back.texts().stream().map(SectionText::fingerprint).toList());
        // ...what only a page or a check made again reads is not, until it is asked for.
        assertTrue(back.texts().stream().noneMatch(t -> t.content().isMade() || t.markdown().isMade()));
        assertFalse(back.html().markup().isMade());
        assertEquals(entry.translation().orElseThrow(), back);
        assertTrue(back.texts().stream().allMatch(t -> t.content().isMade() && t.markdown().isMade()));
        assertTrue(back.html().markup().isMade());
    }

    @Test
    void sectionsAreHeldAsPlacesInTheFileBodyAfterABlankPreambleToo() throws IOException {
        Source s = sources().get(0);
        String body = body(s);
        String frontMatter = s.text().substring(0, s.text().length() - body.length());
        Source plain = new Source(s.lang(), s.file(), frontMatter + body.stripLeading());
        int size = ReadCodec.encode(KEY, read(plain, true), body(plain)).length;
        // Most files leave a blank line after their front matter, a preamble of nothing, which has no
        // section: the sections after it are still in the body, not copied beside it.
        for (String gap : List.of("\n", "\n\n\n")) {
            Source gapped = new Source(s.lang(), s.file(), frontMatter + gap + body.stripLeading());
            ReadCodec.Entry entry = read(gapped, true);
            byte[] bytes = ReadCodec.encode(KEY, entry, body(gapped));
            assertEquals(Optional.of(entry), ReadCodec.decode(bytes, KEY, true, body(gapped)));
            assertTrue(Math.abs(bytes.length - size) < 64, bytes.length + " bytes against " + size + " with no gap");
        }
    }

    @Test
    void aChangedByteAnywhereInAnEntryIsRefused() throws IOException {
        Source s = sources().get(1);
        byte[] bytes = ReadCodec.encode(KEY, read(s, true), body(s));
        // A flipped bit inside a block decoded later would otherwise surface only where it is used.
        for (int i = 0; i < bytes.length; i += 11) {
            byte[] damaged = bytes.clone();
            damaged[i] ^= 0x20;
            assertTrue(ReadCodec.decode(damaged, KEY, true, body(s)).isEmpty(), "byte " + i);
        }
    }

    @Test
    void aDamagedEntryIsRefusedNeverMisread() throws IOException {
        Source s = sources().get(1);
        ReadCodec.Entry entry = read(s, true);
        byte[] bytes = ReadCodec.encode(KEY, entry, body(s));
        assertTrue(ReadCodec.decode(bytes, "another key", true, body(s)).isEmpty(), "an entry under another name");
        for (int cut = 0; cut < bytes.length; cut += 97) {
            assertTrue(ReadCodec.decode(Arrays.copyOf(bytes, cut), KEY, true, body(s)).isEmpty(), "cut at " + cut);
        }
        byte[] foreign = bytes.clone();
        foreign[0] = '%';
        assertTrue(ReadCodec.decode(foreign, KEY, true, body(s)).isEmpty());
    }
}
