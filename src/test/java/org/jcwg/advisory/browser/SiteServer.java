package org.jcwg.advisory.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a built site from a folder on 127.0.0.1 at a random port, the way a static host does:
 * a folder URL serves its index.html, a folder without its slash is redirected, a missing file
 * gets the site's 404.html with status 404, and every file goes out with its content type.
 *
 * <p>The built pages name the deployed origin (the site's base URL) in absolute links: the 404
 * page's style sheet and links, canonical and hreflang alternates. This server stands in for that
 * origin, so in HTML it replaces the base URL with its own; nothing else is changed. Thread-safe.
 */
final class SiteServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("xml", "application/xml"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("txt", "text/plain; charset=utf-8"));

    private final Path root;
    private final String baseUrl;
    private final HttpServer server;
    private final ExecutorService executor;

    /** Starts serving {@code root}; {@code baseUrl} (ending in "/", or null) is the origin the pages name. */
    SiteServer(Path root, String baseUrl) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.baseUrl = baseUrl;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.executor = Executors.newFixedThreadPool(4);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The origin, without the final slash: http://127.0.0.1:PORT */
    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** An absolute URL of a site path that starts with "/". */
    String url(String path) {
        return origin() + path;
    }

    /** The content type this server sends for a file name. */
    static String contentType(String fileName) {
        if (fileName.equals("feed.xml") || fileName.endsWith(".atom")) return "application/atom+xml";
        if (fileName.equals("feed.json")) return "application/feed+json";
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(ex, 405, "text/plain; charset=utf-8", new byte[0]);
                return;
            }
            String path = URI.create(ex.getRequestURI().getRawPath()).getPath();
            Path file = root.resolve(path.substring(1)).normalize();
            if (!file.startsWith(root) || path.contains("\\")) {
                sendNotFound(ex);
                return;
            }
            if (Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    ex.getResponseHeaders().set("Location", path + "/");
                    send(ex, 301, "text/plain; charset=utf-8", new byte[0]);
                    return;
                }
                file = file.resolve("index.html");
            }
            if (!Files.isRegularFile(file)) {
                sendNotFound(ex);
                return;
            }
            sendFile(ex, 200, file);
        }
    }

    private void sendNotFound(HttpExchange ex) throws IOException {
        Path page = root.resolve("404.html");
        if (Files.isRegularFile(page)) sendFile(ex, 404, page);
        else send(ex, 404, "text/plain; charset=utf-8", "Not found".getBytes(StandardCharsets.UTF_8));
    }

    private void sendFile(HttpExchange ex, int status, Path file) throws IOException {
        String type = contentType(file.getFileName().toString());
        byte[] body = Files.readAllBytes(file);
        if (type.startsWith("text/html") && baseUrl != null) {
            body = new String(body, StandardCharsets.UTF_8).replace(baseUrl, origin() + "/").getBytes(StandardCharsets.UTF_8);
        }
        send(ex, status, type, body);
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
