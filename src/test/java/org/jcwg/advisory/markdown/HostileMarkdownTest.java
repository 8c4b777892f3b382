package org.jcwg.advisory.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jcwg.advisory.diag.Diagnostic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Markdown shapes that overflow the parser's stack are refused with the line to fix, in bounded
 * time, never with a StackOverflowError; ordinary deep-but-sane nesting still parses.
 */
class HostileMarkdownTest {

    record Hostile(String name, String body, int line) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Hostile> hostile() {
        String lists = IntStream.range(0, 800).mapToObj(i -> "  ".repeat(i) + "- x").collect(Collectors.joining("\n"));
        String nestedEmphasis = IntStream.range(0, 2000).mapToObj(i -> i % 2 == 0 ? "*a " : "_b ").collect(Collectors.joining())
                + "c" + IntStream.range(0, 2000).mapToObj(i -> i % 2 == 0 ? "_" : "*").collect(Collectors.joining());
        return List.of(
                new Hostile("5,000 nested quotes", "Intro.\n\n" + ">".repeat(5000) + " deep\n", 3),
                new Hostile("1 KB of nested quotes with spaces", "Intro.\n\n" + "> ".repeat(600) + "deep\n", 3),
                new Hostile("800 nested list levels", "Intro.\n\n" + lists + "\n", 36),
                new Hostile("4,000-star emphasis run", "Intro.\n\n" + "*".repeat(4000) + "a" + "*".repeat(4000) + "\n", 3),
                new Hostile("a 50,000-character line", "x".repeat(50_000) + "\n", 1),
                new Hostile("2,000 nested emphasis runs", "Intro.\n\n" + nestedEmphasis + "\n", 3));
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void refusedWithTheLineOrParsedInBoundedTime(Hostile input) {
        ParsedMarkdown parsed = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> new MarkdownProcessor().parse("content-en/x.md", input.body(), 1));
        List<Diagnostic> errors = parsed.diagnostics().stream().filter(Diagnostic::isError).toList();
        if (!errors.isEmpty()) {
            assertEquals("content-en/x.md", errors.get(0).pos().file());
            assertEquals(input.line(), errors.get(0).pos().line(), errors.toString());
            assertTrue(errors.get(0).message().contains("at most") || errors.get(0).message().contains("not read")
                    || errors.get(0).message().contains("too deeply") || errors.get(0).message().contains("nested more than"),
                    errors.get(0).message());
        } else {
            // What was not refused parsed: then rendering it must be safe and bounded too.
            String html = assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> new MarkdownProcessor().renderHtml(input.body(), s -> s));
            assertTrue(html.length() > 0);
        }
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void everyHostileShapeIsRefused(Hostile input) {
        List<Diagnostic> errors = new MarkdownProcessor().parse("content-en/x.md", input.body(), 1).diagnostics();
        assertTrue(errors.stream().anyMatch(Diagnostic::isError), input.name() + " should be refused");
    }

    @ParameterizedTest
    @MethodSource("sane")
    void saneNestingStillParses(String body) {
        assertEquals(List.of(), new MarkdownProcessor().parse("content-en/x.md", body, 1).diagnostics());
    }

    static List<String> sane() {
        return List.of(
                "> > > Quoted three deep, as replies are.\n",
                IntStream.range(0, 8).mapToObj(i -> "  ".repeat(i) + "- level " + i).collect(Collectors.joining("\n")) + "\n",
                "A rule:\n\n" + "-".repeat(80) + "\n\nand a table:\n\n| a | b |\n|---|---|\n| 1 | 2 |\n",
                "```text\n" + "=".repeat(120) + "\n```\n");
    }
}
