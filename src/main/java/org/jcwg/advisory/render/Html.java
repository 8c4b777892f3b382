package org.jcwg.advisory.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/** Markup written outside the templates (notices, charts): escaping and handing it over unescaped. Stateless. */
final class Html {

    private Html() {
    }

    /** Text and attribute values in HTML, SVG and XML. */
    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Markup this generator made safe: handed to templates as markup so it is not escaped twice. */
    static TemplateModel markup(String html) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e); // fromMarkup of a plain string cannot fail
        }
    }
}
