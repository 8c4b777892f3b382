package org.jcwg.advisory.load;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jcwg.advisory.diag.Diagnostic;
import org.jcwg.advisory.diag.SourcePos;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Reads untrusted YAML into positioned {@link YNode}s. Nothing is ever constructed as a Java
 * object from a tag: explicit tags are rejected, as are looping anchors, duplicate keys, more
 * than one document and inputs past the size, depth and alias limits. Thread-safe (a new
 * SnakeYAML instance per call, since SnakeYAML's are not).
 */
final class SafeYaml {

    static final int MAX_CODE_POINTS = 2 * 1024 * 1024;
    private static final int MAX_DEPTH = 40;
    private static final int MAX_ALIASES = 20;
    /** What usually breaks YAML an editor wrote: the parser's own words rarely say how to fix it. */
    private static final String SYNTAX_HINT = "check the indentation and quotes on this line and the one before"
            + " (a value that contains ': ' or starts with [ { * & needs quotes)";

    private SafeYaml() {
    }

    /**
     * Parses {@code yaml}, which starts at {@code firstLine} of {@code file}. Empty text gives an
     * empty mapping; problems are added to {@code out} and give an empty result.
     */
    static Optional<YNode> read(String yaml, String file, int firstLine, List<Diagnostic> out) {
        if (yaml.isBlank()) return Optional.of(new YNode.Map(new LinkedHashMap<>(), new SourcePos(file, firstLine, 1)));
        try {
            Node root;
            try {
                root = composeScreened(yaml);
            } catch (Unscreened | YAMLException e) {
                // Something to report: read again with the screen first, which reports every such place as before.
                Yaml parser = newYaml();
                if (!screenEvents(parser, yaml, file, firstLine, out)) return Optional.empty();
                root = parser.compose(new StringReader(yaml));
            }
            if (root == null) return Optional.of(new YNode.Map(new LinkedHashMap<>(), new SourcePos(file, firstLine, 1)));
            int before = out.size();
            YNode node = convert(root, file, firstLine, out);
            return out.size() == before ? Optional.of(node) : Optional.empty();
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            SourcePos pos = mark == null ? new SourcePos(file, firstLine, 1) : at(mark, file, firstLine);
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            out.add(Diagnostic.error("yaml-syntax", pos, "invalid YAML: " + oneLine(problem) + "; " + SYNTAX_HINT));
        } catch (YAMLException e) {
            // Past a limit (size, nesting, aliases): SnakeYAML gives no place, so the start of the YAML.
            out.add(Diagnostic.error("yaml-syntax", new SourcePos(file, firstLine, 1),
                    "invalid YAML: " + oneLine(e.getMessage()) + "; simplify it (fewer nested levels and aliases) or split the file"));
        }
        return Optional.empty();
    }

    /**
     * The YAML composed in one reading, for the usual text without tags, anchors or aliases (most
     * front matter): the events are screened as the composer takes them, and anything
     * the screen would look at more closely stops the reading ({@link Unscreened}). Front matter,
     * when every file's was read twice, was a seventh of a fresh process's time to read a large
     * publication.
     */
    private static Node composeScreened(String yaml) {
        LoaderOptions options = loaderOptions();
        Parser events = new ParserImpl(new StreamReader(new StringReader(yaml)), options);
        // A second document needs no look here: the composer refuses it, and the careful reading reports it.
        return new Composer(new Parser() {
            @Override
            public boolean checkEvent(Event.ID choice) {
                screen(events.peekEvent());
                return events.checkEvent(choice);
            }

            @Override
            public Event peekEvent() {
                return screen(events.peekEvent());
            }

            @Override
            public Event getEvent() {
                return screen(events.getEvent());
            }

            private Event screen(Event event) {
                String tag = event instanceof ScalarEvent sc ? sc.getTag()
                        : event instanceof CollectionStartEvent c ? c.getTag() : null;
                if (tag != null || event instanceof AliasEvent || event instanceof NodeEvent n && n.getAnchor() != null) {
                    throw new Unscreened();
                }
                return event;
            }
        }, new Resolver(), options).getSingleNode();
    }

    /** Stops a one-pass reading at something the screen must report (see {@link #composeScreened}). */
    private static final class Unscreened extends RuntimeException {
        Unscreened() {
            super(null, null, false, false);
        }
    }

    private static Yaml newYaml() {
        LoaderOptions options = loaderOptions();
        return new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(), options);
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setProcessComments(false);
        options.setEnumCaseSensitive(true);
        return options;
    }

    /** Rejects tags, looping aliases and extra documents before anything is composed. */
    private static boolean screenEvents(Yaml parser, String yaml, String file, int firstLine, List<Diagnostic> out) {
        Deque<String> openAnchors = new ArrayDeque<>();
        Set<String> known = new HashSet<>();
        int documents = 0;
        boolean ok = true;
        for (Event event : parser.parse(new StringReader(yaml))) {
            if (event instanceof DocumentStartEvent && ++documents > 1) {
                out.add(Diagnostic.error("yaml-documents", at(event.getStartMark(), file, firstLine),
                        "only one YAML document is allowed here; remove the '---' or '...' line that starts a second one"));
                return false;
            }
            String tag = event instanceof ScalarEvent s ? s.getTag()
                    : event instanceof CollectionStartEvent c ? c.getTag() : null;
            if (tag != null) {
                out.add(Diagnostic.error("yaml-tag", at(event.getStartMark(), file, firstLine),
                        "YAML tags such as '" + tag + "' are not allowed: write the plain value"));
                ok = false;
            }
            if (event instanceof NodeEvent n && !(event instanceof AliasEvent) && n.getAnchor() != null) {
                known.add(n.getAnchor());
            }
            if (event instanceof CollectionStartEvent c) {
                openAnchors.push(c.getAnchor() == null ? "" : c.getAnchor());
            } else if (event instanceof CollectionEndEvent) {
                openAnchors.pop();
            } else if (event instanceof AliasEvent a) {
                if (openAnchors.contains(a.getAnchor())) {
                    out.add(Diagnostic.error("yaml-alias-loop", at(event.getStartMark(), file, firstLine),
                            "alias '*" + a.getAnchor() + "' refers to a node that contains it (a loop); write the value out"
                                    + " instead of the alias"));
                    ok = false;
                } else if (!known.contains(a.getAnchor())) {
                    out.add(Diagnostic.error("yaml-syntax", at(event.getStartMark(), file, firstLine),
                            "alias '*" + a.getAnchor() + "' has no anchor '&" + a.getAnchor() + "' before it; define the"
                                    + " anchor first, or write the value out"));
                    ok = false;
                }
            }
        }
        return ok;
    }

    private static YNode convert(Node node, String file, int firstLine, List<Diagnostic> out) {
        SourcePos pos = at(node.getStartMark(), file, firstLine);
        if (node instanceof ScalarNode s) {
            // An empty or '~' value is YAML's null: treat it as no text.
            boolean isNull = Tag.NULL.equals(s.getTag());
            return new YNode.Scalar(isNull ? "" : s.getValue(), pos);
        }
        if (node instanceof SequenceNode seq) {
            return new YNode.Seq(seq.getValue().stream().map(n -> convert(n, file, firstLine, out)).toList(), pos);
        }
        MappingNode map = (MappingNode) node;
        LinkedHashMap<String, YNode.Entry> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            SourcePos keyPos = at(tuple.getKeyNode().getStartMark(), file, firstLine);
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                out.add(Diagnostic.error("yaml-key", keyPos, "keys must be plain names; write a name such as 'title:', not a list"
                        + " or mapping"));
                continue;
            }
            String key = keyNode.getValue();
            YNode.Entry previous = entries.get(key);
            if (previous != null) {
                out.add(Diagnostic.error("yaml-duplicate-key", keyPos, "duplicate key '" + key
                        + "' (first given at line " + previous.keyPos().line() + "); keep one of them"));
                continue;
            }
            entries.put(key, new YNode.Entry(key, keyPos, convert(tuple.getValueNode(), file, firstLine, out)));
        }
        return new YNode.Map(entries, pos);
    }

    private static SourcePos at(Mark mark, String file, int firstLine) {
        return new SourcePos(file, firstLine + mark.getLine(), mark.getColumn() + 1);
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }
}
