package dev.parley;

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
 * The module boundaries of DESIGN.md and STYLE.md §1–§2, checked on the main sources: no Bouncy
 * Castle, no JSSE, no {@code java.security.cert}; and the adapters speak no protocol, so they
 * import no handshake messages, extensions, key schedule or record internals.
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final List<String> FORBIDDEN = List.of("import org.bouncycastle", "import javax.net.ssl",
            "import java.security.cert", "import dev.parley.handshake.message", "import dev.parley.handshake.extension",
            "import dev.parley.handshake.keys", "import dev.parley.record.wire", "import dev.parley.record.RecordReader",
            "import dev.parley.record.RecordWriter", "import dev.parley.record.RecordProtection");

    @Test
    void mainCodeImportsOnlyWhatThePublicFaceMayUse() throws IOException {
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

    @Test
    void thePackageHasItsPackageInfo() {
        assertTrue(Files.exists(MAIN.resolve("dev/parley/package-info.java")));
    }
}
