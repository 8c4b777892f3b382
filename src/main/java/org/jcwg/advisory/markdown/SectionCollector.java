package org.jcwg.advisory.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jcwg.advisory.model.Text;

/**
 * Cuts a parsed body into sections ({@link SectionContent}) at its top-level headings (a heading
 * inside a list or block quote stays part of the enclosing section) and gathers each section's text, code, tables,
 * links and footnote references, so that the two languages can be compared section by section.
 * Stateless.
 */
final class SectionCollector {

    private SectionCollector() {
    }

    /** Mutable while one section is being read. */
    private static final class Part {
        final int start;
        final int level;
        final String id;
        final String title;
        final int line;
        final List<TextBlock> text = new ArrayList<>();
        final List<String> code = new ArrayList<>();
        final List<TableShape> tables = new ArrayList<>();
        final List<String> footnotes = new ArrayList<>();
        final List<LinkRef> links = new ArrayList<>();

        Part(int start, int level, String id, String title, int line) {
            this.start = start;
            this.level = level;
            this.id = id;
            this.title = title;
            this.line = line;
        }

        boolean isEmpty() {
            return text.isEmpty() && code.isEmpty() && tables.isEmpty() && footnotes.isEmpty() && links.isEmpty();
        }

        SectionContent toSection(String source) {
            List<String> plain = text.stream().map(TextBlock::text).toList();
            return new SectionContent(level, id, title, line, String.join("\n", plain), footnotes, links, code, tables,
                    text, source);
        }
    }

    static List<SectionContent> collect(Document document, String body, SourceLines lines,
                                 Map<com.vladsch.flexmark.ast.Heading, String> headingIds,
                                 List<DocumentAnalyzer.FoundLink> links,
                                 List<DocumentAnalyzer.FoundFootnote> footnotes) {
        List<Part> parts = new ArrayList<>();
        Part current = new Part(0, 0, null, "", lines.line(0));
        parts.add(current);
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof com.vladsch.flexmark.ast.Heading heading) {
                current = new Part(heading.getStartOffset(), heading.getLevel(), headingIds.get(heading),
                        PlainText.inline(heading), lines.line(heading.getStartOffset()));
                parts.add(current);
            } else {
                read(block, current, lines);
            }
        }
        for (DocumentAnalyzer.FoundLink link : links) {
            owner(parts, link.offset()).links.add(link.ref());
        }
        for (DocumentAnalyzer.FoundFootnote footnote : footnotes) {
            owner(parts, footnote.offset()).footnotes.add(footnote.label());
        }
        List<SectionContent> sections = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            int end = i + 1 < parts.size() ? parts.get(i + 1).start : body.length();
            if (part.level > 0 || !part.isEmpty()) {
                sections.add(part.toSection(body.substring(part.start, end)));
            }
        }
        return List.copyOf(sections);
    }

    private static Part owner(List<Part> parts, int offset) {
        Part owner = parts.get(0);
        for (Part part : parts) {
            if (part.start <= offset) {
                owner = part;
            }
        }
        return owner;
    }

    private static void read(Node block, Part part, SourceLines lines) {
        int line = lines.line(block.getStartOffset());
        if (block instanceof Paragraph || block instanceof com.vladsch.flexmark.ast.Heading) {
            addText(part, PlainText.inline(block), line);
        } else if (block instanceof FencedCodeBlock code) {
            part.code.add(Escaping.normalizeEOL(code.getContentChars().toString()));
        } else if (block instanceof IndentedCodeBlock code) {
            part.code.add(Escaping.normalizeEOL(code.getContentChars().toString()));
        } else if (block instanceof TableBlock table) {
            readTable(table, part, lines);
        } else if (block instanceof HtmlBlockBase html) {
            String source = html.getChars().toString();
            if (!HtmlComments.isCommentOnly(source)) {
                addText(part, Text.collapseWhitespace(source), line); // shown as text, so it is text
            }
        } else if (block instanceof FootnoteBlock || block instanceof Reference || block instanceof ThematicBreak) {
            return; // footnote text is left out: its place in the file differs between editors
        } else {
            for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
                read(child, part, lines); // lists, list items, block quotes
            }
        }
    }

    private static void readTable(TableBlock table, Part part, SourceLines lines) {
        int rows = 0;
        int columns = 0;
        for (Node node : table.getDescendants()) {
            if (node instanceof TableRow row && !(row.getParent() instanceof TableSeparator)) {
                List<String> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        cells.add(PlainText.inline(cell));
                    }
                }
                rows++;
                columns = Math.max(columns, cells.size());
                addText(part, String.join(" | ", cells), lines.line(row.getStartOffset()));
            }
        }
        part.tables.add(new TableShape(rows, columns));
    }

    private static void addText(Part part, String text, int line) {
        if (!text.isEmpty()) {
            part.text.add(new TextBlock(text, line));
        }
    }
}
