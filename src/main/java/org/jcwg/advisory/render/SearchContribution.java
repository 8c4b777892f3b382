package org.jcwg.advisory.render;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jcwg.advisory.cache.BuildCache;
import org.jcwg.advisory.cache.Fingerprint;
import org.jcwg.advisory.cache.KeyedBytes;
import org.jcwg.advisory.export.JsonWriter;
import org.jcwg.advisory.model.SectionText;
import org.jcwg.advisory.model.Translation;

/**
 * What one translation gives the search index wherever it stands in it: its entries (the title
 * and summary, then each section with text or a title) with their ids, headings and terms, and
 * the plain text of each as JSON. The index numbers them; finding the terms and writing the text
 * is most of its cost, so a build keeps these in its cache by the translation's text.
 */
record SearchContribution(List<String> ids, List<String> headings, List<SearchIndex.EntryTerms> terms, byte[] texts) {

    /**
     * The contribution under {@code key} ({@link #key} of {@code t}): from the build cache when
     * the translation did not change, else found (and kept there).
     */
    static SearchContribution of(Translation t, String key, BuildCache cache) {
        Optional<SearchContribution> known = cache.find(key).flatMap(bytes -> decode(bytes, key));
        if (known.isPresent()) return known.get();
        SearchContribution made = of(t);
        if (cache.keeps()) cache.keep(key, made.encode(key));
        return made;
    }

    /** Everything of {@code t} its contribution is made from (the generator included). */
    static String key(Translation t) {
        return Fingerprint.of(Fingerprint.GENERATOR_CODE, "search", t.lang().code(), t.file(),
                String.valueOf(t.bodyLine()), Fingerprint.ofText(String.valueOf(t.body())), t.title().value(),
                t.summary().value());
    }

    static SearchContribution of(Translation t) {
        List<String> ids = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        List<SearchIndex.EntryTerms> terms = new ArrayList<>();
        List<Object> texts = new ArrayList<>();
        // The title: an entry of its own, so that a match in it ranks first.
        ids.add("");
        headings.add("");
        terms.add(SearchIndex.EntryTerms.of(t.title().value() + " " + t.summary().value()));
        texts.add(t.summary().value());
        for (SectionText s : t.texts()) {
            String text = s.text();
            if (text.isBlank() && s.title() == null) continue;
            String heading = s.title() == null ? "" : s.title();
            ids.add(s.id() == null ? "" : s.id());
            headings.add(heading);
            terms.add(SearchIndex.EntryTerms.of(heading + " " + text));
            texts.add(text);
        }
        return new SearchContribution(ids, headings, terms, JsonWriter.compact(texts).getBytes(StandardCharsets.UTF_8));
    }

    byte[] encode(String key) {
        List<byte[]> strings = new ArrayList<>();
        int size = 4 + 4;
        for (int i = 0; i < ids.size(); i++) {
            size += 4 + 4 * terms.get(i).hangul().length + 4;
            for (String s : terms.get(i).words()) strings.add(s.getBytes(StandardCharsets.UTF_8));
            strings.add(ids.get(i).getBytes(StandardCharsets.UTF_8));
            strings.add(headings.get(i).getBytes(StandardCharsets.UTF_8));
        }
        for (byte[] s : strings) size += 4 + s.length;
        ByteBuffer out = ByteBuffer.allocate(size + texts.length);
        out.putInt(ids.size());
        int next = 0;
        for (int i = 0; i < ids.size(); i++) {
            SearchIndex.EntryTerms entry = terms.get(i);
            out.putInt(entry.hangul().length);
            for (int code : entry.hangul()) out.putInt(code);
            out.putInt(entry.words().size());
            for (int w = 0; w < entry.words().size(); w++) put(out, strings.get(next++));
            put(out, strings.get(next++));
            put(out, strings.get(next++));
        }
        out.putInt(texts.length).put(texts);
        return KeyedBytes.encode(key, Optional.of(Arrays.copyOf(out.array(), out.position())));
    }

    private static void put(ByteBuffer out, byte[] s) {
        out.putInt(s.length).put(s);
    }

    /** Empty when the entry ({@link KeyedBytes}) is damaged or another key's. */
    static Optional<SearchContribution> decode(byte[] entry, String key) {
        return KeyedBytes.payload(entry, key).flatMap(SearchContribution::contribution);
    }

    private static Optional<SearchContribution> contribution(ByteBuffer in) {
        try {
            int n = KeyedBytes.length(in);
            List<String> ids = new ArrayList<>(n);
            List<String> headings = new ArrayList<>(n);
            List<SearchIndex.EntryTerms> terms = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int[] hangul = new int[KeyedBytes.length(in)];
                for (int h = 0; h < hangul.length; h++) hangul[h] = in.getInt();
                int wordCount = KeyedBytes.length(in);
                List<String> words = new ArrayList<>(wordCount);
                for (int w = 0; w < wordCount; w++) words.add(string(in));
                terms.add(new SearchIndex.EntryTerms(hangul, words));
                ids.add(string(in));
                headings.add(string(in));
            }
            byte[] texts = new byte[KeyedBytes.length(in)];
            in.get(texts);
            if (in.hasRemaining()) return Optional.empty();
            return Optional.of(new SearchContribution(ids, headings, terms, texts));
        } catch (BufferUnderflowException e) {
            return Optional.empty(); // the digest held, so only a fault of this code: find the terms again
        }
    }

    private static String string(ByteBuffer in) {
        int n = KeyedBytes.length(in);
        String s = new String(in.array(), in.arrayOffset() + in.position(), n, StandardCharsets.UTF_8);
        in.position(in.position() + n);
        return s;
    }
}
