package org.jcwg.advisory.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves the preview build on 127.0.0.1 only: the files of the output folder, with a small
 * script added to every HTML page that listens on {@code /__preview/events} (server-sent
 * events) for "reload" after a good rebuild and "errors" after a bad one. Thread-safe.
 */
final class PreviewServer implements AutoCloseable {

    static final String EVENTS = "/__preview/events";
    static final String SCRIPT = "/__preview/live.js";
    private static final String INJECT = "<script src=\"" + SCRIPT + "\"></script>";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("pdf", "application/pdf"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("svg", "image/svg+xml"),
            Map.entry("webp", "image/webp"));

    /**
     * The JDK's server writes a response's headers and body apart; on a kept-alive connection
     * (browsers, HttpClient) Nagle's algorithm then holds the body until the client's delayed
     * acknowledgement: 40-50 ms on every request, measured, a fifth of the time from a save to the
     * page shown. The server reads this once, when its first instance is made.
     */
    static final String NO_DELAY = "sun.net.httpserver.nodelay";

    static {
        if (System.getProperty(NO_DELAY) == null) System.setProperty(NO_DELAY, "true");
    }

    private final Path site;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "advisory-site-serve");
        t.setDaemon(true);
        return t;
    });
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private final byte[] script;
    private volatile String state = "ok";
    private volatile String stateData = "";

    PreviewServer(Path site, int port) throws IOException {
        this.site = site;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        try (InputStream in = PreviewServer.class.getResourceAsStream("/preview/live.js")) {
            if (in == null) throw new IllegalStateException("preview/live.js missing from the jar");
            this.script = in.readAllBytes();
        }
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Tells every open page to reload (a rebuild succeeded). */
    void reload() {
        state = "ok";
        stateData = "";
        send("reload", "");
    }

    /** Shows the errors on every open page (a rebuild failed); {@code json} is their list. */
    void errors(String json) {
        state = "errors";
        stateData = json;
        send("errors", json);
    }

    private void send(String event, String data) {
        byte[] message = ("event: " + event + "\ndata: " + data.replace("\n", "\ndata: ") + "\n\n").getBytes(StandardCharsets.UTF_8);
        for (OutputStream out : listeners) {
            try {
                out.write(message);
                out.flush();
            } catch (IOException e) {
                listeners.remove(out); // the page was closed
            }
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = URLDecoder.decode(ex.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
        if (path.equals(EVENTS)) {
            ex.getResponseHeaders().set("Content-Type", "text/event-stream");
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            // The current state first, so a page opened while the content is broken shows why.
            String now = state.equals("errors") ? "event: errors\ndata: " + stateData + "\n\n" : "event: ok\ndata: \n\n";
            out.write(now.getBytes(StandardCharsets.UTF_8));
            out.flush();
            listeners.add(out); // kept open; closed by the page or the server
            return;
        }
        if (path.equals(SCRIPT)) {
            respond(ex, 200, "text/javascript; charset=utf-8", script);
            return;
        }
        Path file = site.resolve(path.substring(1)).normalize();
        if (!file.startsWith(site)) {
            respond(ex, 404, "text/plain; charset=utf-8", "not found".getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (Files.isDirectory(file)) file = file.resolve("index.html");
        if (!Files.isRegularFile(file)) {
            Path notFound = site.resolve("404.html");
            byte[] body = Files.isRegularFile(notFound) ? inject(Files.readAllBytes(notFound)) : "not found".getBytes(StandardCharsets.UTF_8);
            respond(ex, 404, "text/html; charset=utf-8", body);
            return;
        }
        String name = file.getFileName().toString();
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        byte[] body = Files.readAllBytes(file);
        respond(ex, 200, TYPES.getOrDefault(ext, "application/octet-stream"), ext.equals("html") ? inject(body) : body);
    }

    private static byte[] inject(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        int end = page.lastIndexOf("</body>");
        return (end < 0 ? page + INJECT : page.substring(0, end) + INJECT + page.substring(end)).getBytes(StandardCharsets.UTF_8);
    }

    private static void respond(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        for (OutputStream out : listeners) {
            try {
                out.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        server.stop(0);
        executor.shutdownNow();
    }
}
