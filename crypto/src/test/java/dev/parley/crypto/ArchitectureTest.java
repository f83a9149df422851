package dev.parley.crypto;

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
 * The crypto module's boundaries, checked on its main sources (DESIGN.md, STYLE.md §1): only
 * {@code dev.parley.crypto.bc} names Bouncy Castle, and no main code uses JSSE or
 * {@code java.security.cert}.
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src", "main", "java");
    private static final Path BC_PACKAGE = MAIN.resolve(Path.of("dev", "parley", "crypto", "bc"));

    @Test
    void onlyTheBcPackageMentionsBouncyCastle() throws IOException {
        List<String> offenders = new ArrayList<>();
        int bcFilesUsingBouncyCastle = 0;
        for (Path file : javaFiles()) {
            boolean mentions = code(file).contains("org.bouncycastle");
            boolean inBcPackage = file.getParent().equals(BC_PACKAGE);
            if (mentions && !inBcPackage) {
                offenders.add(file.toString());
            }
            if (mentions && inBcPackage) {
                bcFilesUsingBouncyCastle++;
            }
        }
        assertEquals(List.of(), offenders, "files outside dev.parley.crypto.bc naming org.bouncycastle");
        // The scan itself must have seen something, or the check above proves nothing.
        assertTrue(bcFilesUsingBouncyCastle >= 10, "only " + bcFilesUsingBouncyCastle + " bc files import Bouncy Castle");
    }

    @Test
    void noMainCodeUsesJsseOrJavaSecurityCert() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : javaFiles()) {
            String code = code(file);
            if (code.contains("javax.net.ssl") || code.contains("java.security.cert")) {
                offenders.add(file.toString());
            }
        }
        assertEquals(List.of(), offenders);
    }

    private static List<Path> javaFiles() throws IOException {
        assertTrue(Files.isDirectory(MAIN), "run from the crypto module directory: " + MAIN.toAbsolutePath());
        try (Stream<Path> files = Files.walk(MAIN)) {
            List<Path> all = files.filter(p -> p.toString().endsWith(".java")).toList();
            assertTrue(all.size() > 20, "found only " + all.size() + " source files");
            return all;
        }
    }

    /** The file without comments, so that prose may name a library without importing it. */
    private static String code(Path file) throws IOException {
        String text = Files.readString(file);
        return text.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
    }
}
