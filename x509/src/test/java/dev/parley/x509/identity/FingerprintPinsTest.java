package dev.parley.x509.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A pin list accepts a leaf when any pin matches it, by certificate or by public key. */
class FingerprintPinsTest {

    private static final CryptoProvider CRYPTO = new BouncyCastleCryptoProvider();

    private static String knownText(String file, String prefix) throws Exception {
        return TestCertificates.knownFingerprints().stream()
                .filter(k -> k.file().equals(file) && k.text().startsWith(prefix))
                .findFirst().orElseThrow().text();
    }

    @Test
    void acceptsALeafThatAnyPinMatches() throws Exception {
        FingerprintPins pins = FingerprintPins.parse(List.of(
                knownText("cn-only.pem", "sha256$"),
                knownText("san-ip.pem", "sha1$pub$"),
                knownText("idn.pem", "sha512$")));
        assertTrue(pins.acceptsLeaf(TestCertificates.der("san-ip.pem"),
                TestCertificates.subjectPublicKey("san-ip.pem"), CRYPTO));
        assertEquals(Optional.of(Fingerprint.parse(knownText("idn.pem", "sha512$"))),
                pins.matchingPin(TestCertificates.der("idn.pem"), TestCertificates.subjectPublicKey("idn.pem"),
                        CRYPTO));
    }

    @Test
    void refusesALeafNoPinMatches() throws Exception {
        FingerprintPins pins = FingerprintPins.parse(List.of(
                knownText("cn-only.pem", "sha256$"),
                knownText("san-ip.pem", "sha256$pub$")));
        assertFalse(pins.acceptsLeaf(TestCertificates.der("san-dns.pem"),
                TestCertificates.subjectPublicKey("san-dns.pem"), CRYPTO));
    }

    @Test
    void aPublicKeyPinIgnoresTheRestOfTheCertificate() throws Exception {
        FingerprintPins pins = FingerprintPins.parse(List.of(knownText("san-dns.pem", "sha384$pub$")));
        byte[] otherCertificate = TestCertificates.der("cn-only.pem");
        assertTrue(pins.acceptsLeaf(otherCertificate, TestCertificates.subjectPublicKey("san-dns.pem"), CRYPTO));
    }

    @Test
    void noPinsAcceptNothing() throws Exception {
        assertTrue(FingerprintPins.none().isEmpty());
        assertFalse(FingerprintPins.none().acceptsLeaf(TestCertificates.der("cn-only.pem"),
                TestCertificates.subjectPublicKey("cn-only.pem"), CRYPTO));
        assertTrue(FingerprintPins.of(List.of()).isEmpty());
    }

    @Test
    void aBadPinTextIsRefused() {
        assertThrows(IdentityFormatException.class,
                () -> FingerprintPins.parse(List.of("sha256$00", "nonsense")));
    }
}
