package org.jcwg.advisory.render;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.jcwg.advisory.cache.BuildCache;
import org.jcwg.advisory.cache.Fingerprint;
import org.jcwg.advisory.export.JsonObject;
import org.jcwg.advisory.export.JsonWriter;
import org.jcwg.advisory.model.Document;
import org.jcwg.advisory.model.Lang;

/**
 * The static search index of one language, written at build time for {@code assets/search.js}.
 * Every section of every published page is an entry (the title of a document is one more). Terms
 * are what {@link #terms} makes of the text, and the script makes the same of a query: English
 * words folded to lower case and lightly stemmed; Korean as overlapping pairs of syllables, so
 * that {@code 믹서} finds {@code 믹서를}, {@code 믹서와} and {@code 암호화폐믹서} whatever particle or
 * compound surrounds it; the first syllable of each Hangul word is a term too, so that a
 * one-syllable query ({@code 키}) finds the word with its particle ({@code 키는}).
 *
 * <p>The index is split so that a reader's browser loads little: {@code meta.js} (documents and
 * entries), {@code terms-N.js} (the postings of the terms whose hash falls in shard N; a query
 * loads only its terms' shards) and {@code text-D.js} (the plain text of document D, loaded only
 * to show excerpts of its results). Each file is a script calling {@code AdvisorySearch.load},
 * so the search also works from {@code file://}, where browsers refuse to fetch JSON. Stateless.
 */
final class SearchIndex {

    /** Aim for shards of about this many characters of postings. */
    private static final int SHARD_TARGET = 48_000;

    /** Documents whose terms are found at once: enough to keep every core busy, few enough to hold. */
    private static final int BATCH = 64;

    /** One file of the index. */
    record File(String path, byte[] bytes) {
    }

    /** A language's index, and whether it came whole from the build cache. */
    record Index(List<File> files, boolean fromCache) {
    }

    private SearchIndex() {
    }

    /** What one document gives the index: its entries with their terms, and its text file. */
    private record Indexed(List<List<Object>> entries, List<EntryTerms> terms, File text) {
    }

    /**
     * @param cache what documents gave earlier builds' indexes ({@link SearchContribution}), and
     *              the whole index of an earlier build whose documents all gave the same: a build
     *              after an edit in one language merges the other language's postings no more
     */
    static Index build(RenderContext ctx, Lang lang, BuildCache cache) {
        String page = PagePaths.search(lang);
        List<Document> published = ctx.inLang(lang).stream().sorted(RenderContext.NEWEST_FIRST).toList();
        List<JsonObject> lines = published.stream().map(d -> line(ctx, lang, page, d)).toList();
        if (cache == BuildCache.NONE) {
            return new Index(merge(lang, lines, d -> SearchContribution.of(published.get(d).require(lang))), false);
        }
        List<String> keys = published.stream().map(d -> SearchContribution.key(d.require(lang))).toList();
        String key = key(lang, lines, keys);
        Optional<List<File>> kept = cache.find(key).flatMap(entry -> KeptFiles.decode(entry, key));
        if (kept.isPresent()) {
            keys.forEach(cache::retain); // the next edit needs the other documents' contributions
            return new Index(kept.get(), true);
        }
        List<File> files = merge(lang, lines, d -> SearchContribution.of(published.get(d).require(lang), keys.get(d), cache));
        if (cache.keeps()) cache.keep(key, KeptFiles.encode(key, files));
        return new Index(files, false);
    }

    /** What a language's index is made from: each document's line in meta.js and its contribution, in order. */
    private static String key(Lang lang, List<JsonObject> lines, List<String> contributions) {
        List<String> parts = new ArrayList<>(List.of(Fingerprint.GENERATOR_CODE, "search-index", lang.code()));
        for (int d = 0; d < lines.size(); d++) {
            parts.add(JsonWriter.compact(lines.get(d)));
            parts.add(contributions.get(d));
        }
        return Fingerprint.of(parts.toArray(new String[0]));
    }

