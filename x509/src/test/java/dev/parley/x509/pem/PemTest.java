package dev.parley.x509.pem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.x509.Certificate;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import dev.parley.x509.testing.TestData;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The textual encoding of RFC 7468, read strictly inside blocks and leniently around them. */
class PemTest {

    private static final String ONE_OCTET = "-----BEGIN X-----\nAA==\n-----END X-----\n";

    @Test
    void findsBlocksAmongExplanatoryText() throws X509Exception {
        List<Certificate> certificates = Pem.certificates(TestData.text("leaf-with-text.pem"));
        assertEquals(2, certificates.size());
        assertEquals("CN=www.example.com,O=Parley Test,C=US", certificates.get(0).subject().toString());
        assertTrue(certificates.get(1).extensions().basicConstraints().orElseThrow().ca());
    }

    @Test
    void decodesWhatTheJdkDecodes() throws X509Exception {
        PemBlock block = Pem.blocks(TestData.text("root.pem")).get(0);
        assertEquals(PemBlock.CERTIFICATE, block.label());
        assertArrayEquals(TestData.pemBody("root.pem"), block.content());
    }

    @Test
    void skipsOtherLabelsWhenCollectingCertificates() throws X509Exception {
        assertEquals(1, Pem.certificates(TestData.text("leaf-and-key.pem")).size());
        assertEquals(List.of("CERTIFICATE", "PRIVATE KEY"),
                Pem.blocks(TestData.text("leaf-and-key.pem")).stream().map(PemBlock::label).toList());
    }

    @Test
    void refusesTrustedCertificateBlocks() {
        assertFails(X509Failure.UNSUPPORTED_PEM_LABEL, () -> Pem.certificates(TestData.text("trusted-root.pem")));
    }

    @Test
    void refusesLegacyEncryptedKeysWithTheirReason() {
        assertFails(X509Failure.ENCRYPTED_PRIVATE_KEY, () -> Pem.blocks(TestData.text("rsa2048-legacy-encrypted.pem")));
    }

    @Test
    void rejectsABlockWithoutItsEndLine() {
        assertFails(X509Failure.MALFORMED_PEM, () -> Pem.blocks("-----BEGIN CERTIFICATE-----\nAA==\n"));
    }

    @Test
    void rejectsAnEndLineWithAnotherLabel() {
        assertFails(X509Failure.MALFORMED_PEM, () -> Pem.blocks("-----BEGIN CERTIFICATE-----\nAA==\n-----END X509 CRL-----\n"));
    }

    @Test
    void rejectsANestedBeginLine() {
        assertFails(X509Failure.MALFORMED_PEM, () -> Pem.blocks("-----BEGIN A-----\n" + ONE_OCTET + "-----END A-----\n"));
    }

    @Test
    void rejectsCharactersOutsideBase64() {
        assertFails(X509Failure.MALFORMED_PEM, () -> Pem.blocks("-----BEGIN X-----\nA*==\n-----END X-----\n"));
        assertFails(X509Failure.MALFORMED_PEM, () -> Pem.blocks("-----BEGIN X-----\nAA=A\n-----END X-----\n"));
        assertFails(X509Failure.MALFORMED_PEM, () -> Pem.blocks("-----BEGIN X-----\nA===\n-----END X-----\n"));
    }

    @Test
    void rejectsBase64WithoutItsPadding() {
        assertFails(X509Failure.MALFORMED_PEM, () -> Pem.blocks("-----BEGIN X-----\nAA\n-----END X-----\n"));
    }

    @Test
    void rejectsNonCanonicalBase64() {
        // "AB==" carries bits in the padding position: AA== is the only text for the octet 00.
        assertFails(X509Failure.MALFORMED_PEM, () -> Pem.blocks("-----BEGIN X-----\nAB==\n-----END X-----\n"));
        assertFails(X509Failure.MALFORMED_PEM, () -> Pem.blocks("-----BEGIN X-----\nAAB=\n-----END X-----\n"));
    }

    @Test
    void allowsWhiteSpaceAndCarriageReturnsInsideABlock() throws X509Exception {
        PemBlock block = Pem.blocks("  -----BEGIN X-----  \r\n A A \r\n\t= =\r\n-----END X-----\r\n").get(0);
        assertArrayEquals(new byte[] {0}, block.content());
    }

    @Test
    void encodesInLinesOfSixtyFourCharacters() throws X509Exception {
        byte[] der = TestData.pemBody("leaf.pem");
        String pem = Pem.encode("CERTIFICATE", der);
        assertTrue(pem.lines().allMatch(line -> line.length() <= 64));
        assertEquals(TestData.text("leaf.pem"), pem, "OpenSSL writes the same text");
        assertArrayEquals(der, Pem.blocks(pem).get(0).content());
    }

    @Test
    void readsCertificateFiles(@TempDir Path folder) throws IOException, X509Exception {
        Path file = folder.resolve("bundle.pem");
        Files.write(file, TestData.bytes("leaf-with-text.pem"));
        assertEquals(2, Pem.certificates(file).size());
    }

    @Test
    void refusesFilesAboveTheSizeBound(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("huge.pem");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(Pem.MAX_FILE_LENGTH + 1L);
        }
        assertFails(X509Failure.INPUT_TOO_LARGE, () -> Pem.certificates(file));
    }

    @Test
    void hidesBlockContentFromToString() throws X509Exception {
        PemBlock block = Pem.blocks(TestData.text("leaf.key")).get(0);
        assertEquals("PemBlock[PRIVATE KEY, " + block.content().length + " octets]", block.toString());
        block.wipe();
        assertArrayEquals(new byte[block.content().length], block.content());
    }

    private static void assertFails(X509Failure reason, PemParse parse) {
        dev.parley.x509.testing.Failures.assertFails(reason, () -> {
            try {
                return parse.run();
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    private interface PemParse {
        Object run() throws X509Exception, IOException;
    }
}
