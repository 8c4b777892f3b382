package org.jcwg.advisory.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jcwg.advisory.model.Asset;
import org.jcwg.advisory.model.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF renderer loads the document's own images and nothing else: no URL, no other file. */
class PdfImagesTest {

    private static final String PAGE = "en/advisories/fake-jobs/index.html";

    @TempDir
    Path tmp;

    private Path png(String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
        Path file = tmp.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, out.toByteArray());
        return file;
    }

    private PdfImages images() throws IOException {
        return new PdfImages(PAGE, List.of(new Asset(Lang.EN, "advisories/chart.png", png("content-en/advisories/chart.png"))));
    }

    @Test
    void onlyImagesOfTheLanguageFolderResolve() throws IOException {
        PdfImages images = images();
        assertEquals("publication:en/advisories/chart.png", images.resolve("../chart.png"));
        assertEquals("publication:en/advisories/chart.png", images.resolve("../%63hart.png"));
        for (String refused : List.of("https://example.com/chart.png", "http://127.0.0.1/x.png", "file:///etc/passwd",
                "/etc/passwd", "//example.com/x.png", "../../../../etc/passwd", "../../ko/advisories/chart.png",
                "../missing.png", "../chart.png?x=1", "data:image/png;base64,AAAA", "")) {
            assertNull(images.resolve(refused), refused);
        }
        assertTrue(images.allows("publication:en/advisories/chart.png", ExternalResourceType.IMAGE_RASTER));
        assertFalse(images.allows("publication:en/advisories/chart.png", ExternalResourceType.CSS));
        assertFalse(images.allows("publication:en/advisories/other.png", ExternalResourceType.IMAGE_RASTER));
        assertFalse(images.allows("https://example.com/chart.png", ExternalResourceType.IMAGE_RASTER));
        assertNull(images.getUrl("https://example.com/chart.png").getStream());
        assertNull(images.getUrl("file:///etc/passwd").getStream());
    }

    @Test
    void theRendererDrawsTheDocumentsImageAndRequestsNothingElse() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = Files.readAllBytes(png("served.png"));
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String remote = "http://127.0.0.1:" + server.getAddress().getPort();
            Path outside = png("outside.png");
            String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><title>Images</title>"
                    + "<link rel=\"stylesheet\" href=\"" + remote + "/style.css\"/>"
                    + "<style>body { font-family: \"Nanum Gothic\"; background-image: url(" + remote + "/bg.png); }</style>"
                    + "</head><body><p>Own: <img src=\"../chart.png\" alt=\"Chart\"/></p>"
                    + "<p>Remote: <img src=\"" + remote + "/x.png\" alt=\"Remote\"/></p>"
                    + "<p>File: <img src=\"" + outside.toUri() + "\" alt=\"File\"/></p>"
                    + "<p>Climbing: <img src=\"../../../../outside.png\" alt=\"Climbing\"/></p></body></html>";
            byte[] pdf = new PdfRenderer(new PdfFonts()).render(xhtml, Lang.EN, LocalDate.of(2024, 1, 1), images());
            assertEquals(0, requests.get(), "requests to the web server");
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                int drawn = 0;
                for (PDPage page : doc.getPages()) {
                    for (COSName name : page.getResources().getXObjectNames()) drawn++;
                }
                assertEquals(1, drawn, "only the document's own image is drawn");
            }
        } finally {
            server.stop(0);
        }
    }
}
