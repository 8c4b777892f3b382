package org.jcwg.advisory.render;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jcwg.advisory.model.Lang;
import org.jcwg.advisory.render.Views.Chrome;

/**
 * Makes one HTML page from a template: the data model is the page frame, the UI strings and one
 * view. Thread-safe, as {@link Templates} is.
 */
final class PageMaker {

    private final Templates templates;

    PageMaker(Templates templates) {
        this.templates = templates;
    }

    /** The page, handed to {@code out} and entered in its sitemap (the not-found page excepted). */
    void page(PageSink out, RenderContext ctx, Lang lang, String template, String file, Chrome chrome,
              String key, Object view, String origin) throws RenderException {
        out.add(file, html(ctx, lang, template, chrome, key, view), origin);
        if (!file.equals(PagePaths.NOT_FOUND)) out.sitemap().add(file, chrome.alternates(), null);
    }

    /** The page alone, for a caller that hands it on itself. */
    byte[] html(RenderContext ctx, Lang lang, String template, Chrome chrome, String key, Object view)
            throws RenderException {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("page", ViewMaps.convert(chrome));
        model.put("t", ctx.uiStrings.get(lang.code()));
        model.put("tByLang", ctx.uiStrings);
        model.put(key, ViewMaps.convert(view));
        return templates.render(template, model).getBytes(StandardCharsets.UTF_8);
    }
}
