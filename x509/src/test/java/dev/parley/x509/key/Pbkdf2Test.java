package dev.parley.x509.key;

import static dev.parley.x509.testing.Failures.assertFails;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * PBKDF2 (RFC 8018 §5.2) against published vectors: RFC 6070 §2 for HMAC-SHA1, RFC 7914 §11 for
 * HMAC-SHA256, and OpenSSL 3.0's {@code openssl kdf ... PBKDF2} for HMAC-SHA384 and -SHA512.
 */
class Pbkdf2Test {

    private final CryptoProvider crypto = new BouncyCastleCryptoProvider();

    /** RFC 6070 §2, every vector but the 16,777,216-iteration one (see {@link #refusesRfc6070sLongestVectorUnderTheBudget}). */
    @ParameterizedTest
    @CsvSource({
        "password, salt, 1, 20, 0c60c80f961f0e71f3a9b524af6012062fe037a6",
        "password, salt, 2, 20, ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957",
        "password, salt, 4096, 20, 4b007901b765489abead49d926f721d065a429c1",
        "passwordPASSWORDpassword, saltSALTsaltSALTsaltSALTsaltSALTsalt, 4096, 25, 3d2eec4fe41c849b80c8d83662c0e44a8b291a964cf2f07038",
    })
    void matchesRfc6070(String password, String salt, int iterations, int length, String expected) throws X509Exception {
        assertEquals(expected, derive(HashAlgorithm.SHA1, password, salt, iterations, length));
    }

    @Test
    void matchesRfc6070WithZeroOctetsInPasswordAndSalt() throws X509Exception {
        assertEquals("56fa6aa75548099dcc37d7f03425e0c3", derive(HashAlgorithm.SHA1, "pass\0word", "sa\0lt", 4096, 16));
    }

    /** RFC 7914 §11: the two PBKDF2-HMAC-SHA256 vectors that section gives beside scrypt's. */
    @ParameterizedTest
    @CsvSource({
        "passwd, salt, 1, 55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783",
        "Password, NaCl, 80000, 4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d",
    })
    void matchesRfc7914(String password, String salt, int iterations, String expected) throws X509Exception {
        assertEquals(expected, derive(HashAlgorithm.SHA256, password, salt, iterations, 64));
    }

    /**
     * OpenSSL 3.0.19: {@code openssl kdf -keylen 70 -kdfopt digest:SHA384 (or SHA512) -kdfopt pass:password
     * -kdfopt salt:salt -kdfopt iter:1000 PBKDF2}; 70 octets span two blocks of SHA-512 and SHA-384.
     */
    @ParameterizedTest
    @CsvSource({
        "SHA384, 3bd37e2236941d4a77b1b5b714c6f913fabb6b0841a6d7d8656b99d611e900fe06edb93b5b809efaa9678b635ce513e0f7d9ebb0aea1e07f0ab90d1b9cbd94643bef7c43c895",
        "SHA512, afe6c5530785b6cc6b1c6453384731bd5ee432ee549fd42fb6695779ad8a1c5bf59de69c48f774efc4007d5298f9033c0241d5ab69305e7b64eceeb8d834cfec6afdec3c1c23",
    })
    void matchesOpenSsl(HashAlgorithm hash, String expected) throws X509Exception {
        assertEquals(expected, derive(hash, "password", "salt", 1000, 70));
    }

    /** RFC 6070's fourth vector asks for 16,777,216 iterations: more than one file may cost. */
    @Test
    void refusesRfc6070sLongestVectorUnderTheBudget() {
        X509Exception e = assertFails(X509Failure.INVALID_ALGORITHM_PARAMETERS, () -> Pbkdf2.derive(crypto, HashAlgorithm.SHA1,
                bytes("password"), bytes("salt"), 16_777_216, 20, IterationBudget.forOneFile()));
        assertTrue(e.detail().contains("16777216"), e.detail());
    }

    @Test
    void chargesEveryBlockToTheBudget() throws X509Exception {
        IterationBudget budget = IterationBudget.of(10_000);
        // 25 octets of SHA-1 output are two blocks of 4,096 iterations each.
        Pbkdf2.derive(crypto, HashAlgorithm.SHA1, bytes("p"), bytes("s"), 4096, 25, budget);
        assertEquals(10_000 - 8192, budget.remaining());
        assertFails(X509Failure.INVALID_ALGORITHM_PARAMETERS,
                () -> Pbkdf2.derive(crypto, HashAlgorithm.SHA1, bytes("p"), bytes("s"), 4096, 20, budget));
    }

    @Test
    void encodesPasswordsAsUtf8() {
        assertArrayEquals(Bytes.fromHex("70c3a4e282ac").toByteArray(), Pbkdf2.utf8Password("p\u00e4\u20ac".toCharArray()));
        assertArrayEquals(Bytes.fromHex("f09f9491").toByteArray(), Pbkdf2.utf8Password("\ud83d\udd11".toCharArray()));
    }

    private String derive(HashAlgorithm hash, String password, String salt, int iterations, int length) throws X509Exception {
        return Bytes.wrap(Pbkdf2.derive(crypto, hash, bytes(password), bytes(salt), iterations, length,
                IterationBudget.forOneFile())).toHex();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
