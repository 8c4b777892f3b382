package org.jcwg.advisory.testing;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Validates a feed against RFC 4287's RELAX NG grammar (test resource {@code atom/atom.rnc}) with Jing. */
public final class AtomGrammar {

    private AtomGrammar() {
    }

    /** The grammar's complaints, "line: message"; empty for a valid Atom document. */
    public static List<String> errors(String xml) throws IOException, SAXException {
        List<String> errors = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(e.getLineNumber() + ": " + e.getMessage());
            }
        };
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, collect);
        ValidationDriver driver = new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
        var schema = AtomGrammar.class.getResource("/atom/atom.rnc");
        if (schema == null || !driver.loadSchema(new InputSource(schema.toString()))) {
            throw new IllegalStateException("the Atom grammar does not load: " + errors);
        }
        driver.validate(new InputSource(new StringReader(xml)));
        return errors;
    }
}
