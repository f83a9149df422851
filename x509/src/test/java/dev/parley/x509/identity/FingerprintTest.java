package dev.parley.x509.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fingerprints against the values openssl computed for the test certificates (the same values
 * IO::Socket::SSL's get_fingerprint prints), and the lenient text forms of SSL_fingerprint.
 */
class FingerprintTest {

    private static final CryptoProvider CRYPTO = new BouncyCastleCryptoProvider();

    static List<TestCertificates.KnownFingerprint> known() throws IOException {
        return TestCertificates.knownFingerprints();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("known")
    void computesWhatOpensslComputed(TestCertificates.KnownFingerprint known) throws Exception {
        byte[] der = TestCertificates.der(known.file());
        byte[] publicKey = TestCertificates.subjectPublicKey(known.file());
        Fingerprint expected = Fingerprint.parse(known.text());
        Fingerprint computed = expected.target() == Fingerprint.Target.CERTIFICATE
                ? Fingerprint.of(der, expected.algorithm(), CRYPTO)
                : Fingerprint.ofPublicKey(publicKey, expected.algorithm(), CRYPTO);
        assertEquals(known.text(), computed.toString());
        assertEquals(expected, computed);
        assertTrue(expected.matches(der, publicKey, CRYPTO));
    }

    @Test
    void knowsAllFourAlgorithmsForBothTargets() throws IOException {
        assertEquals(9 * 4 * 2, known().size());
    }

    @Test
    void doesNotMatchAnotherCertificate() throws Exception {
        Fingerprint pin = Fingerprint.of(TestCertificates.der("cn-only.pem"), "sha256", CRYPTO);
        assertFalse(pin.matches(TestCertificates.der("san-dns.pem"),
                TestCertificates.subjectPublicKey("san-dns.pem"), CRYPTO));
        Fingerprint keyPin = Fingerprint.ofPublicKey(TestCertificates.subjectPublicKey("cn-only.pem"),
                HashAlgorithm.SHA256, CRYPTO);
        assertFalse(keyPin.matches(TestCertificates.der("san-dns.pem"),
                TestCertificates.subjectPublicKey("san-dns.pem"), CRYPTO));
        assertTrue(keyPin.matches(new byte[0], TestCertificates.subjectPublicKey("cn-only.pem"), CRYPTO));
    }

    @Test
    void parsesTheLenientForms() throws IdentityFormatException {
        String hex = "e12c31db7103dda20a3eb4a14a4cb6f68eebbbf2d505035df22e8ff5fbe2fed9";
        Fingerprint canonical = Fingerprint.parse("sha256$" + hex);
        // openssl x509 -fingerprint prints upper case with colons.
        assertEquals(canonical, Fingerprint.parse("sha256$E1:2C:31:DB:71:03:DD:A2:0A:3E:B4:A1:4A:4C:B6:F6"
                + ":8E:EB:BB:F2:D5:05:03:5D:F2:2E:8F:F5:FB:E2:FE:D9"));
        assertEquals(canonical, Fingerprint.parse("SHA256$" + hex.toUpperCase(java.util.Locale.ROOT)));
        assertEquals(canonical, Fingerprint.parse("sha-256$" + hex));
        assertEquals(canonical, Fingerprint.parse("SHA2-256$" + hex));
        assertEquals(canonical, Fingerprint.parse("  " + hex + "\n"));
        Fingerprint publicKey = Fingerprint.parse("sha256$pub$" + hex);
        assertEquals(Fingerprint.Target.PUBLIC_KEY, publicKey.target());
        assertEquals(publicKey, Fingerprint.parse("sha256$PUB$" + hex));
        assertEquals(publicKey, Fingerprint.parse("pub$" + hex));
        assertEquals("sha256$pub$" + hex, publicKey.toString());
    }

    @Test
    void guessesTheAlgorithmFromTheLength() throws IdentityFormatException {
        assertEquals(HashAlgorithm.SHA1, Fingerprint.parse("ab".repeat(20)).algorithm());
        assertEquals(HashAlgorithm.SHA256, Fingerprint.parse("ab".repeat(32)).algorithm());
        assertEquals(HashAlgorithm.SHA384, Fingerprint.parse("ab".repeat(48)).algorithm());
        assertEquals(HashAlgorithm.SHA512, Fingerprint.parse("ab".repeat(64)).algorithm());
        assertEquals(HashAlgorithm.SHA1, Fingerprint.parse("pub$" + "ab".repeat(20)).algorithm());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "   ", "sha256$", "sha256$pub$", "$abcd", "sha256$abc", "sha256$zz",
        "sha256$abababababababababababababababababababab",
        "md5$0123456789abcdef0123456789abcdef", "0123456789abcdef0123456789abcdef",
        "sha256$key$abab", "a$b$c$d", "sha256$pub$pub$abab", "abab abab",
        "sha256 $abababababababababababababababababababababababababababababababab",
    })
    void refusesMalformedText(String text) {
        assertThrows(IdentityFormatException.class, () -> Fingerprint.parse(text));
    }

    @Test
    void refusesUnknownAlgorithmsByName() {
        assertThrows(IllegalArgumentException.class, () -> Fingerprint.algorithmNamed("md5"));
        assertThrows(IllegalArgumentException.class,
                () -> Fingerprint.of(new byte[1], "sha3-256", CRYPTO));
        assertThrows(IllegalArgumentException.class,
                () -> Fingerprint.of(HashAlgorithm.SHA256, Fingerprint.Target.CERTIFICATE, Bytes.of(new byte[20])));
    }

    @Test
    void textRoundTrips() throws IdentityFormatException {
        for (HashAlgorithm algorithm : HashAlgorithm.values()) {
            for (Fingerprint.Target target : Fingerprint.Target.values()) {
                Fingerprint fingerprint = Fingerprint.of(algorithm, target,
                        Bytes.of(new byte[algorithm.outputLength()]));
                assertEquals(fingerprint, Fingerprint.parse(fingerprint.toString()));
            }
        }
    }
}
