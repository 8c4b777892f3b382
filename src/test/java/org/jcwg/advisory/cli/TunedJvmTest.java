package org.jcwg.advisory.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jcwg.advisory.testing.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which commands run in a tuned child JVM, and that the child behaves as the command run in place. */
class TunedJvmTest {

    private static final Path JAVA = Path.of("/jdk/bin/java");

    private static final TunedJvm.Program PROGRAM = new TunedJvm.Program(Main.class.getName(),
            Optional.of(Path.of("a.jar").toAbsolutePath()));

    @TempDir
    Path tmp;

    private static Optional<List<String>> child(List<String> jvmOptions, String entry, Map<String, String> env, String... args) {
        List<String> launcher = new ArrayList<>(jvmOptions);
        launcher.add(entry);
        launcher.addAll(List.of(args));
        return TunedJvm.childCommand(JAVA, launcher, args, PROGRAM, env, 42, TunedJvm.OPTIONS);
    }

    @Test
    void aBatchCommandOfAPlainJavaJarRunsInATunedChild() {
        List<String> expected = new ArrayList<>(List.of("/jdk/bin/java"));
        expected.addAll(TunedJvm.OPTIONS);
        expected.addAll(List.of("-Dadvisory-site.parent=42", "-jar", "a.jar", "build", "--no-pdf"));
        assertEquals(Optional.of(expected), child(List.of("-jar"), "a.jar", Map.of(), "build", "--no-pdf"));
        assertTrue(child(List.of("-jar"), "a.jar", Map.of("CI", "true"), "check").isPresent());
        assertTrue(child(List.of("-jar"), "a.jar", Map.of(), "--debug", "accept").isPresent());
        Optional<List<String>> classPath = child(List.of("-cp", "a.jar:b.jar", "-Dfile.encoding=UTF-8"),
                Main.class.getName(), Map.of(), "check", "--root", "x");
        assertEquals(List.of("-cp", "a.jar:b.jar", "-Dfile.encoding=UTF-8", "org.jcwg.advisory.cli.Main", "check", "--root", "x"),
                classPath.orElseThrow().subList(1 + TunedJvm.OPTIONS.size() + 1, classPath.orElseThrow().size()));
    }

    @Test
    void hugePagesAreAskedForOnlyWhereTheKernelGivesThemOnRequest() {
        List<String> madvise = TunedJvm.options("always [madvise] never\n");
        assertTrue(madvise.containsAll(TunedJvm.OPTIONS), madvise.toString());
        assertTrue(madvise.contains("-XX:+UseTransparentHugePages"), madvise.toString());
        // Refused, the option prints a warning on standard output; with "always" the heap has them anyway.
        for (String mode : List.of("always madvise [never]\n", "[always] madvise never\n", "")) {
            assertEquals(TunedJvm.OPTIONS, TunedJvm.options(mode), mode);
        }
    }

    @Test
    void serveNewAndHelpStayInTheJvmTheyWereStartedIn() {
        assertEquals(Optional.empty(), child(List.of("-jar"), "a.jar", Map.of(), "serve"));
        assertEquals(Optional.empty(), child(List.of("-jar"), "a.jar", Map.of(), "new", "advisory", "x"));
        assertEquals(Optional.empty(), child(List.of("-jar"), "a.jar", Map.of(), "--help"));
        assertEquals(Optional.empty(), child(List.of("-jar"), "a.jar", Map.of()));
    }

    @Test
    void aJvmTheUserChoseOptionsForIsLeftAsItIs() {
        assertEquals(Optional.empty(), child(List.of("-Xmx2g", "-jar"), "a.jar", Map.of(), "build"));
        assertEquals(Optional.empty(), child(List.of("-XX:+UseG1GC", "-jar"), "a.jar", Map.of(), "build"));
        assertEquals(Optional.empty(), child(List.of("-javaagent:x.jar", "-cp", "a.jar"), Main.class.getName(), Map.of(), "build"));
        assertEquals(Optional.empty(), child(List.of("@options", "-jar"), "a.jar", Map.of(), "build"));
        for (String variable : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS")) {
            assertEquals(Optional.empty(), child(List.of("-jar"), "a.jar", Map.of(variable, "-Xmx1g"), "build"), variable);
        }
        assertTrue(child(List.of("-jar"), "a.jar", Map.of("JAVA_TOOL_OPTIONS", " "), "build").isPresent());
        // A command line this cannot read: run in place.
        assertEquals(Optional.empty(), TunedJvm.childCommand(JAVA, List.of("build"), new String[] {"check", "build"}, PROGRAM,
                Map.of(), 1, TunedJvm.OPTIONS));
    }

