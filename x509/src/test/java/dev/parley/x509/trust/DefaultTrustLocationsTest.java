package dev.parley.x509.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The system default store, found as the manual's default_ca finds it. */
class DefaultTrustLocationsTest {

    @Test
    void theEnvironmentComesFirst(@TempDir Path directory) throws IOException {
        Path bundle = directory.resolve("bundle.pem");
        Files.writeString(bundle, TrustStoreTest.pem("root"));
        Path dir = Files.createDirectory(directory.resolve("certs"));
        Files.writeString(dir.resolve("old.pem"), TrustStoreTest.pem("old-root"));
        Map<String, String> environment = Map.of("SSL_CERT_FILE", bundle.toString(), "SSL_CERT_DIR", dir + ":" + directory);
        DefaultTrustLocations locations = DefaultTrustLocations.locate(environment::get);
        assertEquals(Optional.of(bundle), locations.file());
        assertEquals(List.of(dir, directory), locations.directories());
        TrustStore store = locations.load();
        assertEquals(List.of(TrustStoreTest.cert("root"), TrustStoreTest.cert("old-root")), store.anchors());
    }

    @Test
    void aDirectoryAloneIsEnough(@TempDir Path directory) {
        DefaultTrustLocations locations = DefaultTrustLocations.locate(Map.of("SSL_CERT_DIR", directory.toString())::get);
        assertEquals(Optional.empty(), locations.file());
        assertEquals(List.of(directory), locations.directories());
    }

    @Test
    void withoutTheEnvironmentTheFirstSystemBundleServes() throws IOException {
        Optional<Path> expected = DefaultTrustLocations.BUNDLES.stream().filter(Files::isRegularFile).findFirst();
        assumeTrue(expected.isPresent(), "no system bundle on this machine");
        DefaultTrustLocations locations = DefaultTrustLocations.locate(name -> null);
        assertEquals(expected, locations.file());
        TrustStore system = locations.load();
        assertFalse(system.isEmpty(), "the system bundle holds anchors");
        assertEquals(List.of(), system.problems(), "every certificate of the system bundle parses");
    }
}
