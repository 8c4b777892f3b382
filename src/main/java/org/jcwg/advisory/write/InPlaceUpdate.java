package org.jcwg.advisory.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Brings a previous site up to date from a staging folder that holds only the files that changed:
 * they are moved in, and the previous site's files the new one does not have are deleted. A build
 * with little changed then touches little, where replacing the whole folder linked every
 * unchanged file into a new one and deleted the old one file by file (0.7 s of a 1,000-pair
 * build with nothing changed). First the staging folder gets a journal of the files to delete,
 * written whole or not at all: from then on the update is decided, and an update cut short (a
 * killed build) is finished by the next build ({@link #finish}), so the folder is once again the
 * previous site, whole, or the new one, whole. Stateless.
 */
final class InPlaceUpdate {

    /** The journal's name in a staging folder; no output can have it ({@link SiteWriter} refuses it). */
    static final String JOURNAL = SiteWriter.MARKER + ".update";

    private static final String HEADER = "advisory-site update 1";
    private static final String END = "end";

    private InPlaceUpdate() {
    }

    /**
     * Decides and applies the update of {@code target} from {@code staging}: {@code outputs} are
     * the paths of every file of the new site, relative to it, as written to the staging folder
     * or found unchanged in {@code target}.
     */
    static void apply(Path staging, Path target, Set<String> outputs) throws IOException {
        finish(staging, target, decide(staging, target, outputs));
    }

    /** Writes the journal, which decides the update, and gives the files it deletes. */
    static List<String> decide(Path staging, Path target, Set<String> outputs) throws IOException {
        List<String> gone = new ArrayList<>();
        for (String file : files(target)) {
            if (!outputs.contains(file) && !file.equals(SiteWriter.MARKER)) gone.add(file);
        }
        StringBuilder journal = new StringBuilder(HEADER).append('\n');
        for (String file : gone) journal.append(file).append('\n');
        AtomicFile.write(staging.resolve(JOURNAL), journal.append(END).append('\n').toString().getBytes(StandardCharsets.UTF_8));
        return gone;
    }

    /**
     * Whether {@code staging} holds a decided update (its journal is whole): if so, it is finished
     * into {@code target}; a staging folder without one was cut before its build decided anything.
     */
    static boolean finishIfDecided(Path staging, Path target) throws IOException {
        Optional<List<String>> gone = journal(staging);
        if (gone.isEmpty()) return false;
        finish(staging, target, gone.get());
        return true;
    }

    /** The files to delete that the journal lists, or empty when there is no whole journal. */
    private static Optional<List<String>> journal(Path staging) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(staging.resolve(JOURNAL), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(lines.size() - 1).equals(END)) {
            return Optional.empty();
        }
        return Optional.of(lines.subList(1, lines.size() - 1));
    }

    /**
     * Deletes what is gone, then moves in the staged files, then removes the staging folder; each
     * step may already have been done by an update that was cut short, and is then skipped.
     * Deleting first frees a name that changes from folder to file or back.
     */
    private static void finish(Path staging, Path target, List<String> gone) throws IOException {
        Set<Path> emptied = new TreeSet<>(Comparator.comparingInt(Path::getNameCount).reversed().thenComparing(Comparator.naturalOrder()));
        for (String file : gone) {
            Path p = target.resolve(file);
            // Finishing a cut update, the name may already be the new site's folder, or a folder
            // on its path the new site's file.
            if (Files.isDirectory(p.getParent(), LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                Files.deleteIfExists(p);
            }
            for (Path dir = p.getParent(); dir != null && !dir.equals(target); dir = dir.getParent()) emptied.add(dir);
        }
        for (Path dir : emptied) deleteIfEmpty(dir);
        for (String file : files(staging)) {
            if (file.equals(JOURNAL)) continue;
            Path dest = target.resolve(file);
            Files.createDirectories(dest.getParent());
            if (Files.isDirectory(dest, LinkOption.NOFOLLOW_LINKS)) SiteWriter.deleteTree(dest);
            move(staging.resolve(file), dest);
        }
        SiteWriter.deleteTree(staging);
    }

    private static void deleteIfEmpty(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) return;
        try (var entries = Files.newDirectoryStream(dir)) {
            if (entries.iterator().hasNext()) return;
        }
        Files.delete(dir);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Every file under {@code root} that is not a folder (links too), as a relative path with '/', in a fixed order. */
    private static List<String> files(Path root) throws IOException {
        List<String> found = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                found.add(relative(root, file));
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(Comparator.naturalOrder());
        return found;
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }
}
