package org.jcwg.advisory.build;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.jcwg.advisory.model.Lang;
import org.jcwg.advisory.render.OutputFile;
import org.jcwg.advisory.render.OutputSink;
import org.jcwg.advisory.render.SiteRenderer;

/** Counts what a build hands to its output on the way through, for the summary. Not thread-safe. */
final class Tally implements OutputSink {

    private final OutputSink next;
    private int files;
    private int pages;
    private int pdfs;
    private final Map<String, Long> searchIndexBytes = new TreeMap<>();

    Tally(OutputSink next) {
        this.next = next;
        for (Lang lang : Lang.values()) searchIndexBytes.put(lang.code(), 0L);
    }

    @Override
    public void write(OutputFile file) throws IOException {
        files++;
        if (file.path().endsWith(".html")) pages++;
        if (file.path().endsWith(".pdf")) pdfs++;
        SiteRenderer.searchIndexOf(file.path()).ifPresent(lang -> searchIndexBytes.merge(lang.code(), (long) file.length(), Long::sum));
        next.write(file);
    }

    int files() {
        return files;
    }

    int pages() {
        return pages;
    }

    int pdfs() {
        return pdfs;
    }

    Map<String, Long> searchIndexBytes() {
        return Map.copyOf(searchIndexBytes);
    }
}