    /**
     * The index of the documents with these {@code lines}, the contribution of document {@code d}
     * being {@code contribution.apply(d)} (called on all cores).
     */
    private static List<File> merge(Lang lang, List<JsonObject> lines, IntFunction<SearchContribution> contribution) {
        String folder = PagePaths.searchFolder(lang);
        List<Object> docs = new ArrayList<>(lines);
        List<Object> entries = new ArrayList<>();
        Map<String, Postings> postings = new HashMap<>();
        HangulPostings hangul = new HangulPostings();
        List<File> files = new ArrayList<>();
        // Documents are read on all cores, a batch at a time (the terms of every section of a large
        // publication would not fit in memory at once); entries are numbered in the documents' order.
        for (int from = 0; from < lines.size(); from += BATCH) {
            List<Indexed> indexed = IntStream.range(from, Math.min(from + BATCH, lines.size())).parallel()
                    .mapToObj(d -> index(folder, d, contribution.apply(d))).toList();
            for (Indexed doc : indexed) {
                for (int i = 0; i < doc.entries().size(); i++) {
                    int entry = entries.size();
                    entries.add(doc.entries().get(i));
                    EntryTerms terms = doc.terms().get(i);
                    for (String term : terms.words()) postings.computeIfAbsent(term, k -> new Postings()).add(entry);
                    for (int code : terms.hangul()) hangul.get(code).add(entry);
                }
                files.add(doc.text());
            }
        }
        hangul.forEach((code, list) -> postings.put(EntryTerms.hangulTerm(code), list));
        int shards = shardCount(postings);
        List<Map<String, Postings>> byShard = new ArrayList<>();
        for (int i = 0; i < shards; i++) byShard.add(new TreeMap<>());
        postings.forEach((term, list) -> byShard.get(shard(term, shards)).put(term, list));
        for (int i = 0; i < shards; i++) {
            files.add(new File(folder + "terms-" + i + ".js", script("terms", i, termsJson(byShard.get(i)))));
        }
        JsonObject meta = new JsonObject().put("lang", lang.code()).put("shards", shards)
                .put("docs", docs).put("entries", entries);
        files.add(new File(folder + "meta.js", script("meta", 0, meta)));
        return files;
    }

    /** A document's line in meta.js: what a result shows of it. */
    private static JsonObject line(RenderContext ctx, Lang lang, String page, Document doc) {
        return new JsonObject().put("t", doc.require(lang).title().value())
                .put("u", Urls.relative(page, PagePaths.document(lang, doc)))
                .put("y", ctx.l10n(lang).text("type." + doc.meta().type().code()))
                .put("d", ctx.l10n(lang).date(doc.meta().date()));
    }

    private static Indexed index(String folder, int d, SearchContribution c) {
        List<List<Object>> entries = new ArrayList<>();
        for (int i = 0; i < c.ids().size(); i++) entries.add(List.of(d, c.ids().get(i), c.headings().get(i)));
        return new Indexed(entries, c.terms(), new File(folder + "text-" + d + ".js", script("text", d, c.texts())));
    }

    /** The entries a term occurs in, ascending. */
    private static final class Postings {
        private int[] entries = new int[4];
        private int size;

        void add(int entry) {
            if (size > 0 && entries[size - 1] == entry) return;
            if (size == entries.length) entries = Arrays.copyOf(entries, size * 2);
            entries[size++] = entry;
        }

        /** Appends the gaps between entry numbers, in base 36: short, and still plain JSON. */
        void appendDeltas(StringBuilder sb) {
            int last = 0;
            for (int i = 0; i < size; i++) {
                if (i > 0) sb.append(',');
                sb.append(Integer.toString(entries[i] - last, 36));
                last = entries[i];
            }
        }

        int size() {
            return size;
        }
    }

