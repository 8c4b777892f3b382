package org.jcwg.advisory.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jcwg.advisory.model.Lang;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Turns one print page (XHTML from the {@code print/} templates) into PDF bytes with
 * openhtmltopdf: A4, the embedded {@link PdfFonts}, Korean keep-all line breaking, tagged PDF/UA-1
 * and PDF/A-3u, and nothing loaded from outside but the document's own images ({@link PdfImages};
 * no network, fonts and colour profile come from the classpath).
 *
 * <p>The bytes depend only on the XHTML and the date ({@link PdfFinish}): the producer is fixed,
 * the creation and modification dates are the document's date, and the file identifier is a
 * hash of the XHTML, so two builds of the same sources give identical PDFs.
 *
 * <p>Thread-safe: each call builds its own openhtmltopdf renderer; the fonts are shared read-only.
 */
final class PdfRenderer {

    private static final float A4_WIDTH_MM = 210f;
    private static final float A4_HEIGHT_MM = 297f;

    /** Kept referenced: java.util.logging forgets the level of a logger nobody holds. */
    private static final Logger PDFBOX_FONTS = Logger.getLogger("org.apache.pdfbox.pdmodel.font");

    /** sRGB IEC61966-2.1 from Debian's icc-profiles-free (zlib licence, {@code /icc/LICENSE.txt}). */
    private static final byte[] SRGB = PdfFonts.read("/icc/sRGB.icc");

    private final PdfFonts fonts;

    PdfRenderer(PdfFonts fonts) {
        this.fonts = fonts;
        // The one process-wide setting this package makes, because the libraries offer no other:
        // openhtmltopdf logs progress notes through a static switch, and PDFBox warns through
        // java.util.logging about a base-14 font openhtmltopdf sets up and the PDFs never use.
        // Both would land on the generator's stderr, where only findings belong.
        XRLog.setLoggingEnabled(false);
        PDFBOX_FONTS.setLevel(Level.SEVERE);
    }

    /**
     * @param xhtml  a well-formed XHTML print page; {@code date} the document's date, for the metadata
     * @param images the only resources the page may load
     */
    byte[] render(String xhtml, Lang lang, LocalDate date, PdfImages images) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useDefaultPageSize(A4_WIDTH_MM, A4_HEIGHT_MM, PageSizeUnits.MM);
        builder.useUnicodeLineBreaker(new KeepAllBreaker(lang));
        builder.withProducer(PdfFinish.PRODUCER);
        // Tagged for assistive technology (PDF/UA-1) and archivable (PDF/A-3u) at once: the
        // structure tree, language and title of the one, the embedded fonts and sRGB output
        // intent of the other.
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfAConformance.PDFA_3_U);
        builder.useColorProfile(SRGB);
        fonts.register(builder);
        // Nothing but the document's own images ({@link PdfImages}): no URL, no other file. The
        // resolver maps a source to a served URI or to nothing; the access check runs on the
        // resolved URI, and openhtmltopdf's own http and file loaders are never reached.
        builder.useUriResolver((base, uri) -> images.resolve(uri));
        builder.useProtocolsStreamImplementation(images, PdfImages.SCHEME);
        builder.useHttpStreamImplementation(images);
        builder.useExternalResourceAccessControl((uri, type) -> type == ExternalResourceType.IMAGE_RASTER,
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl(images::allows, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        // openhtmltopdf would log to java.util.logging (stderr); its notes are not content findings.
        builder.withDiagnosticConsumer(d -> { });
        // Parsed here, with no DTD and no external entity or XInclude, rather than by the library.
        builder.withW3cDocument(parse(xhtml), null);
        byte[] rendered;
        try (PDDocument doc = new PDDocument()) {
            builder.usePDDocument(doc);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
            }
            rendered = save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write PDF", e);
        }
        // PDFBox writes the fonts' subsets and text mappings while saving, so the finishing
        // touches (which repair those mappings) need the saved file: load it once more.
        try (PDDocument doc = Loader.loadPDF(rendered)) {
            PdfFinish.apply(doc, lang.code(), date, sha256(xhtml));
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish PDF", e);
        }
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The print page as a DOM; a DOCTYPE, an external entity or XInclude is refused, never resolved. */
    static org.w3c.dom.Document parse(String xhtml) {
        try {
            // The JDK's own parser, whatever else is on the class path: its hardening settings are known.
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(xhtml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            // The print page comes from this generator's template, with editor text escaped.
            throw new IllegalStateException("the print page is not well-formed XHTML: " + e.getMessage(), e);
        }
    }
}
