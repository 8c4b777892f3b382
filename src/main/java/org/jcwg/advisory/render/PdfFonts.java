package org.jcwg.advisory.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jcwg.advisory.cache.Fingerprint;

/**
 * The fonts every PDF embeds: Nanum Gothic (regular and a real bold, Latin and Hangul) for text
 * and Nanum Gothic Coding for code, static TrueType files shipped in {@code /fonts/} on the
 * classpath under the SIL Open Font License ({@code /fonts/OFL.txt}), so a fresh machine needs
 * no installed fonts and every build embeds the same glyphs. Files are read once; each PDF
 * embeds only the glyphs it uses (subset).
 *
 * <p>Immutable and thread-safe.
 */
final class PdfFonts {

    static final String SANS = "Nanum Gothic";
    static final String MONO = "Nanum Gothic Coding";

    /** A font file and how CSS asks for it. */
    record Face(String resource, String family, int weight) {
    }

    static final List<Face> FACES = List.of(
            new Face("/fonts/NanumGothic.ttf", SANS, 400),
            new Face("/fonts/NanumGothicBold.ttf", SANS, 700),
            new Face("/fonts/NanumGothicCoding.ttf", MONO, 400));

    private final List<byte[]> files;
    private final String digest;

    PdfFonts() {
        this.files = FACES.stream().map(f -> read(f.resource())).toList();
        this.digest = Fingerprint.of(files.toArray(new byte[0][]));
    }

    /** A fingerprint of the font files, for the PDF cache. */
    String digest() {
        return digest;
    }

    /** Registers every face with a builder; openhtmltopdf reads a face only if the document uses it. */
    void register(PdfRendererBuilder builder) {
        for (int i = 0; i < FACES.size(); i++) {
            Face face = FACES.get(i);
            byte[] bytes = files.get(i);
            builder.useFont(() -> new ByteArrayInputStream(bytes), face.family(), face.weight(), FontStyle.NORMAL, true);
        }
    }

    static byte[] read(String resource) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("font missing from the classpath: " + resource);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
