package org.jcwg.advisory.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * One of {@code count} parts of a publication's PDFs, numbered from 1, so that a CI matrix can
 * typeset them on several machines. The documents, in path order, are dealt out in turn: the
 * parts differ by one document at most, and every machine with the same sources deals the same.
 */
public record Shard(int index, int count) {

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard " + index + "/" + count);
        }
    }

    /** "2/4"; empty for anything else (the caller says what is wrong). */
    public static Optional<Shard> parse(String text) {
        if (text == null || !text.matches("[0-9]{1,4}/[0-9]{1,4}")) return Optional.empty();
        String[] parts = text.split("/");
        int index = Integer.parseInt(parts[0]);
        int count = Integer.parseInt(parts[1]);
        if (count < 1 || index < 1 || index > count) return Optional.empty();
        return Optional.of(new Shard(index, count));
    }

    /** This part's documents among all of them (every document is in exactly one part). */
    public List<Document> pick(List<Document> documents) {
        List<Document> byPath = documents.stream().sorted(Comparator.comparing(Document::path)).toList();
        return IntStream.range(0, byPath.size()).filter(i -> i % count == index - 1).mapToObj(byPath::get).toList();
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
