package org.jcwg.advisory.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the links of a document body work in its PDF, which readers download and pass around:
 * a link within the document ({@code #id}) and a URL with a scheme stay as they are, but a link to
 * another page of the site (relative on the web page) means nothing inside a PDF, so it becomes
 * the page's absolute URL under the site's base URL or, when the site has none, no link (the
 * text stays). Stateless and thread-safe.
 */
final class PrintLinks {

    /** An href as this generator writes them: double-quoted, HTML-escaped. */
    private static final Pattern HREF = Pattern.compile(" href=\"([^\"]*)\"");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private PrintLinks() {
    }

    /** @param pageUrl the absolute URL of the document's web page; empty: the site has no base URL */
    static String rewrite(String html, Optional<String> pageUrl) {
        Matcher m = HREF.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String href = m.group(1);
            String replacement;
            if (href.startsWith("#") || SCHEME.matcher(href).find()) {
                replacement = m.group();
            } else {
                replacement = pageUrl.flatMap(base -> resolve(base, href)).map(u -> " href=\"" + u + "\"").orElse("");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Optional<String> resolve(String base, String href) {
        try {
            // The markup escapes "&" in URLs; URI parsing must see the URL itself.
            String url = new URI(base).resolve(new URI(href.replace("&amp;", "&"))).toString();
            return Optional.of(url.replace("&", "&amp;"));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty(); // the checks report broken links; the PDF simply shows the text
        }
    }
}
