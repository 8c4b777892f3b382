package org.jcwg.advisory.load;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jcwg.advisory.diag.Diagnostic;
import org.jcwg.advisory.diag.SourcePos;
import org.jcwg.advisory.markdown.Heading;
import org.jcwg.advisory.markdown.MarkdownProcessor;
import org.jcwg.advisory.markdown.ParsedMarkdown;
import org.jcwg.advisory.markdown.SectionContent;
import org.jcwg.advisory.model.Comment;
import org.jcwg.advisory.model.DocType;
import org.jcwg.advisory.model.Field;
import org.jcwg.advisory.model.Lang;
import org.jcwg.advisory.model.Link;
import org.jcwg.advisory.model.Section;
import org.jcwg.advisory.model.SectionText;
import org.jcwg.advisory.model.Text;
import org.jcwg.advisory.model.Tlp;
import org.jcwg.advisory.model.Translation;
import org.jcwg.advisory.model.Written;

/**
 * Reads one language's Markdown file into a {@link Translation}: front matter (neutral keys as
 * written, translatable keys as text) and the body's sections and links. Thread-safe if the
 * markdown processor is.
 */
final class TranslationReader {

    static final Set<String> NEUTRAL_KEYS = Set.of("id", "type", "date", "updated", "tlp", "source",
            "agencies", "recommendations", "tags", "draft");
    static final Set<String> KNOWN_KEYS = Set.of("id", "type", "title", "summary", "date", "updated", "tlp",
            "source", "agencies", "recommendations", "tags", "draft", "revisions");
    private static final Set<String> REVISION_KEYS = Set.of("date", "note");

    private final MarkdownProcessor markdown;
    private final boolean bodiesAsHtml;

    TranslationReader(MarkdownProcessor markdown, boolean bodiesAsHtml) {
        this.markdown = markdown;
        this.bodiesAsHtml = bodiesAsHtml;
    }

    /**
     * Empty when the file cannot be read as a document at all (the reason is in {@code out}).
     * {@code split} is {@link FrontMatter#split} of {@code text}; the translation keeps its body, the
     * very string whose digest the loader had the build remember.
     */
    Optional<Translation> read(Lang lang, String file, String text, Optional<FrontMatter> split, List<Diagnostic> out) {
        if (split.isEmpty()) {
            out.add(Diagnostic.error("front-matter-missing", SourcePos.file(file), text.startsWith("---\n")
                    ? "the front matter opened here is never closed; add a '---' line after its last key"
                    : "a document must start with front matter between '---' lines (id, type, title, ...);"
                            + " add it at the top of the file"));
            return Optional.empty();
        }
        FrontMatter fm = split.get();
        Values values = new Values(out);
        Optional<YNode.Map> map = SafeYaml.read(fm.yaml(), file, fm.yamlLine(), out)
                .flatMap(node -> values.map(node, "front matter"));
        if (map.isEmpty()) return Optional.empty();
        YNode.Map front = map.get();
        KnownKeys.check(front, KNOWN_KEYS, "front matter", out);

        LinkedHashMap<String, Field> neutral = new LinkedHashMap<>();
        values.stringField(front, "id").ifPresent(f -> neutral.put("id", f));
        values.field(front, "type", DocType::find, "advisory, report or page").ifPresent(f -> neutral.put("type", f));
        values.dateField(front, "date").ifPresent(f -> neutral.put("date", f));
        values.dateField(front, "updated").ifPresent(f -> neutral.put("updated", f));
        values.field(front, "tlp", Tlp::find, "one of CLEAR, GREEN, AMBER, AMBER+STRICT, RED (written exactly so)")
                .ifPresent(f -> neutral.put("tlp", f));
        values.field(front, "source", Lang::find, "en or ko").ifPresent(f -> neutral.put("source", f));
        for (String key : List.of("agencies", "recommendations", "tags")) {
            values.idListField(front, key, true).ifPresent(f -> neutral.put(key, f));
        }
        values.booleanField(front, "draft").ifPresent(f -> neutral.put("draft", f));

        Set<String> unreadable = new HashSet<>();
        for (String key : NEUTRAL_KEYS) {
            if (front.find(key).isPresent() && !neutral.containsKey(key)) unreadable.add(key);
        }
        List<Text> notes = new ArrayList<>();
        int n = 0;
        for (YNode item : values.seq(front, "revisions")) {
            n++;
            Optional<YNode.Map> revision = values.map(item, "a revision");
            if (revision.isEmpty()) continue;
            KnownKeys.check(revision.get(), REVISION_KEYS, "a revision", out);
            String key = "revisions[" + n + "].date";
            Optional<Field> date = values.dateField(revision.get(), "date");
            date.ifPresent(f -> neutral.put(key, new Field(key, f.value(), f.pos())));
            if (date.isEmpty() && revision.get().find("date").isPresent()) unreadable.add(key);
            notes.add(values.text(revision.get(), "note"));
        }

        ParsedMarkdown parsed = markdown.parse(file, fm.body(), fm.bodyLine(), bodiesAsHtml);
        out.addAll(parsed.diagnostics());
        List<Link> links = parsed.links().stream()
                .map(l -> new Link(l.target(), l.image(), new SourcePos(file, l.line(), l.column())))
                .toList();
        List<SectionText> texts = parsed.sections().stream().map(s -> sectionText(s, file)).toList();
        List<Comment> comments = parsed.comments().stream()
                .map(c -> new Comment(c.text(), new SourcePos(file, c.line(), c.column()))).toList();
        return Optional.of(new Translation(lang, file, new Written(front.pos(), neutral, unreadable),
                values.text(front, "title"), values.text(front, "summary"), notes,
                sectionTree(parsed.headings(), file), links, fm.body(), fm.bodyLine(), texts, comments,
                parsed.html().orElse(null)));
    }

    private static SectionText sectionText(SectionContent s, String file) {
        return new SectionText(s.id(), s.level(), s.title(), SourcePos.of(file, s.line()), s.source(),
                s.blocks().stream().map(b -> new SectionText.TextBlock(b.text(), b.line())).toList(),
                s.footnotes(),
                s.links().stream().map(l -> new Link(l.target(), l.image(), new SourcePos(file, l.line(), l.column()))).toList(),
                s.codeBlocks(),
                s.tables().stream().map(t -> new SectionText.TableShape(t.rows(), t.columns())).toList());
    }

    /** Nests headings by level: each heading holds the deeper ones up to its next sibling. */
    static List<Section> sectionTree(List<Heading> headings, String file) {
        List<Section> roots = new ArrayList<>();
        Deque<OpenSection> stack = new ArrayDeque<>();
        for (Heading h : headings) {
            while (!stack.isEmpty() && stack.peek().heading.level() >= h.level()) {
                close(stack, roots, file);
            }
            stack.push(new OpenSection(h));
        }
        while (!stack.isEmpty()) close(stack, roots, file);
        return roots;
    }

    private static void close(Deque<OpenSection> stack, List<Section> roots, String file) {
        OpenSection open = stack.pop();
        Heading h = open.heading;
        Section s = new Section(h.id(), h.level(), h.text(), new SourcePos(file, h.line(), h.column()), open.children);
        (stack.isEmpty() ? roots : stack.peek().children).add(s);
    }

    /** A heading whose children are still being collected. */
    private static final class OpenSection {
        final Heading heading;
        final List<Section> children = new ArrayList<>();

        OpenSection(Heading heading) {
            this.heading = heading;
        }
    }
}