    @Test
    void aHostThatCalledMainIsNotStartedAgain() {
        // Maven's exec:java, a test runner: main's arguments are not the host's.
        assertEquals(Optional.empty(), child(List.of("-cp", "boot.jar", "-Dmaven.home=/m"), "org.codehaus.Launcher", Map.of(),
                "build"));
        assertEquals(Optional.empty(), child(List.of("-jar"), "other.jar", Map.of(), "build"));
        List<String> launcher = List.of("-cp", "a.jar", Main.class.getName(), "-q", "package");
        assertEquals(Optional.empty(), TunedJvm.childCommand(JAVA, launcher, new String[] {"build", "x"}, PROGRAM, Map.of(), 1,
                TunedJvm.OPTIONS));
    }

    /**
     * {@code java Main ARGS}, the class path in the environment: the runtime reads no command line
     * of more than 4,096 bytes (the test class path is longer), and runs such a one in place.
     */
    private static ProcessBuilder main(Path root, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile());
        pb.environment().keySet().removeAll(List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS"));
        pb.environment().put("CLASSPATH", System.getProperty("java.class.path"));
        return pb;
    }

    private static List<String> arguments(ProcessHandle p) {
        return p.info().arguments().map(List::of).orElse(List.of());
    }

    /** The parent's child once it is the JVM (it is the runtime's spawn helper at first); empty when none came. */
    private static Optional<ProcessHandle> tunedChild(Process parent) throws InterruptedException {
        while (parent.isAlive()) {
            Optional<ProcessHandle> child = parent.children().findFirst()
                    .filter(c -> arguments(c).stream().anyMatch(a -> a.startsWith("-D" + TunedJvm.PARENT + "=")));
            if (child.isPresent()) return child;
            Thread.sleep(5);
        }
        return Optional.empty();
    }

    @Test
    void theChildHasTheTunedOptionsAndItsExitStatusIsTheCommands() throws Exception {
        Path root = Project.minimal(tmp.resolve("project")).write();
        Path log = tmp.resolve("build.log");
        Process parent = main(root, "build", "--no-pdf").redirectErrorStream(true).redirectOutput(log.toFile()).start();
        List<String> childArguments = tunedChild(parent).map(TunedJvmTest::arguments).orElse(List.of());
        assertTrue(parent.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, parent.exitValue(), Files.readString(log));
        String hugePages = Files.isReadable(TunedJvm.HUGE_PAGES_MODE) ? Files.readString(TunedJvm.HUGE_PAGES_MODE) : "";
        assertTrue(childArguments.containsAll(TunedJvm.options(hugePages)), childArguments.toString());
        assertTrue(Files.readString(log).contains("Built 1 document ("), Files.readString(log));
        assertTrue(Files.isRegularFile(root.resolve("site/en/advisories/fake-jobs/index.html")));

        Path en = root.resolve("content-en/advisories/fake-jobs.md");
        Files.writeString(en, Files.readString(en).replace("date: 2023-02-09\n", "date: 2023-02-31\n"));
        Process broken = main(root, "check").redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(broken.waitFor(120, TimeUnit.SECONDS));
        assertEquals(1, broken.exitValue(), Files.readString(log));
        assertTrue(Files.readString(log).contains("fake-jobs.md:6"), Files.readString(log));
    }

    @Test
    void aChildWhoseParentIsKilledStopsToo() throws Exception {
        Path root = Project.minimal(tmp.resolve("project")).write();
        Process parent = main(root, "build", "--no-pdf").redirectErrorStream(true)
                .redirectOutput(tmp.resolve("build.log").toFile()).start();
        Optional<ProcessHandle> child = tunedChild(parent);
        assertTrue(child.isPresent(), "no child started");
        parent.destroyForcibly().waitFor();
        child.get().onExit().get(30, TimeUnit.SECONDS);
        assertFalse(Files.exists(root.resolve("site")), "the child went on and finished the build");
    }
}
