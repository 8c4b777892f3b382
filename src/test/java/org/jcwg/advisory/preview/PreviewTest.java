package org.jcwg.advisory.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jcwg.advisory.model.Edition;
import org.jcwg.advisory.model.Tlp;
import org.jcwg.advisory.testing.Project;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} as an editor meets it, over HTTP: a saved edit is picked up, rebuilt and served,
 * open pages are told to reload; broken content is announced with its file and line while the
 * last good build stays served, and fixing it recovers. Drafts are shown and marked.
 */
class PreviewTest {

    @TempDir
    Path tmp;
    Path project;
    Preview preview;
    final HttpClient http = HttpClient.newHttpClient();
    final BlockingQueue<String> events = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws Exception {
        project = Project.copyOfSample(tmp.resolve("project"));
        Files.writeString(project.resolve("content-en/advisories/draft-note.md"), """
                ---
                id: JCWG-2026-900
                type: advisory
                title: A draft in the works
                summary: Not published yet.
                date: 2026-01-05
                tlp: CLEAR
                draft: true
                ---

                ## Summary {#summary}

                The working group is still writing this one.
                """);
        Files.writeString(project.resolve("content-ko/advisories/draft-note.md"), """
                ---
                title: 작성 중인 초안
                summary: 아직 발행되지 않았다.
                ---

                ## 요약 {#summary}

                실무그룹이 아직 작성하고 있다.
                """);
        preview = Preview.start(project, 0, new Edition(Tlp.CLEAR, true, LocalDate.of(2026, 11, 23)), false,
                new PrintWriter(new StringWriter()));
        // Listen like an open page does.
        http.sendAsync(HttpRequest.newBuilder(URI.create(preview.url() + "__preview/events")).build(),
                HttpResponse.BodyHandlers.ofLines()).thenAccept(r -> r.body().filter(l -> l.startsWith("event: ")
                || l.startsWith("data: ")).forEach(events::add));
        assertEquals("event: ok", events.poll(10, TimeUnit.SECONDS), "a page first hears the current state");
        events.poll(1, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() throws IOException {
        preview.close();
    }

    private String get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(preview.url() + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private void edit(String file, String from, String to) throws IOException {
        Path p = project.resolve(file);
        String text = Files.readString(p);
        assertTrue(text.contains(from), from);
        Files.writeString(p, text.replace(from, to));
    }

    /** The next event, skipping data lines. */
    private String nextEvent() throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < until) {
            String line = events.poll(1, TimeUnit.SECONDS);
            if (line != null && line.startsWith("event: ")) return line.substring(7);
        }
        return "(none)";
    }

    @Test
    void aSavedEditIsServedAndPagesReload() throws Exception {
        String page = get("ko/advisories/ransomware-healthcare/");
        assertTrue(page.contains("<script src=\"/__preview/live.js\"></script></body>"), "the reload script is injected");
        edit("content-ko/advisories/ransomware-healthcare.md", "title: 병원 등 핵심 기반시설을", "title: 병원과 핵심 기반시설을");
        assertEquals("reload", nextEvent());
        assertTrue(get("ko/advisories/ransomware-healthcare/").contains("<h1>병원과 핵심 기반시설을"), "the new title is served");
        assertTrue(get("__preview/live.js").contains("EventSource"));
        // Without it every request on a kept-alive connection waits for a delayed acknowledgement.
        assertEquals("true", System.getProperty(PreviewServer.NO_DELAY));
    }

    @Test
    void editingBothLanguagesOfADocumentAtOnceIsServedQuicklyToo() throws Exception {
        edit("content-en/advisories/ransomware-healthcare.md", "title: North Korea-linked ransomware",
                "title: Updated North Korea-linked ransomware");
        edit("content-ko/advisories/ransomware-healthcare.md", "title: 병원 등 핵심 기반시설을", "title: 병원과 핵심 기반시설을");
        // One reload from the quick update of that document, one from the full build that follows.
        assertEquals("reload", nextEvent());
        assertEquals("reload", nextEvent());
        assertTrue(get("en/advisories/ransomware-healthcare/").contains("<h1>Updated North Korea-linked"));
        assertTrue(get("ko/advisories/ransomware-healthcare/").contains("<h1>병원과 핵심 기반시설을"));
    }

    @Test
    void brokenContentIsShownWithFileAndLineAndRecovers() throws Exception {
        edit("content-en/advisories/ransomware-healthcare.md", "tlp: CLEAR", "tlp: CLEAR\ntlp: AMBER");
        assertEquals("errors", nextEvent());
        String data = events.poll(5, TimeUnit.SECONDS);
        assertTrue(data != null && data.contains("\"file\":\"content-en/advisories/ransomware-healthcare.md\"")
                && data.contains("\"line\":"), String.valueOf(data));
        assertTrue(get("en/advisories/ransomware-healthcare/").contains("<h1>"), "the last good build is still served");
        edit("content-en/advisories/ransomware-healthcare.md", "tlp: CLEAR\ntlp: AMBER", "tlp: CLEAR");
        assertEquals("reload", nextEvent());
    }

    @Test
    void draftsAreShownAndMarked() throws Exception {
        String page = get("en/advisories/draft-note/");
        assertTrue(page.contains("class=\"draft-banner\""), page);
        assertTrue(get("ko/advisories/").contains("<span class=\"draft-label\">초안</span>"));
    }
}
