package dev.parley.x509.key;

import static dev.parley.x509.key.SameKey.assertSameKey;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.EcPrivateKey;
import dev.parley.crypto.NamedCurve;
import dev.parley.crypto.PrivateKey;
import dev.parley.crypto.PublicKey;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.x509.Certificate;
import dev.parley.x509.X509Exception;
import dev.parley.x509.testing.TestData;
import java.math.BigInteger;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Writing keys and public keys: PKCS #8 and SubjectPublicKeyInfo, compared with OpenSSL's encodings. */
class PrivateKeyEncodingTest {

    /** OpenSSL writes RSA and EdDSA PKCS #8 exactly as RFC 5958 and RFC 8410 lay them out, as Parley does. */
    @Test
    void writesRsaAndEd25519Pkcs8AsOpenSslDoes() throws X509Exception {
        for (String file : new String[] {"rsa2048-pkcs8.der", "ed25519-pkcs8.der"}) {
            byte[] openssl = TestData.bytes(file);
            assertArrayEquals(openssl, PrivateKeys.toPkcs8(PrivateKeys.fromPkcs8(openssl)), file);
        }
    }

    /**
     * OpenSSL's PKCS #8 for an EC key carries the public point in the ECPrivateKey ([1], RFC 5915
     * §3); given the public key, Parley writes the same bytes (GnuTLS 3.7 reads no EC key without it).
     */
    @ParameterizedTest
    @ValueSource(strings = {"ec-p-256.key", "ec-p-384.key", "ec-p-521.key"})
    void writesEcPkcs8WithItsPublicKeyAsOpenSslDoes(String file) throws Exception {
        byte[] openssl = TestData.pemBody(file);
        PrivateKey key = PrivateKeys.fromPkcs8(openssl);
        PublicKey publicKey = new BouncyCastleCryptoProvider().publicKeyOf(key);
        assertArrayEquals(openssl, PrivateKeys.toPkcs8(key, Optional.of(publicKey)), file);
    }

    @Test
    void refusesAPublicKeyOfAnotherCurve() throws Exception {
        PrivateKey p256 = PrivateKeys.fromPkcs8(TestData.pemBody("ec-p-256.key"));
        PublicKey p384 = new BouncyCastleCryptoProvider().publicKeyOf(PrivateKeys.fromPkcs8(TestData.pemBody("ec-p-384.key")));
        assertThrows(IllegalArgumentException.class, () -> PrivateKeys.toPkcs8(p256, Optional.of(p384)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"rsa2048.key", "leaf.key", "ec-p-384.key", "ec-p-521.key", "ed25519.key", "ed448.key"})
    void writesKeysThatReadBack(String file) throws X509Exception {
        PrivateKey key = PrivateKeys.fromPkcs8(TestData.pemBody(file));
        assertSameKey(key, PrivateKeys.fromPkcs8(PrivateKeys.toPkcs8(key)));
    }

    /** An EC scalar with leading zero octets keeps the curve's full length (RFC 5915 §3). */
    @Test
    void padsShortEcScalarsToTheFieldLength() throws X509Exception {
        EcPrivateKey small = new EcPrivateKey(NamedCurve.SECP256R1, BigInteger.valueOf(7));
        byte[] der = PrivateKeys.toPkcs8(small);
        assertSameKey(small, PrivateKeys.fromPkcs8(der));
        // ECPrivateKey's privateKey OCTET STRING: 04 20, then 31 zero octets and 07.
        String hex = Bytes.wrap(der).toHex();
        assertTrue(hex.contains("0420" + "00".repeat(31) + "07"), hex);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rsa2048.pem", "leaf.pem", "ec-p-384.pem", "ec-p-521.pem", "ed25519.pem", "ed448.pem"})
    void encodesPublicKeysAsOpenSslDoes(String file) throws X509Exception {
        Certificate certificate = Certificate.parse(TestData.pemBody(file));
        assertEquals(certificate.subjectPublicKeyInfo().encoded(),
                SubjectPublicKeyInfo.of(certificate.publicKey().orElseThrow()).encoded());
    }
}
