package org.jcwg.advisory.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code serve} as an editor runs it, in a process of its own: after it has built the
 * publication, a Korean section is saved three times, and each time the probe measures how long
 * until the served page shows the edit, and until the full build that follows has finished.
 * The edited file is restored afterwards.
 */
final class ServeProbe {

    private static final Pattern SERVING = Pattern.compile("Serving (http://127\\.0\\.0\\.1:\\d+/)");
    private static final String ANCHOR = "## 완화 조치 {#mitigations}\n\n";
    private static final long TIMEOUT_MILLIS = 300_000;

    /** One save: to the page served with it, and to the end of the full build after it. */
    record Round(long pageMillis, long buildMillis) {
    }

    private ServeProbe() {
    }

    /** @param document relative to the language folders, with a mitigations section in Korean */
    static List<Round> run(String java, Path jar, Path root, String document) throws IOException, InterruptedException {
        Path edited = root.resolve("content-ko").resolve(document);
        String original = Files.readString(edited);
        if (!original.contains(ANCHOR)) throw new IllegalStateException(edited + " has no mitigations section");
        Process serve = new ProcessBuilder(java, "-jar", jar.toString(), "serve", "--root", root.toString(), "--port", "0")
                .redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) lines.add(line);
            } catch (IOException e) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            String url = null;
            while (url == null) {
                Matcher m = SERVING.matcher(next(lines, "serve to start"));
                if (m.find()) url = m.group(1);
            }
            URI page = URI.create(url + "ko/" + document.replace(".md", "") + "/");
            HttpClient http = HttpClient.newHttpClient();
            // The page once before any edit: the first round would time this client's own start too.
            http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.discarding());
            List<Round> rounds = new ArrayList<>();
            for (String word : new String[] {"첫째", "둘째", "셋째"}) {
                // Words, not digits: a number in one language only would be a fact the check rejects.
                String marker = word + " 수정본: ";
                lines.clear();
                long start = System.nanoTime();
                Files.writeString(edited, original.replace(ANCHOR, ANCHOR + marker));
                while (!http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString()).body()
                        .contains(marker)) {
                    if (System.nanoTime() - start > TIMEOUT_MILLIS * 1_000_000) throw new IllegalStateException("no update");
                    Thread.sleep(5);
                }
                long served = System.nanoTime();
                while (!next(lines, "the full build").startsWith("Built ")) {
                    // other lines of the log
                }
                rounds.add(new Round((served - start) / 1_000_000, (System.nanoTime() - start) / 1_000_000));
            }
            return rounds;
        } finally {
            serve.destroy();
            serve.waitFor(30, TimeUnit.SECONDS);
            Files.writeString(edited, original);
        }
    }

    private static String next(BlockingQueue<String> lines, String what) throws InterruptedException {
        String line = lines.poll(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        if (line == null) throw new IllegalStateException("serve printed nothing while waiting for " + what);
        if (line.startsWith("Rebuild failed")) throw new IllegalStateException("serve: " + line);
        return line;
    }
}
