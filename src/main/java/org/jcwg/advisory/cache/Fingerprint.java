package org.jcwg.advisory.cache;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.stream.Stream;

/** SHA-256 of a sequence of parts, each length-prefixed so that no two sequences collide by concatenation. */
public final class Fingerprint {

    /**
     * A stamp of this generator's code, for caches that hold what it made on this machine: a
     * changed generator never takes what another one made. (The PDF cache, which CI machines share,
     * names the generator by its version instead.)
     */
    public static final String GENERATOR_CODE = codeStamp();

    private Fingerprint() {
    }

    public static String of(byte[]... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                sha.update(Integer.toString(part.length).getBytes(StandardCharsets.US_ASCII));
                sha.update((byte) ':');
                sha.update(part);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * The fingerprint of a long text, remembered while the text is in use: the same document body
     * keys a build's comparison, exports and search entries, and hashing it is most of their cost.
     */
    public static String ofText(String text) {
        String known = TEXTS.get(text);
        if (known == null) {
            known = of(text);
            TEXTS.put(text, known);
        }
        return known;
    }

    /**
     * Remembers {@code digest} as the fingerprint of {@code text}, as {@link #ofText} would: for a
     * caller that knows it from an earlier build (and must be sure it is {@code of(text)}).
     */
    public static void rememberText(String text, String digest) {
        TEXTS.putIfAbsent(text, digest);
    }

    private static final Map<String, String> TEXTS = Collections.synchronizedMap(new WeakHashMap<>());

    public static String of(String... parts) {
        byte[][] bytes = new byte[parts.length][];
        for (int i = 0; i < parts.length; i++) bytes[i] = parts[i].getBytes(StandardCharsets.UTF_8);
        return of(bytes);
    }

    /**
     * Each file under {@code folder} (none when there is no such folder) with its size and time, a
     * line each in a fixed order: any edit, addition or removal changes it, without reading a file.
     */
    public static String folderStamp(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) return "";
        StringBuilder stamp = new StringBuilder();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                stamp.append(folder.relativize(p)).append(' ').append(Files.size(p)).append(' ')
                        .append(Files.getLastModifiedTime(p).toMillis()).append('\n');
            }
        }
        return stamp.toString();
    }

    /**
     * What the jar holds ({@link JarContent}: the same for a jar made again from the same sources,
     * as every {@code mvn package} does, here or on a CI machine), or, when running from a class
     * folder (tests, an IDE), every class file's name, size and time and the class path; and the
     * Java runtime, whose libraries (Unicode's tables, for one) can change what the same code makes.
     */
    private static String codeStamp() {
        try {
            Path code = Path.of(Fingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            StringBuilder stamp = new StringBuilder(String.valueOf(Fingerprint.class.getPackage().getImplementationVersion()))
                    .append(' ').append(System.getProperty("java.vendor")).append(' ').append(System.getProperty("java.runtime.version"));
            if (Files.isRegularFile(code)) {
                Optional<String> content = JarContent.stamp(code);
                stamp.append(' ').append(content.isPresent() ? content.get()
                        : Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis());
                return stamp.toString();
            }
            stamp.append(' ').append(System.getProperty("java.class.path")).append('\n').append(folderStamp(code));
            return of(stamp.toString());
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // Code from somewhere unusual: a stamp no other run shares, so nothing is reused.
            return "unknown " + System.nanoTime();
        }
    }
}
