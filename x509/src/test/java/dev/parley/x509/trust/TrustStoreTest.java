package dev.parley.x509.trust;

import static dev.parley.x509.testing.Failures.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.x509.Certificate;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import dev.parley.x509.ext.SubjectKeyIdentifier;
import dev.parley.x509.pem.Pem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trust stores from lists, PEM bundles and directories; only CA certificates anchor. */
class TrustStoreTest {

    static String pem(String name) {
        try (InputStream in = TrustStoreTest.class.getResourceAsStream("/dev/parley/x509/path/" + name + ".pem")) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Certificate cert(String name) {
        try {
            return Pem.certificates(pem(name)).get(0);
        } catch (X509Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void onlyCaCertificatesAreAnchors() {
        TrustStore store = TrustStore.of(List.of(cert("root"), cert("leaf"), cert("ica"), cert("root")));
        assertEquals(List.of(cert("root"), cert("ica")), store.anchors(), "in order, duplicates once");
        assertEquals(List.of(cert("leaf")), store.notAnchors());
        assertTrue(store.isAnchor(cert("ica")));
        assertFalse(store.isAnchor(cert("leaf")));
    }

    @Test
    void findsAnchorsByNameAndKeyIdentifier() {
        TrustStore store = TrustStore.of(List.of(cert("root"), cert("new-root"), cert("old-root")));
        assertEquals(List.of(cert("new-root")), store.anchorsNamed(cert("new-root-by-other").subject()));
        assertEquals(List.of(cert("root")), store.anchorsWithKeyIdentifier(
                cert("root").extensions().subjectKeyIdentifier().map(SubjectKeyIdentifier::keyIdentifier).orElseThrow()));
        assertEquals(List.of(), store.anchorsNamed(cert("leaf").subject()));
    }

    @Test
    void readsAPemBundleStrictly() throws X509Exception {
        byte[] bundle = ("Roots\n" + pem("root") + pem("old-root") + "the end\n").getBytes(StandardCharsets.US_ASCII);
        assertEquals(List.of(cert("root"), cert("old-root")), TrustStore.fromPem(bundle).anchors());
        byte[] broken = (pem("root") + "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n").getBytes(StandardCharsets.US_ASCII);
        assertFails(X509Failure.TRUNCATED, () -> TrustStore.fromPem(broken));
    }

    @Test
    void readsHashLinksAndPemFilesOfADirectory(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("9d66eef0.0"), pem("root"));
        Files.writeString(directory.resolve("old.pem"), pem("old-root"));
        Files.write(directory.resolve("other.crt"), cert("other-root").encoded().toByteArray());
        Files.writeString(directory.resolve("copy.pem"), pem("root"));
        Files.writeString(directory.resolve("README"), "not a certificate");
        Files.writeString(directory.resolve("broken.pem"), "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
        TrustStore store = TrustStore.fromDirectory(directory);
        assertEquals(3, store.anchors().size(), store.toString());
        assertTrue(store.anchors().containsAll(List.of(cert("root"), cert("old-root"), cert("other-root"))));
        assertEquals(1, store.problems().size(), store.problems().toString());
        assertTrue(store.problems().get(0).contains("broken.pem"), store.problems().toString());
    }

    @Test
    void combinesStores() {
        TrustStore combined = TrustStore.of(List.of(cert("root"))).plus(TrustStore.of(List.of(cert("old-root"), cert("leaf"))));
        assertEquals(List.of(cert("root"), cert("old-root")), combined.anchors());
        assertEquals(List.of(cert("leaf")), combined.notAnchors());
        assertTrue(TrustStore.EMPTY.isEmpty());
    }
}
