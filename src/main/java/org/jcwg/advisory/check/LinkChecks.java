package org.jcwg.advisory.check;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jcwg.advisory.model.Asset;
import org.jcwg.advisory.model.Document;
import org.jcwg.advisory.model.Link;
import org.jcwg.advisory.model.Section;
import org.jcwg.advisory.model.Site;
import org.jcwg.advisory.model.Translation;

/**
 * Links inside the publication must land: a relative link names a document (its {@code .md}
 * file) or an image of the same language folder, and a fragment names a section; an image is
 * never loaded from another server. A link to a
 * more restricted document is an error too, since an edition that publishes the source would
 * leak the target's address. Stateless.
 */
final class LinkChecks {

    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");

    private LinkChecks() {
    }

    static void check(Site site, Findings findings) {
        for (Document doc : site.documents()) {
            for (Translation t : doc.translations().values()) {
                Set<String> assets = site.assets().stream().filter(a -> a.lang() == t.lang()).map(Asset::path)
                        .collect(Collectors.toSet());
                for (Link link : t.links()) {
                    check(site, doc, t, link, assets, findings);
                }
            }
        }
    }

    private static void check(Site site, Document doc, Translation t, Link link, Set<String> assets, Findings findings) {
        String target = link.target().strip();
        String scheme = target.toLowerCase(java.util.Locale.ROOT);
        if (link.image() && (scheme.startsWith("http:") || scheme.startsWith("https:"))) {
            // A web page would fetch it from that server (telling it who reads the advisory), and
            // the PDF, which loads nothing from outside, could not show it at all.
            findings.error("remote-image", link.pos(), "image '" + target + "' is on another server: put the file in "
                    + t.lang().folder() + "/ and refer to it by a relative path");
            return;
        }
        if (hasScheme(target) || target.startsWith("//")) return; // external, or unsafe (reported by the parser)
        int hash = target.indexOf('#');
        String pathPart = hash < 0 ? target : target.substring(0, hash);
        String fragment = hash < 0 ? null : target.substring(hash + 1);
        if (pathPart.isEmpty()) {
            if (fragment != null && !fragment.isEmpty() && !hasSection(t, fragment)) {
                findings.error("broken-link", link.pos(), "'#" + fragment + "' is not a section of this document; link to the id"
                        + " of one of its headings, or add {#" + fragment + "} to one");
            }
            return;
        }
        Optional<String> resolved = resolve(doc.path(), decode(pathPart));
        if (resolved.isEmpty()) {
            findings.error("broken-link", link.pos(), "'" + target + "' points outside " + t.lang().folder() + "/; link to a file"
                    + " inside it, relative to this one");
            return;
        }
        String path = resolved.get();
        if (!path.endsWith(".md")) {
            if (!assets.contains(path)) {
                findings.error("broken-link", link.pos(), "'" + target + "' names " + t.lang().folder() + "/" + path
                        + ", which does not exist; add the file, or correct the path (relative to this file)");
            }
            return;
        }
        Optional<Document> linked = site.findDocument(path);
        Optional<Translation> other = linked.flatMap(d -> d.find(t.lang()));
        if (other.isEmpty()) {
            findings.error("broken-link", link.pos(), "'" + target + "' links to " + t.lang().folder() + "/" + path
                    + ", which does not exist; correct the path (relative to this file)");
            return;
        }
        if (fragment != null && !fragment.isEmpty() && !hasSection(other.get(), fragment)) {
            findings.error("broken-link", link.pos(), "'" + target + "': " + other.get().file()
                    + " has no section #" + fragment + "; link to one of its heading ids");
        }
        if (linked.get().meta().draft() && !doc.meta().draft()) {
            findings.warning("link-to-draft", link.pos(), "'" + target + "' links to a draft: the site shows only the"
                    + " link text until that document is published (remove its 'draft: true' to publish it)");
        }
        if (!linked.get().meta().tlp().atMost(doc.meta().tlp())) {
            findings.error("link-to-restricted", link.pos(), "'" + target + "' links a " + doc.meta().tlp().label()
                    + " document to a " + linked.get().meta().tlp().label()
                    + " one: readers of this document may not see it, and its address would leak; remove the link");
        }
    }

    private static boolean hasSection(Translation t, String id) {
        return t.flatSections().stream().map(Section::id).anyMatch(id::equals);
    }

    /** Resolves {@code rel} against the folder of {@code from}; empty if it climbs out of the root. */
    static Optional<String> resolve(String from, String rel) {
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        int slash = from.lastIndexOf('/');
        if (slash >= 0 && !rel.startsWith("/")) {
            for (String p : from.substring(0, slash).split("/")) parts.addLast(p);
        }
        for (String p : rel.split("/")) {
            if (p.isEmpty() || p.equals(".")) continue;
            if (p.equals("..")) {
                if (parts.isEmpty()) return Optional.empty();
                parts.removeLast();
            } else {
                parts.addLast(p);
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("/", parts));
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private static boolean hasScheme(String target) {
        return SCHEME.matcher(target).lookingAt();
    }
}
