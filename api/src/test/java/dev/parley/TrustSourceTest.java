package dev.parley;

import static dev.parley.Fixtures.cert;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parley.x509.trust.DefaultTrustLocations;
import dev.parley.x509.trust.TrustStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code SSL_ca}, {@code SSL_ca_file}, {@code SSL_ca_path} and {@code default_ca}. */
class TrustSourceTest {

    @AfterEach
    void forgetTheDefaults() {
        TlsDefaults.reset();
    }

    @Test
    void filesDirectoriesAndCertificatesAddUp(@TempDir Path directory) throws IOException {
        Files.copy(cert("other-root.pem"), directory.resolve("other.pem"));
        TrustStore store = TrustSource.DEFAULT.withFile(cert("root.pem")).withDirectories(List.of(directory))
                .withCertificates(Fixtures.chain("intermediate.pem")).load();
        assertEquals(List.of("CN=Parley Test Intermediate", "CN=Parley Test Root", "CN=Parley Other Root"),
                store.anchors().stream().map(c -> c.subject().toString()).toList(), "SSL_ca comes first");
    }

    @Test
    void anEmptyCaListTrustsNothing() throws IOException {
        assertTrue(TlsConfig.client().ca(List.of()).build().peerChecks().trust().orElseThrow().isEmpty());
    }

    @Test
    void aCaFileThatIsNoBundleIsAConfigurationError() {
        ParleyException e = assertThrows(ParleyException.class,
                () -> TlsConfig.client().caFile(cert("server.key")).build());
        assertEquals(ErrorCode.CONFIGURATION, e.code());
        assertTrue(e.getMessage().contains("holds no certificate"), e.getMessage());
        ParleyException garbage = assertThrows(ParleyException.class,
                () -> TlsConfig.client().caFile(cert("fingerprints.txt")).build());
        assertTrue(garbage.getMessage().contains("SSL_ca_file"), garbage.getMessage());
    }

    @Test
    void theProgramsDefaultCaServesConfigsWithoutCaOptions() throws IOException {
        TlsDefaults.setDefaultCa(cert("root.pem"));
        TrustStore store = TlsConfig.client().build().peerChecks().trust().orElseThrow();
        assertEquals("CN=Parley Test Root", store.anchors().get(0).subject().toString());
        assertSame(store, TlsDefaults.defaultCa());
    }

    @Test
    void withoutVerificationNoStoreIsLoaded() throws IOException {
        assertFalse(TlsConfig.client().insecureDisableVerification().build().peerChecks().trust().isPresent());
        assertFalse(Fixtures.server(StandInHandshakes.plain()).peerChecks().trust().isPresent(),
                "a server that asks for no client certificate needs no CA");
    }

    @Test
    void theSystemStoreIsTheDefaultWhereThereIsOne() throws IOException {
        DefaultTrustLocations locations = DefaultTrustLocations.locate(System::getenv);
        assumeTrue(locations.file().isPresent() || !locations.directories().isEmpty(), "this machine has no CA store");
        TrustStore store = TlsConfig.client().build().peerChecks().trust().orElseThrow();
        assertEquals(locations.load().anchors().size(), store.anchors().size());
    }
}
