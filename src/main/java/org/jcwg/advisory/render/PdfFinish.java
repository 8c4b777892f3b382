package org.jcwg.advisory.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;
import javax.xml.transform.TransformerException;

/**
 * The last touches to a rendered PDF before it is saved: what would differ between runs (the
 * clock, a random file identifier, the XMP dates) is replaced with values from the content, the
 * document language is set, and the fonts' text mappings are repaired (see {@link #repairSpaces}).
 * Stateless and thread-safe.
 */
final class PdfFinish {

    static final String PRODUCER = "advisory-site";

    /**
     * A ToUnicode entry for one code (bfchar {@code <c> <u>} or bfrange {@code <c> <c> <u>}) whose
     * text is a control character (U+0000 to U+001F): group 1 is everything before the text.
     */
    private static final Pattern CONTROL_TEXT =
            Pattern.compile("(?m)^(<(\\p{XDigit}+)>\\s+(?:<\\2>\\s+)?)<00[01]\\p{XDigit}>\\s*$");
    /** The same for a soft hyphen (U+00AD), which Nanum Gothic draws with the hyphen's glyph. */
    private static final Pattern SOFT_HYPHEN_TEXT =
            Pattern.compile("(?m)^(<(\\p{XDigit}+)>\\s+(?:<\\2>\\s+)?)<00AD>\\s*$");

    private PdfFinish() {
    }

    /** @param hash a hash of what the PDF was made from: the first 16 bytes become the file identifier */
    static void apply(PDDocument doc, String lang, LocalDate date, byte[] hash) throws IOException {
        PDDocumentInformation info = doc.getDocumentInformation();
        GregorianCalendar day = GregorianCalendar.from(date.atStartOfDay(ZoneOffset.UTC));
        info.setCreationDate(day);
        info.setModificationDate(day);
        info.setProducer(PRODUCER);
        doc.getDocumentCatalog().setLanguage(lang);
        dateMetadata(doc, day);
        byte[] id = Arrays.copyOf(hash, 16);
        doc.getDocument().setDocumentID(new COSArray(List.of(new COSString(id), new COSString(id))));
        repairSpaces(doc);
    }

    /**
     * openhtmltopdf writes the XMP metadata (PDF/A and PDF/UA identification, title) with the
     * clock's time as its creation date; PDF/A wants it to agree with the document information,
     * and reproducible builds want neither to depend on the clock: both become the document's date.
     */
    private static void dateMetadata(PDDocument doc, Calendar day) throws IOException {
        PDMetadata stream = doc.getDocumentCatalog().getMetadata();
        if (stream == null) return;
        XMPMetadata xmp;
        try {
            xmp = new DomXmpParser().parse(stream.toByteArray());
        } catch (XmpParsingException e) {
            throw new IOException("cannot read the XMP metadata openhtmltopdf wrote", e);
        }
        XMPBasicSchema basic = xmp.getXMPBasicSchema();
        if (basic == null) basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreateDate(day);
        basic.setModifyDate(day);
        basic.setMetadataDate(day);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, out, true);
        } catch (TransformerException e) {
            throw new IOException("cannot write the XMP metadata", e);
        }
        stream.importXMPMetadata(out.toByteArray());
    }

    /**
     * Nanum Gothic maps control characters and the space to one glyph, and PDFBox writes the
     * lowest character of a shared glyph into the ToUnicode map, so every space would copy,
     * search and read aloud as U+0000. Control characters never reach the text of a page, so
     * such an entry is always the space; likewise a soft hyphen (never drawn) is the hyphen. (The font itself stays unmodified: the OFL reserves the
     * name of modified versions.)
     */
    private static void repairSpaces(PDDocument doc) throws IOException {
        Set<COSBase> done = new HashSet<>();
        for (PDPage page : doc.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                COSBase toUnicode = resources.getFont(name).getCOSObject().getDictionaryObject(COSName.TO_UNICODE);
                if (!(toUnicode instanceof COSStream stream) || !done.add(stream)) continue;
                String cmap;
                try (InputStream in = stream.createInputStream()) {
                    cmap = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
                }
                String fixed = CONTROL_TEXT.matcher(cmap).replaceAll("$1<0020>");
                fixed = SOFT_HYPHEN_TEXT.matcher(fixed).replaceAll("$1<002D>");
                if (fixed.equals(cmap)) continue;
                try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                    out.write(fixed.getBytes(StandardCharsets.ISO_8859_1));
                }
            }
        }
    }
}
