package dev.parley.x509.key;

import static dev.parley.x509.testing.Failures.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.EcPublicKey;
import dev.parley.crypto.PublicKey;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.x509.Certificate;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import dev.parley.x509.testing.TestData;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A chain and its key belong together, or the reason says which key and which certificate do not. */
class CertifiedKeyTest {

    private final CryptoProvider crypto = new BouncyCastleCryptoProvider();

    @Test
    void pairsEachTestCertificateWithItsKey() throws X509Exception {
        for (String name : new String[] {"leaf", "rsa2048", "ec-p-384", "ec-p-521", "ed25519", "ed448", "rsa-pss"}) {
            Certificate certificate = Certificate.parse(TestData.pemBody(name + ".pem"));
            CertifiedKey pair = CertifiedKey.of(List.of(certificate), PrivateKeys.fromPkcs8(TestData.pemBody(name + ".key")), crypto);
            assertEquals(certificate, pair.certificate());
        }
    }

    @Test
    void saysWhichKeyDoesNotBelongToWhichCertificate() throws X509Exception {
        Certificate leaf = Certificate.parse(TestData.pemBody("leaf.pem"));
        Certificate ica = Certificate.parse(TestData.pemBody("ica.pem"));
        X509Exception e = assertFails(X509Failure.KEY_CERTIFICATE_MISMATCH, () -> CertifiedKey.of(List.of(leaf, ica),
                PrivateKeys.fromPkcs8(TestData.pemBody("ec-p-256.key")), crypto, "key.pem", "cert.pem"));
        assertEquals("the private key in key.pem does not belong to the certificate CN=www.example.com,O=Parley Test,C=US"
                + " in cert.pem", e.detail());
        // A key of another type fails the same way.
        assertFails(X509Failure.KEY_CERTIFICATE_MISMATCH,
                () -> CertifiedKey.of(List.of(leaf), PrivateKeys.fromPkcs8(TestData.pemBody("rsa2048.key")), crypto));
    }

    @Test
    void matchesCompressedPointsWithTheirUncompressedForm() throws X509Exception {
        EcPublicKey uncompressed = (EcPublicKey) CertifiedKey.publicKeyOf(PrivateKeys.fromPkcs8(TestData.pemBody("leaf.key")), crypto);
        Bytes point = uncompressed.point();
        int parity = point.getUnsigned(point.length() - 1) & 1;
        Bytes x = point.slice(1, 33);
        PublicKey compressed = new EcPublicKey(uncompressed.curve(), Bytes.of((byte) (0x02 | parity)).concat(x));
        PublicKey otherParity = new EcPublicKey(uncompressed.curve(), Bytes.of((byte) (0x03 ^ parity)).concat(x));
        assertTrue(CertifiedKey.belongTogether(compressed, uncompressed));
        assertFalse(CertifiedKey.belongTogether(otherParity, uncompressed));
    }

    @Test
    void neverPrintsTheKey() throws X509Exception {
        CertifiedKey pair = CertifiedKey.of(List.of(Certificate.parse(TestData.pemBody("rsa2048.pem"))),
                PrivateKeys.fromPkcs8(TestData.pemBody("rsa2048.key")), crypto);
        assertEquals("CertifiedKey[CN=RSA 2048, chain of 1, RsaPrivateKey[2048 bits, redacted]]", pair.toString());
    }
}
