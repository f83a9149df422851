package dev.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./parley} launcher, run by bash in a copy of the repository's layout where
 * {@code mvn} is a stand-in that records its arguments and "builds" the jar: a jar whose manifest
 * points at this test's class path. So the launcher's logic (build when missing or stale, one
 * line on stderr, any working directory, a symlink, a failed build) is tested without Maven
 * running inside Maven.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LauncherTest {

    private static final String BUILDING = "parley: building the command (first run, about a minute)...\n";

    @TempDir
    Path tree;
    @TempDir
    Path elsewhere;

    private Path launcher;
    private Path jar;
    private Path mvnLog;

    @BeforeEach
    void layOutTheTree() throws IOException {
        Path source = Path.of(System.getProperty("user.dir")).getParent().resolve("parley");
        launcher = tree.resolve("parley");
        Files.copy(source, launcher);
        assertTrue(launcher.toFile().setExecutable(true));
        Files.writeString(tree.resolve("pom.xml"), "<project/>");
        Files.createDirectories(tree.resolve("cli/src/main/java"));
        Files.writeString(tree.resolve("cli/pom.xml"), "<project/>");
        Files.writeString(tree.resolve("cli/src/main/java/Main.java"), "class Main {}");
        setOld(tree.resolve("pom.xml"));
        setOld(tree.resolve("cli/pom.xml"));
        setOld(tree.resolve("cli/src/main/java/Main.java"));
        jar = tree.resolve("cli/target/parley-cli.jar");
        mvnLog = tree.resolve("mvn.log");
        Path prepared = tree.resolve("prepared.jar");
        writeClassPathJar(prepared);
        Path fakeBin = Files.createDirectories(tree.resolve("fakebin"));
        Path mvn = fakeBin.resolve("mvn");
        Files.writeString(mvn, "#!/usr/bin/env bash\n"
                + "echo \"$PWD $*\" >> '" + mvnLog + "'\n"
                + "if [[ -n \"${FAKE_MVN_FAIL:-}\" ]]; then echo 'BROKEN BUILD'; exit 1; fi\n"
                + "mkdir -p cli/target && cp '" + prepared + "' cli/target/parley-cli.jar\n");
        assertTrue(mvn.toFile().setExecutable(true));
    }

    private static void setOld(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3600)));
    }

    /** A jar that runs dev.parley.cli.Main with this JVM's test class path. */
    private static void writeClassPathJar(Path target) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "dev.parley.cli.Main");
        String classPath = List.of(System.getProperty("java.class.path").split(File.pathSeparator)).stream()
                .map(entry -> Path.of(entry).toAbsolutePath().toUri().toString())
                .collect(Collectors.joining(" "));
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        try (OutputStream out = Files.newOutputStream(target); JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
            jarOut.flush();
        }
    }

    private record Ran(int exitCode, String out, String err) {
    }

    private Ran run(Path script, Map<String, String> environment, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("bash", script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(elsewhere.toFile());
        builder.environment().put("PATH", tree.resolve("fakebin") + File.pathSeparator + System.getenv("PATH"));
        builder.environment().putAll(environment);
        Path out = elsewhere.resolve("out.txt");
        Path err = elsewhere.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(50, TimeUnit.SECONDS), "the launcher ended");
        return new Ran(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private long builds() throws IOException {
        return Files.exists(mvnLog) ? Files.readAllLines(mvnLog).size() : 0;
    }

    @Test
    void buildsOnFirstUseWithOneLineThenRunsTheCommandFromAnyDirectory() throws Exception {
        Ran first = run(launcher, Map.of(), "help");
        assertEquals(0, first.exitCode(), first.err());
        assertEquals(BUILDING, first.err(), "exactly one line about the build");
        assertTrue(first.out().startsWith("usage: parley COMMAND"), first.out());
        assertEquals(List.of(tree.toRealPath() + " -B -q -DskipTests package -pl cli -am"), Files.readAllLines(mvnLog),
                "Maven ran once, in the repository, for the cli module and what it needs");

        Ran second = run(launcher, Map.of(), "help", "demo");
        assertEquals(0, second.exitCode());
        assertEquals("", second.err(), "a fresh jar is not rebuilt");
        assertTrue(second.out().startsWith("usage: parley demo"), second.out());
        assertEquals(1, builds());
    }

    @Test
    void aSourceNewerThanTheJarRebuildsIt() throws Exception {
        run(launcher, Map.of(), "help");
        setOld(jar);
        Files.writeString(tree.resolve("cli/src/main/java/Main.java"), "class Main { }");
        Ran again = run(launcher, Map.of(), "help");
        assertEquals(BUILDING, again.err());
        assertEquals(2, builds());
    }

    @Test
    void worksThroughASymlinkAndPassesTheExitCodeOn() throws Exception {
        Path link = Files.createSymbolicLink(elsewhere.resolve("parley"), launcher);
        Ran ran = run(link, Map.of(), "client");
        assertEquals(Main.USAGE, ran.exitCode(), ran.err());
        assertTrue(ran.err().contains("parley: missing HOST:PORT to connect to"), ran.err());
        assertTrue(Files.exists(jar));
    }

    @Test
    void aFailedBuildShowsMavensOutputAndExitsOne() throws Exception {
        Ran ran = run(launcher, Map.of("FAKE_MVN_FAIL", "1"), "help");
        assertEquals(1, ran.exitCode());
        assertTrue(ran.err().startsWith(BUILDING + "BROKEN BUILD\n"), ran.err());
        assertTrue(ran.err().endsWith("parley: the build failed (Maven's output is above)\n"), ran.err());
        assertEquals("", ran.out());
    }

    @Test
    void theCommittedLauncherIsExecutable() {
        Path source = Path.of(System.getProperty("user.dir")).getParent().resolve("parley");
        assertTrue(Files.isExecutable(source), source + " is executable");
        assertTrue(new String(readAll(source), StandardCharsets.UTF_8).startsWith("#!/usr/bin/env bash\n"));
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
