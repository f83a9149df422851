package dev.parley.x509;

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
 * The module boundaries of DESIGN.md and STYLE.md §1, checked on the main sources: x509 knows
 * nothing of TLS (no record layer, no handshake), imports no Bouncy Castle, and uses neither
 * JSSE nor {@code java.security.cert}.
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final List<String> FORBIDDEN = List.of("import org.bouncycastle", "import javax.net.ssl",
            "import java.security.cert", "import dev.parley.record", "import dev.parley.handshake", "import dev.parley.crypto.bc");

    @Test
    void mainCodeImportsOnlyWhatTheModuleMayUse() throws IOException {
        assertTrue(Files.isDirectory(MAIN), "run from the module directory");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (FORBIDDEN.stream().anyMatch(line::startsWith)) {
                        violations.add(MAIN.relativize(file) + ": " + line);
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void everyPackageHasItsPackageInfo() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> folders = Files.walk(MAIN)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                boolean hasJava;
                try (Stream<Path> files = Files.list(folder)) {
                    hasJava = files.anyMatch(f -> f.toString().endsWith(".java"));
                }
                if (hasJava && !Files.exists(folder.resolve("package-info.java"))) {
                    missing.add(MAIN.relativize(folder).toString());
                }
            }
        }
        assertEquals(List.of(), missing);
    }
}