    private static int shardCount(Map<String, Postings> postings) {
        long size = 0;
        for (var e : postings.entrySet()) size += e.getKey().length() + 4L * e.getValue().size() + 6;
        return (int) Math.max(1, Math.min(4096, (size + SHARD_TARGET - 1) / SHARD_TARGET));
    }

    /** FNV-1a over UTF-16 code units, as {@code search.js} computes it. */
    static int shard(String term, int shards) {
        int h = 0x811c9dc5;
        for (int i = 0; i < term.length(); i++) {
            h ^= term.charAt(i);
            h *= 0x01000193;
        }
        return Integer.remainderUnsigned(h, shards);
    }

    /**
     * A shard's terms as a JSON object of strings, {@code {"term":"gaps",...}}, in the terms'
     * order: the gaps are digits and commas, written straight instead of through a string each.
     */
    private static byte[] termsJson(Map<String, Postings> terms) {
        StringBuilder out = new StringBuilder(SHARD_TARGET + SHARD_TARGET / 4);
        out.append('{');
        for (var e : terms.entrySet()) {
            if (out.length() > 1) out.append(',');
            JsonWriter.string(out, e.getKey());
            out.append(":\"");
            e.getValue().appendDeltas(out);
            out.append('"');
        }
        return out.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] script(String kind, int n, Object data) {
        return script(kind, n, JsonWriter.compact(data).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] script(String kind, int n, byte[] json) {
        byte[] head = ("AdvisorySearch.load(\"" + kind + "\"," + n + ",").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ");\n".getBytes(StandardCharsets.UTF_8);
        byte[] out = Arrays.copyOf(head, head.length + json.length + tail.length);
        System.arraycopy(json, 0, out, head.length, json.length);
        System.arraycopy(tail, 0, out, head.length + json.length, tail.length);
        return out;
    }

    /**
     * The terms of one entry, as {@link #terms} finds them, made for indexing thousands of texts:
     * a Hangul term (one syllable, or two) is a number until the index is written, so that the
     * text's hundreds of repeated syllable pairs make no strings. Order does not matter here.
     */
    record EntryTerms(int[] hangul, List<String> words) {

        private static final int SYLLABLES = 11172; // U+AC00..U+D7A3

        static EntryTerms of(String text) {
            Codes codes = new Codes();
            Set<String> words = new HashSet<>();
            scan(text, codes::add, words::add);
            return new EntryTerms(codes.distinct(), List.copyOf(words));
        }

        /** A growing list of term codes. */
        private static final class Codes {
            private int[] codes = new int[64];
            private int size;

            void add(int code) {
                if (size == codes.length) codes = Arrays.copyOf(codes, size * 2);
                codes[size++] = code;
            }

            /** Sorted, each once (in place: an IntStream's distinct would box every code of a long Korean text). */
            int[] distinct() {
                Arrays.sort(codes, 0, size);
                int n = 0;
                for (int i = 0; i < size; i++) {
                    if (n == 0 || codes[n - 1] != codes[i]) codes[n++] = codes[i];
                }
                return Arrays.copyOf(codes, n);
            }
        }

        /** The code of two syllables. */
        static int pair(char first, char second) {
            return SYLLABLES + (first - 0xAC00) * SYLLABLES + (second - 0xAC00);
        }

        /** The term a Hangul code stands for. */
        static String hangulTerm(int code) {
            if (code < SYLLABLES) return String.valueOf((char) (0xAC00 + code));
            int pair = code - SYLLABLES;
            return new String(new char[] {(char) (0xAC00 + pair / SYLLABLES), (char) (0xAC00 + pair % SYLLABLES)});
        }

        /** Every term as {@link #terms} would give it (for tests). */
        Set<String> all() {
            Set<String> all = new HashSet<>(words);
            for (int code : hangul) all.add(hangulTerm(code));
            return all;
        }
    }

    /** Postings of Hangul terms by code: open addressing, so that millions of lookups box nothing. */
    private static final class HangulPostings {
        private int[] keys = new int[1 << 12];
        private Postings[] values = new Postings[1 << 12];
        private int size;

        Postings get(int code) {
            int slot = slot(keys, values, code);
            if (values[slot] == null) {
                if (2 * (size + 1) > keys.length) {
                    grow();
                    slot = slot(keys, values, code);
                }
                keys[slot] = code;
                values[slot] = new Postings();
                size++;
            }
            return values[slot];
        }

        private static int slot(int[] keys, Postings[] values, int code) {
            int mask = keys.length - 1;
            int slot = (code * 0x9E3779B9) >>> 7 & mask;
            while (values[slot] != null && keys[slot] != code) slot = (slot + 1) & mask;
            return slot;
        }

        private void grow() {
            int[] oldKeys = keys;
            Postings[] oldValues = values;
            keys = new int[oldKeys.length * 2];
            values = new Postings[oldKeys.length * 2];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldValues[i] != null) {
                    int slot = slot(keys, values, oldKeys[i]);
                    keys[slot] = oldKeys[i];
                    values[slot] = oldValues[i];
                }
            }
        }

