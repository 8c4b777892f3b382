package org.jcwg.advisory.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The print page is parsed by the generator with no DTD, external entity or XInclude. */
class PrintParserTest {

    @Test
    void anExternalEntityIsRefusedNotResolved() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>&x;</body></html>";
        assertThrows(IllegalStateException.class, () -> PdfRenderer.parse(xxe));
        String include = "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:xi=\"http://www.w3.org/2001/XInclude\"><body>"
                + "<xi:include href=\"file:///etc/passwd\" parse=\"text\"/></body></html>";
        assertEquals(0, PdfRenderer.parse(include).getDocumentElement().getTextContent().length(), "XInclude is not followed");
    }

    @Test
    void theGeneratorsOwnPagesParse() {
        assertEquals("html", PdfRenderer.parse("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>a &amp; b &#160;</p></body></html>")
                .getDocumentElement().getLocalName());
    }
}
