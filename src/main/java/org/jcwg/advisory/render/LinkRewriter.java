package org.jcwg.advisory.render;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jcwg.advisory.model.Asset;
import org.jcwg.advisory.model.Document;
import org.jcwg.advisory.model.Lang;

/**
 * Maps the relative link and image targets of one document body, as the editor wrote them
 * relative to the Markdown file, to URLs relative to the document's page in one language:
 * {@code ../advisories/y.md#mitigations} becomes the page of {@code y} in the same language,
 * {@code img/fig1.png} the copy of that image. Images and files it links are recorded in
 * {@code usedAssets}, so only what published pages reference is copied.
 *
 * <p>Not thread-safe (it adds to {@code usedAssets}); one instance per document page.
 */
final class LinkRewriter implements UnaryOperator<String> {

    /**
     * Emitted for a link to a document this edition does not publish: the link text stays, but
     * neither the URL nor the file name of an unpublished document may appear in the output.
     */
    static final String WITHHELD = null;

    private final Lang lang;
    private final String docPath;
    private final String pageFile;
    private final Map<String, Document> documents;
    private final Map<String, Asset> assets;
    private final Set<Asset> usedAssets;

    /**
     * @param documents the published documents by path
     * @param assets the assets of {@code lang} by path relative to the language folder
     */
    LinkRewriter(Lang lang, Document doc, Map<String, Document> documents, Map<String, Asset> assets,
                 Set<Asset> usedAssets) {
        this.lang = lang;
        this.docPath = doc.path();
        this.pageFile = PagePaths.document(lang, doc);
        this.documents = documents;
        this.assets = assets;
        this.usedAssets = usedAssets;
    }

    @Override
    public String apply(String target) {
        if (target.isEmpty() || target.startsWith("#") || target.startsWith("/") || hasScheme(target)) {
            return target; // not relative: the Markdown processor has judged it already
        }
        int hash = target.indexOf('#');
        String fragment = hash >= 0 ? target.substring(hash) : "";
        String beforeFragment = hash >= 0 ? target.substring(0, hash) : target;
        int question = beforeFragment.indexOf('?');
        String query = question >= 0 ? beforeFragment.substring(question) : "";
        String path = Urls.percentDecode(question >= 0 ? beforeFragment.substring(0, question) : beforeFragment);
        if (path.isEmpty()) return target;
        Optional<String> resolved = Urls.resolve(docPath, path);

        if (path.toLowerCase(Locale.ROOT).endsWith(".md")) {
            Document linked = resolved.map(documents::get).orElse(null);
            if (linked == null) return WITHHELD;
            // A draft may exist in one language only; its page in the other language is the best target.
            Lang pageLang = linked.find(lang).isPresent() ? lang : lang.other();
            String file = PagePaths.document(pageLang, linked);
            if (file.equals(pageFile)) return fragment.isEmpty() ? Urls.INDEX : fragment;
            return Urls.relative(pageFile, file) + fragment;
        }
        Asset asset = resolved.map(assets::get).orElse(null);
        if (asset == null) return target; // unknown: reported by the checks, emitted as written
        usedAssets.add(asset);
        return Urls.relative(pageFile, PagePaths.asset(asset)) + query + fragment;
    }

    private static boolean hasScheme(String target) {
        int colon = target.indexOf(':');
        if (colon <= 0) return false;
        for (int i = 0; i < colon; i++) {
            char c = target.charAt(i);
            if (c == '/' || c == '?' || c == '#') return false;
        }
        return true;
    }
}
