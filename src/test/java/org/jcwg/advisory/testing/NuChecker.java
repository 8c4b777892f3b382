package org.jcwg.advisory.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.localentities.LocalCacheEntityResolver;
import nu.validator.messages.MessageEmitter;
import nu.validator.messages.MessageEmitterAdapter;
import nu.validator.messages.MessageTextHandler;
import nu.validator.messages.types.MessageType;
import nu.validator.servlet.imagereview.ImageCollector;
import nu.validator.validation.SimpleDocumentValidator;
import nu.validator.xml.NullEntityResolver;
import nu.validator.xml.SystemErrErrorHandler;
import nu.validator.xml.TypedInputSource;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The Nu HTML Checker (the W3C's validator) run in-process over text/html documents, with the
 * HTML schema (SVG and MathML included) that its command line uses by default.
 *
 * <p>The schemas come from the checker's own jar; documents are handed in as bytes, never as
 * URLs, and external entities are not loaded, so nothing is fetched over the network. Messages
 * go through the checker's {@link MessageEmitterAdapter}, which decides, as the online checker
 * does, which findings are errors and which are warnings.
 *
 * <p>Not thread-safe: the checker keeps the state of the document in progress (and sets two
 * {@code nu.validator.*} system properties of its own). Setting it up takes a few seconds (the
 * schema is compiled), so reuse one instance for many documents.
 */
public final class NuChecker {

    /** One finding, with its type as the checker names it: "error", "error fatal", "info warning", ... */
    public record Message(String type, String document, int line, int column, String text) {
        /** Errors, fatal errors and failures of the checker itself; not "info" nor "info warning". */
        public boolean isError() {
            return !type.startsWith("info");
        }

        @Override
        public String toString() {
            return document + ":" + line + ":" + column + ": " + type + ": " + text;
        }
    }

    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private final SimpleDocumentValidator validator;
    private final Recorder recorder = new Recorder();

    public NuChecker() {
        try {
            requireLocalSchema();
            // no log4j set-up, no URL logging, no language detection (its findings are warnings)
            validator = new SimpleDocumentValidator(false, false, false);
            validator.setUpMainSchema(SCHEMA, new SystemErrErrorHandler());
            MessageEmitterAdapter adapter = new MessageEmitterAdapter(null, validator.getSourceCode(), false,
                    new ImageCollector(validator.getSourceCode()), 0, true, recorder);
            adapter.setHtml(true);
            validator.setUpValidatorAndParsers(adapter, true, false);
        } catch (Exception e) {
            throw new IllegalStateException("cannot set up the Nu HTML Checker", e);
        }
    }

    /**
     * The checker reads a schema it has no copy of over HTTP; its jar carries this one (and
     * resolves the files that it includes only from the jar), which is checked here first.
     */
    private static void requireLocalSchema() throws IOException, SAXException {
        LocalCacheEntityResolver jar = new LocalCacheEntityResolver(new NullEntityResolver());
        jar.setAllowRnc(true);
        InputSource schema = jar.resolveEntity(null, SCHEMA);
        if (!(schema instanceof TypedInputSource)) {
            throw new IllegalStateException("the checker's jar has no copy of " + SCHEMA);
        }
        schema.getByteStream().close();
    }

    /** Checks one page read as text/html in UTF-8; {@code name} labels its messages. */
    public List<Message> check(String name, InputStream html) throws IOException {
        recorder.begin(name);
        InputSource source = new InputSource(html);
        source.setSystemId(name);
        try {
            validator.checkHtmlInputSource(source);
        } catch (SAXException e) {
            throw new IllegalStateException("the checker failed on " + name, e);
        }
        return recorder.end();
    }

    public List<Message> check(String name, String html) throws IOException {
        return check(name, new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    public List<Message> check(String name, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return check(name, in);
        }
    }

    /** Collects the messages of the current document as values. */
    private static final class Recorder extends MessageEmitter implements MessageTextHandler {
        private final List<Message> messages = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private String document;
        private MessageType type;
        private int line;
        private int column;

        void begin(String name) {
            document = name;
            messages.clear();
        }

        List<Message> end() {
            return List.copyOf(messages);
        }

        @Override
        public void startMessage(MessageType type, String systemId, int firstLine, int firstColumn, int lastLine,
                int lastColumn, boolean exact) {
            this.type = type;
            // where the offending markup ends, as a SAX locator reports it: the start of the range
            // is only a guess of the checker's, often the start of the document
            this.line = lastLine;
            this.column = lastColumn;
            text.setLength(0);
        }

        @Override
        public void endMessage() {
            messages.add(new Message(type.getFlatType(), document, line, column, text.toString().strip()));
        }

        @Override
        public MessageTextHandler startText() {
            return this;
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            text.append(ch, start, length);
        }

        @Override
        public void startCode() {
            text.append('“');
        }

        @Override
        public void endCode() {
            text.append('”');
        }

        @Override
        public void startLink(String href, String title) {
        }

        @Override
        public void endLink() {
        }
    }
}