        void forEach(java.util.function.BiConsumer<Integer, Postings> each) {
            for (int i = 0; i < keys.length; i++) if (values[i] != null) each.accept(keys[i], values[i]);
        }
    }

    /**
     * The search terms of a text, in order of first appearance: NFKC, lower case; a run of
     * Hangul syllables gives its first syllable and its overlapping syllable pairs; any other run
     * of letters and digits gives its stem. {@code search.js} makes a query's terms the same way,
     * except that a Hangul run of two or more syllables gives only its pairs (its first syllable
     * need not begin a word in the text: 서명 must find 전자서명).
     */
    static Set<String> terms(String text) {
        Set<String> out = new LinkedHashSet<>();
        scan(text, code -> out.add(EntryTerms.hangulTerm(code)), out::add);
        return out;
    }

    /**
     * Each term of a text in order, repeats included: a Hangul one as its code (a syllable, or
     * two: see {@link EntryTerms#hangulTerm}), any other as its stemmed word.
     */
    private static void scan(String text, IntConsumer hangul, Consumer<String> word) {
        String normal = Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFKC);
        char[] s = normal.toLowerCase(Locale.ROOT).toCharArray();
        int i = 0;
        while (i < s.length) {
            char c = s[i];
            if (isHangul(c)) {
                int start = i;
                while (i < s.length && isHangul(s[i])) i++;
                // The first syllable too, so that a one-syllable noun with a particle (키는) is found by 키.
                hangul.accept(c - 0xAC00);
                for (int k = start; k + 1 < i; k++) hangul.accept(EntryTerms.pair(s[k], s[k + 1]));
            } else if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < s.length && Character.isLetterOrDigit(s[i]) && !isHangul(s[i])) i++;
                word.accept(stem(new String(s, start, i - start)));
            } else {
                i++;
            }
        }
    }

    static boolean isHangul(char c) {
        return c >= '\uAC00' && c <= '\uD7A3';
    }

    /** A light English stemmer (plurals, -ing, -ed): enough for "wallets" to find "wallet". */
    static String stem(String w) {
        if (w.length() <= 3 || !isAsciiLetters(w)) return w;
        if (w.endsWith("ies") && w.length() > 4) return w.substring(0, w.length() - 3) + "y";
        if (w.endsWith("sses")) return w.substring(0, w.length() - 2);
        if (w.endsWith("ing") && w.length() > 5) return w.substring(0, w.length() - 3);
        if (w.endsWith("ed") && w.length() > 4) return w.substring(0, w.length() - 2);
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) return w.substring(0, w.length() - 1);
        return w;
    }

    private static boolean isAsciiLetters(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c < 'a' || c > 'z') return false;
        }
        return true;
    }
}
