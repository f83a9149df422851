package dev.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The command stands on the public API only: no Bouncy Castle, no JSSE, no
 * {@code java.security.cert}, no protocol internals of the handshake or the record layer; no TODO.
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final List<String> FORBIDDEN = List.of("import org.bouncycastle", "import javax.net.ssl",
            "import java.security.cert", "import dev.parley.handshake.message", "import dev.parley.handshake.extension",
            "import dev.parley.handshake.keys", "import dev.parley.handshake.engine", "import dev.parley.record.");

    @Test
    void mainCodeImportsOnlyThePublicFace() throws IOException {
        assertTrue(Files.isDirectory(MAIN), "run from the module directory");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (FORBIDDEN.stream().anyMatch(line::startsWith) || line.contains("TODO")) {
                        violations.add(MAIN.relativize(file) + ": " + line);
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }
}
