package org.jcwg.advisory.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The child JVM's class-data-sharing archive: the classes a command loads (flexmark, FreeMarker,
 * ICU4J, the generator's own), parsed and verified once and mapped from a file by every later run.
 * It took a build of the 12-document sample with nothing changed from 1.65-1.72 s to 1.16-1.18 s
 * in the child's JVM alone, and a one-file rebuild of 1,000 pairs from 4.8-5.0 s to 4.5-4.6 s. The first run of a command
 * writes it as it exits (JDK 17 has no automatic archive); it lives beside the jar, in
 * {@code <jar>.cds/}, one for {@code build} and one for {@code check} (they load different
 * classes; {@code accept} maps the one of {@code check}),
 * named after the runtime, the jar's size and time, and its own size.
 *
 * <p>The runtime maps an archive without checking its length and crashes on one cut short, and an
 * archive read with a flipped bit is undefined: so an archive is written under a temporary name,
 * synced and renamed only after a normal exit, used only at the length its name gives, and
 * checked by the runtime as it maps it ({@code -XX:+VerifySharedSpaces}). A child that crashed
 * with one anyway has it deleted. A folder that cannot be written means no archive, not an error.
 * Immutable.
 */
final class ClassDataArchive {

    /** The runtime's own messages about archives (a stale one is expected, and not the user's business). */
    private static final String QUIET = "-Xlog:cds*=off";
    /** Exit statuses of a JVM that crashed: abort (its fatal error handler), SIGBUS, SIGSEGV. */
    private static final Set<Integer> CRASHES = Set.of(134, 135, 139);
    /** The archive each command maps: {@code accept} loads what {@code check} does. */
    private static final Map<String, String> ARCHIVES = Map.of("build", "build", "check", "check", "accept", "check");

    private final Path folder;
    private final String archiveOf;
    private final String stem;
    private final Optional<Path> use;
    private final Path dump;

    private ClassDataArchive(Path folder, String archiveOf, String stem, Optional<Path> use, Path dump) {
        this.folder = folder;
        this.archiveOf = archiveOf;
        this.stem = stem;
        this.use = use;
        this.dump = dump;
    }

    /**
     * The archive of {@code command} for {@code jar} in this runtime: to use, or to write this
     * time. Empty when there is none to have: a command without one, a runtime that maps no base
     * archive of its own (the dynamic archive extends it), or a folder that cannot be made.
     */
    static Optional<ClassDataArchive> of(Path jar, String command, String runtime, boolean runtimeShares, long pid) {
        String archiveOf = ARCHIVES.get(command);
        if (!runtimeShares || archiveOf == null) return Optional.empty();
        try {
            Path folder = jar.resolveSibling(jar.getFileName() + ".cds");
            Files.createDirectories(folder);
            String stem = String.format(Locale.ROOT, "%s-%s-%d-%d-", archiveOf, runtime.replaceAll("[^A-Za-z0-9._+-]", "_"),
                    Files.size(jar), Files.getLastModifiedTime(jar).toMillis());
            Optional<Path> use = Optional.empty();
            try (DirectoryStream<Path> archives = Files.newDirectoryStream(folder, "*.jsa")) {
                for (Path a : archives) {
                    if (use.isEmpty() && isWhole(a, stem)) use = Optional.of(a);
                }
            }
            return Optional.of(new ClassDataArchive(folder, archiveOf, stem, use, folder.resolve(stem + pid + ".tmp")));
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code archive} is this stem's and as long as its name says. */
    private static boolean isWhole(Path archive, String stem) throws IOException {
        String name = archive.getFileName().toString();
        if (!name.startsWith(stem)) return false;
        String length = name.substring(stem.length(), name.length() - ".jsa".length());
        if (!length.matches("\\d{1,18}")) return false;
        return Files.size(archive) == Long.parseLong(length);
    }

    /** The child's options: map the archive, or write it at exit. */
    List<String> options() {
        return use.map(a -> List.of(QUIET, "-XX:+VerifySharedSpaces", "-XX:SharedArchiveFile=" + a))
                .orElse(List.of(QUIET, "-XX:ArchiveClassesAtExit=" + dump));
    }

    /**
     * After the child: an archive just written is put in place (and those of other jars and
     * runtimes removed) if the child ended normally; one the child crashed with is removed.
     */
    void afterExit(int status) {
        try {
            if (use.isPresent()) {
                if (CRASHES.contains(status)) Files.deleteIfExists(use.get());
                return;
            }
            if ((status != 0 && status != 1) || !Files.isRegularFile(dump) || Files.size(dump) == 0) {
                Files.deleteIfExists(dump);
                return;
            }
            try (FileChannel written = FileChannel.open(dump, StandardOpenOption.READ)) {
                written.force(true); // a rename can reach the disk before the bytes do
            }
            Path archive = folder.resolve(stem + Files.size(dump) + ".jsa");
            try {
                Files.move(dump, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(dump, archive, StandardCopyOption.REPLACE_EXISTING);
            }
            try (DirectoryStream<Path> archives = Files.newDirectoryStream(folder, archiveOf + "-*.jsa")) {
                for (Path a : archives) {
                    if (!a.getFileName().toString().startsWith(stem)) Files.deleteIfExists(a);
                }
            }
            // Archives that runs stopped while writing.
            try (DirectoryStream<Path> left = Files.newDirectoryStream(folder, "*.tmp")) {
                for (Path t : left) {
                    String name = t.getFileName().toString();
                    String pid = name.substring(name.lastIndexOf('-') + 1, name.length() - ".tmp".length());
                    if (pid.matches("\\d{1,18}") && ProcessHandle.of(Long.parseLong(pid)).isEmpty()) Files.deleteIfExists(t);
                }
            }
        } catch (IOException e) {
            // Only time was to be saved; the next run writes it again.
            try {
                Files.deleteIfExists(dump);
            } catch (IOException ignored) {
                // left for the next run to replace
            }
        }
    }
}
