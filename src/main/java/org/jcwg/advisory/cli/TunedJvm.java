package org.jcwg.advisory.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Runs a batch command ({@code build}, {@code check}, {@code accept}) in a child JVM with options
 * that suit a short run on few cores, since a jar cannot choose its own JVM's options. Measured on
 * the 2-core machine, 1,000 pairs: the JVM's defaults (G1, C2) spend a core compiling with C2 and
 * grow the heap by page faults that cost the kernel seconds; with {@link #OPTIONS} {@code check}
 * took 8.4-11.7 s instead of 14.5-16.9 s in a quarter of the memory (README, Benchmark at scale).
 * A JVM the user started with options of their own (or {@code JAVA_TOOL_OPTIONS} and kin) is left
 * as it is, and so is {@code serve}, whose warm JVM profits from C2.
 */
final class TunedJvm {

    /**
     * Serial GC and C1 only; a starting heap of 4% of memory (not 1/64), so that a build of 1,000
     * pairs collects its young objects half as often and never stops to grow the heap: a build with
     * nothing changed took 3.9 s instead of 4.3 s (median of 6, README), for about 100 MiB more
     * peak memory.
     */
    static final List<String> OPTIONS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:InitialRAMPercentage=4");

    /** Where Linux says whether a program may ask for transparent huge pages. */
    static final Path HUGE_PAGES_MODE = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");

    /** The child's marker: the parent's process id, so that the child dies with its parent. */
    static final String PARENT = "advisory-site.parent";

    private static final Set<String> BATCH = Set.of("build", "check", "accept");

    private static final List<String> OPTION_VARIABLES = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

    private TunedJvm() {
    }

    /** How this program was started: the class {@code main} ran in, and the jar holding it, if any. */
    record Program(String mainClass, Optional<Path> jar) {
        boolean startedBy(List<String> launcher, int entry) {
            String e = launcher.get(entry);
            if (entry > 0 && launcher.get(entry - 1).equals("-jar")) {
                return jar.isPresent() && Path.of(e).toAbsolutePath().normalize().equals(jar.get());
            }
            return e.equals(mainClass);
        }
    }

    /**
     * The child's command line, or empty to run here: {@code launcher} is this JVM's command line
     * after the executable (its options, {@code -jar JAR} or the main class, then {@code args});
     * anything else (a host that called {@code main}, such as Maven's exec:java) runs here.
     */
    static Optional<List<String>> childCommand(Path java, List<String> launcher, String[] args, Program program,
            Map<String, String> env, long parentPid, List<String> options) {
        if (OPTION_VARIABLES.stream().anyMatch(v -> !env.getOrDefault(v, "").isBlank())) return Optional.empty();
        if (firstCommand(args).filter(BATCH::contains).isEmpty()) return Optional.empty();
        int entry = launcher.size() - args.length - 1; // -jar's JAR, or the main class
        if (entry < 0 || !onlyClassPathAndProperties(launcher.subList(0, entry)) || !program.startedBy(launcher, entry)
                || !launcher.subList(entry + 1, launcher.size()).equals(List.of(args))) {
            return Optional.empty();
        }
        List<String> child = new ArrayList<>();
        child.add(java.toString());
        child.addAll(options);
        child.add("-D" + PARENT + "=" + parentPid);
        child.addAll(launcher);
        return Optional.of(List.copyOf(child));
    }

    /**
     * {@link #OPTIONS}, with transparent huge pages for the heap where the kernel gives them to a
     * program that asks ({@code hugePagesMode} is {@link #HUGE_PAGES_MODE}'s text, empty if
     * unreadable): the serial collector then touches a 2 MiB page where it touched 512 small ones,
     * and spent 0.7 s instead of 1.2 s in the pauses of a build with nothing changed (1,000 pairs).
     * Where the kernel refuses them the option only earns a warning on standard output, which
     * would garble a command's output: it is not given, and the warning is off in any case.
     */
    static List<String> options(String hugePagesMode) {
        if (!hugePagesMode.contains("[madvise]")) return OPTIONS;
        List<String> options = new ArrayList<>(OPTIONS);
        options.addAll(List.of("-XX:+UseTransparentHugePages", "-Xlog:pagesize=off"));
        return List.copyOf(options);
    }

    private static String hugePagesMode() {
        try {
            return Files.readString(HUGE_PAGES_MODE);
        } catch (IOException | RuntimeException e) {
            return ""; // not Linux, or not said
        }
    }

    private static Optional<String> firstCommand(String[] args) {
        for (String a : args) if (!a.startsWith("-")) return Optional.of(a);
        return Optional.empty();
    }

    /** Whether the JVM's own options only set a class path or system properties (else the user chose the JVM). */
    private static boolean onlyClassPathAndProperties(List<String> options) {
        int i = 0;
        while (i < options.size()) {
            String o = options.get(i);
            if (o.equals("-jar") && i == options.size() - 1) return true;
            if ((o.equals("-cp") || o.equals("-classpath") || o.equals("--class-path")) && i + 1 < options.size()) {
                i += 2;
            } else if (o.startsWith("-D")) {
                i++;
            } else {
                return false;
            }
        }
        return true;
    }

    /** Runs the command in a tuned child when that applies: its exit status, or empty to run here. */
    static OptionalInt runInChild(String[] args) {
        if (System.getProperty(PARENT) != null) return OptionalInt.empty();
        // The options are HotSpot's server VM's: another VM might refuse to start with them.
        if (!System.getProperty("java.vm.name", "").contains("Server VM")) return OptionalInt.empty();
        ProcessHandle self = ProcessHandle.current();
        Optional<String[]> launcher = self.info().arguments(); // empty for a command line over 4,096 bytes
        if (launcher.isEmpty()) return OptionalInt.empty();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Program program = thisProgram();
        List<String> options = options(hugePagesMode());
        Optional<List<String>> command = childCommand(java, List.of(launcher.get()), args, program, System.getenv(),
                self.pid(), options);
        if (command.isEmpty()) return OptionalInt.empty();
        Optional<ClassDataArchive> archive = program.jar().flatMap(jar -> classDataArchive(jar, args, self.pid()));
        List<String> started = new ArrayList<>(command.get());
        archive.ifPresent(a -> started.addAll(1 + options.size(), a.options()));
        Process child;
        try {
            child = new ProcessBuilder(started).inheritIO().start();
        } catch (IOException | UnsupportedOperationException e) {
            return OptionalInt.empty(); // no child: the command runs here, as it would have
        }
        // Stopped (Ctrl-C, a CI job cancelled), the parent stops the child and waits for its own
        // cleanup; after the child's own end, as the parent exits, the hook finds nothing to stop.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            child.destroy();
            child.onExit().join();
        }));
        int status = child.onExit().join().exitValue(); // join, unlike waitFor, is not interrupted
        archive.ifPresent(a -> a.afterExit(status));
        return OptionalInt.of(status);
    }

    /** The child's class-data archive for the jar this program runs from, when the runtime shares classes. */
    private static Optional<ClassDataArchive> classDataArchive(Path jar, String[] args, long pid) {
        String command = firstCommand(args).orElse("");
        // The archive extends the runtime's own (a JDK's lib/server/classes.jsa), which is named by its home.
        String home = System.getProperty("java.home", "");
        String runtime = System.getProperty("java.vm.version", "unknown") + "-" + Integer.toHexString(home.hashCode());
        return ClassDataArchive.of(jar, command, runtime, System.getProperty("java.vm.info", "").contains("sharing"), pid);
    }

    private static Program thisProgram() {
        Optional<Path> jar = Optional.empty(); // not from a jar we can name: only the main-class form is recognised
        CodeSource code = Main.class.getProtectionDomain().getCodeSource();
        if (code != null) {
            try {
                jar = Optional.of(Path.of(code.getLocation().toURI()).toAbsolutePath().normalize()).filter(Files::isRegularFile);
            } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
                // a location that is no file
            }
        }
        return new Program(Main.class.getName(), jar);
    }

    /**
     * In the child: a parent killed outright (SIGKILL) cannot stop its child, so the child stops
     * itself as abruptly once it has another parent (the orphan's new one). The parent's id, not
     * its liveness, is watched: a killed parent can stay a zombie until something reaps it.
     */
    static void stopWithParent() {
        long parent;
        try {
            parent = Long.parseLong(System.getProperty(PARENT, ""));
        } catch (NumberFormatException e) {
            return; // not a child of ours
        }
        Thread watch = new Thread(() -> {
            while (ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L) == parent) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
            Runtime.getRuntime().halt(137); // 128 + SIGKILL, as the parent ended
        }, "advisory-site-parent-watch");
        watch.setDaemon(true);
        watch.start();
    }
}
