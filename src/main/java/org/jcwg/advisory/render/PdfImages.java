package org.jcwg.advisory.render;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jcwg.advisory.model.Asset;

/**
 * The only resources a PDF may load: the images of the document's language folder that its page
 * refers to. The print page's {@code src} attributes are relative to the document's web page (as
 * on the site); one resolves to an {@code publication:} URI only when it names an image of that
 * language folder, and only such URIs are served, from the file the loader found inside the
 * project (never a symbolic link). Anything else (http, files elsewhere, fonts or stylesheets by
 * URL, a missing file) resolves to nothing and is not drawn; the checks have reported it already.
 *
 * <p>Immutable and thread-safe; one instance per PDF.
 */
final class PdfImages implements FSStreamFactory {

    static final String SCHEME = "publication";
    private static final String PREFIX = SCHEME + ":";

    /** Site path (as {@link PagePaths#asset}) to asset. */
    private final Map<String, Asset> assets = new TreeMap<>();
    private final String pageFile;

    /**
     * @param pageFile the document's web page (site path), which relative sources are resolved against
     * @param assets   the non-Markdown files of the document's language folder
     */
    PdfImages(String pageFile, Iterable<Asset> assets) {
        this.pageFile = pageFile;
        for (Asset a : assets) this.assets.put(PagePaths.asset(a), a);
    }

    /** What openhtmltopdf asks for {@code uri} (as written in the page): a served URI, or null to load nothing. */
    String resolve(String uri) {
        if (uri == null || uri.isEmpty() || uri.startsWith("#") || uri.startsWith("/") || uri.contains(":")
                || uri.contains("?")) {
            return null;
        }
        Optional<String> path = Urls.resolve(pageFile, Urls.percentDecode(uri));
        return path.filter(assets::containsKey).map(p -> PREFIX + p).orElse(null);
    }

    /** Whether openhtmltopdf may load {@code uri}: only raster images this instance serves. */
    boolean allows(String uri, ExternalResourceType type) {
        return type == ExternalResourceType.IMAGE_RASTER && uri != null && uri.startsWith(PREFIX)
                && assets.containsKey(uri.substring(PREFIX.length()));
    }

    @Override
    public FSStream getUrl(String uri) {
        Asset asset = uri != null && uri.startsWith(PREFIX) ? assets.get(uri.substring(PREFIX.length())) : null;
        byte[] bytes;
        if (asset == null) {
            bytes = null;
        } else {
            try {
                bytes = Files.readAllBytes(asset.source());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + asset.source(), e);
            }
        }
        return new FSStream() {
            @Override
            public InputStream getStream() {
                return bytes == null ? null : new ByteArrayInputStream(bytes);
            }

            @Override
            public Reader getReader() {
                return null; // images only: nothing is read as text
            }
        };
    }
}
