package org.jcwg.advisory.markdown;

import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import org.jcwg.advisory.diag.Diagnostic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Strips from a parsed document every {@code {...}} attribute an editor may not set, so that the
 * attributes extension can only ever emit safe classes. Ids are taken out of the tree as well: a
 * heading's id is returned here and written by {@link SafeNodeRenderer}, which keeps it under our
 * control (flexmark would otherwise route it through its header-id machinery). Mutates the given
 * document, so use it on a freshly parsed one; the class itself is stateless and thread-safe.
 */
final class AttributeSanitizer {

    static final String CODE = "markdown-attribute";

    private static final Pattern CLASS_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String ALLOWED = "remove it (only '{#id}' on a heading and '{.class}' with lower-case letters,"
            + " digits and hyphens are allowed)";

    /** Heading ids as written (not yet validated), and what was removed. */
    record Result(Map<com.vladsch.flexmark.ast.Heading, String> headingIds, List<Diagnostic> diagnostics) {
    }

    private AttributeSanitizer() {
    }

    static Result sanitize(Document document, SourceLines lines) {
        Map<AttributesNode, Node> owners = owners(document);
        Map<com.vladsch.flexmark.ast.Heading, String> ids = new IdentityHashMap<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<AttributeNode> remove = new ArrayList<>();

        for (Node node : document.getDescendants()) {
            if (!(node instanceof AttributesNode attributes)) {
                continue;
            }
            Node owner = owners.get(attributes);
            for (Node child : attributes.getChildren()) {
                if (!(child instanceof AttributeNode attribute)) {
                    continue;
                }
                String problem = check(attribute, owner, ids);
                if (problem != null) {
                    diagnostics.add(Diagnostic.error(CODE, lines.pos(attribute.getStartOffset()), problem));
                }
                if (problem != null || attribute.isId()) {
                    remove.add(attribute);
                }
            }
        }
        // Unlinked after the walk: removing nodes while iterating descendants would skip siblings.
        remove.forEach(Node::unlink);
        return new Result(Collections.unmodifiableMap(ids), List.copyOf(diagnostics));
    }

    /** The problem with one attribute, or null when it may stay; records heading ids as a side effect. */
    private static String check(AttributeNode attribute, Node owner,
                                Map<com.vladsch.flexmark.ast.Heading, String> ids) {
        String written = attribute.getChars().toString();
        String value = attribute.getValue().toString();
        if (attribute.isId()) {
            if (!(owner instanceof com.vladsch.flexmark.ast.Heading heading)) {
                if (insideHeading(owner)) {
                    return "id '" + written + "' attaches to the text just before it, not to the heading; "
                            + "put a space before '{'";
                }
                return "attribute '" + written + "' is not allowed here: an id belongs on a heading; " + ALLOWED;
            }
            if (ids.containsKey(heading)) {
                return "heading has a second id '" + value + "'; give each heading one '{#id}'";
            }
            ids.put(heading, value);
            return null;
        }
        if (attribute.isClass()) {
            for (String name : value.trim().split("\\s+")) {
                if (!CLASS_NAME.matcher(name).matches()) {
                    return "class '" + value + "' is not allowed; " + ALLOWED;
                }
            }
            return null;
        }
        return "attribute '" + written + "' is not allowed; " + ALLOWED;
    }

    private static boolean insideHeading(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof com.vladsch.flexmark.ast.Heading) {
                return true;
            }
        }
        return false;
    }

    /** Which node each {...} applies to, as decided by the attributes extension. */
    private static Map<AttributesNode, Node> owners(Document document) {
        Map<AttributesNode, Node> owners = new IdentityHashMap<>();
        Map<Node, ? extends List<AttributesNode>> repository = AttributesExtension.NODE_ATTRIBUTES.get(document);
        for (Map.Entry<Node, ? extends List<AttributesNode>> entry : repository.entrySet()) {
            for (AttributesNode attributes : entry.getValue()) {
                owners.put(attributes, entry.getKey());
            }
        }
        return owners;
    }
}
