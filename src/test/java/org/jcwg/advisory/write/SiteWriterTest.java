package org.jcwg.advisory.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jcwg.advisory.render.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file the previous site holds byte for byte is kept; one that differs anywhere, even far in, is written. */
class SiteWriterTest {

    @TempDir
    Path tmp;

    /** Larger than the writer compares at a time, so that a difference can sit in any part of it. */
    private static byte[] page(int size, int seed) {
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) b[i] = (byte) ('a' + (i * 31 + seed) % 26);
        return b;
    }

    @Test
    void onlyFilesThatDifferSomewhereAreWrittenAgain() throws IOException {
        Path out = tmp.resolve("site");
        SiteWriter writer = new SiteWriter();
        int size = 200_000;
        List<OutputFile> first = new ArrayList<>();
        for (int i = 0; i < 6; i++) first.add(new OutputFile("p" + i + ".html", page(size, i)));
        first.add(new OutputFile("empty.txt", new byte[0]));
        assertEquals(new SiteWriter.Written(7, 0), writer.write(first, out));

        List<OutputFile> second = new ArrayList<>(first);
        int[] changedAt = {0, 65_535, 65_536, size - 1};
        for (int i = 0; i < changedAt.length; i++) {
            byte[] b = page(size, i);
            b[changedAt[i]] ^= 1;
            second.set(i, new OutputFile("p" + i + ".html", b));
        }
        second.set(4, new OutputFile("p4.html", page(size - 1, 4))); // cut short by one byte
        assertEquals(new SiteWriter.Written(5, 2), writer.write(second, out));
        for (OutputFile f : second) assertArrayEquals(f.bytes(), Files.readAllBytes(out.resolve(f.path())), f.path());
    }
}
