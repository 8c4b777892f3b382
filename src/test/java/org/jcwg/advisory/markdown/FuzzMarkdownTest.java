package org.jcwg.advisory.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.sax.HtmlParser;
import org.jcwg.advisory.diag.Diagnostic;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Fuzzes Markdown bodies: parsing never throws, and whatever it accepts renders to HTML with no
 * script: no script element, no event-handler attribute, no javascript: target. The rendered
 * fragment is read by an HTML5 parser (the one inside the Nu checker), as a browser would read it.
 * Under plain {@code mvn test} only the inputs in {@code FuzzMarkdownTestInputs/} run.
 */
class FuzzMarkdownTest {

    private static final MarkdownProcessor MARKDOWN = new MarkdownProcessor();
    private static final Pattern SCRIPT_TAG = Pattern.compile("<script", Pattern.CASE_INSENSITIVE);
    // browsers drop ASCII whitespace and controls anywhere in a URL's scheme
    private static final Pattern IGNORED_IN_SCHEME = Pattern.compile("[\\x00-\\x20\\x7f]");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "srcset", "action", "formaction", "data",
            "poster", "background", "cite", "xlink:href");

    @FuzzTest(maxDuration = "60s")
    void parseAndRender(byte[] input) throws IOException, SAXException {
        String body = new String(input, StandardCharsets.UTF_8);
        ParsedMarkdown parsed = MARKDOWN.parse("content-en/x.md", body, 1);
        if (parsed.diagnostics().stream().anyMatch(Diagnostic::isError)) return;
        String html = MARKDOWN.renderHtml(body, s -> s);
        assertFalse(SCRIPT_TAG.matcher(html).find(), () -> "script tag in " + html);
        requireNoScript(html);
        // The body rendered while it was read, resolved for a page that withholds some targets,
        // must be what rendering for that page gives.
        UnaryOperator<String> withholding = target -> target.length() % 2 == 0 ? null : "../" + target;
        parsed.html().ifPresent(early -> assertEquals(MARKDOWN.renderHtml(body, withholding),
                MARKDOWN.resolve(early, withholding)));
    }

    private static void requireNoScript(String fragment) throws IOException, SAXException {
        HtmlParser parser = new HtmlParser(XmlViolationPolicy.ALLOW);
        parser.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String qName, Attributes atts) {
                String element = local.toLowerCase(Locale.ROOT);
                if (element.equals("script") || element.equals("iframe") || element.equals("object")
                        || element.equals("embed")) {
                    fail("<" + element + "> in " + fragment);
                }
                for (int i = 0; i < atts.getLength(); i++) {
                    String name = atts.getLocalName(i).toLowerCase(Locale.ROOT);
                    String value = IGNORED_IN_SCHEME.matcher(atts.getValue(i)).replaceAll("").toLowerCase(Locale.ROOT);
                    if (name.matches("on[a-z]+")) fail("event handler " + name + " in " + fragment);
                    // Only URL attributes can run a script; a title or alt may say "javascript:" as text.
                    if (URL_ATTRIBUTES.contains(name) && (value.startsWith("javascript:") || value.startsWith("vbscript:"))) {
                        fail("script target in " + name + " in " + fragment);
                    }
                }
            }
        });
        parser.parse(new InputSource(new StringReader("<!DOCTYPE html><title>x</title><body>" + fragment)));
    }
}
