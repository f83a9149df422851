package dev.parley.x509.store;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parley.x509.Certificate;
import dev.parley.x509.X509Exception;
import dev.parley.x509.pem.Pem;
import dev.parley.x509.pem.PemBlock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real-world certificates: every root of the operating system's trust store must parse. Skipped
 * when the Debian bundle is not present. Prints how many parsed, and any failure with its reason.
 */
class SystemTrustStoreTest {

    private static final Path BUNDLE = Path.of("/etc/ssl/certs/ca-certificates.crt");

    @Test
    void everyCertificateOfTheSystemStoreParses() throws IOException, X509Exception {
        assumeTrue(Files.isReadable(BUNDLE), "no system trust store at " + BUNDLE);
        List<PemBlock> blocks = Pem.blocks(Files.readAllBytes(BUNDLE));
        List<String> failures = new ArrayList<>();
        int parsed = 0;
        for (PemBlock block : blocks) {
            try {
                Certificate certificate = Certificate.parse(block.content());
                assertTrue(certificate.publicKey().isPresent() || certificate.subjectPublicKeyInfo().unsupportedReason().isPresent());
                parsed++;
            } catch (X509Exception e) {
                failures.add("block " + (blocks.indexOf(block) + 1) + ": " + e.getMessage());
            }
        }
        System.out.println("system trust store: " + blocks.size() + " certificates, " + parsed + " parsed"
                + (failures.isEmpty() ? "" : ", failures: " + failures));
        assertTrue(blocks.size() > 0, "the bundle holds certificates");
        assertTrue(failures.isEmpty(), "system store certificates were rejected: " + failures);
    }
}
