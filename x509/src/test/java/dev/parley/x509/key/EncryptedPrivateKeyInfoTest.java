package dev.parley.x509.key;

import static dev.parley.x509.key.SameKey.assertSameKey;
import static dev.parley.x509.testing.Failures.assertFails;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.parley.crypto.BlockCipherAlgorithm;
import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.PrivateKey;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import dev.parley.x509.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Encrypted PKCS #8 as OpenSSL writes it (see testdata/encrypted/README.md): each key decrypts to
 * what {@code openssl pkey -passin} decrypts it to, and every way of failing says the same thing.
 */
class EncryptedPrivateKeyInfoTest {

    private static final char[] PASSWORD = "parley".toCharArray();
    /** The UTF-8 text "pärley-€" of generate.sh, as Java characters. */
    private static final char[] UNICODE = "p\u00e4rley-\u20ac".toCharArray();

    private final CryptoProvider crypto = new BouncyCastleCryptoProvider();

    @ParameterizedTest
    @CsvSource({
        "rsa2048-aes256-sha256.pem, SHA256, AES_256, 2048",
        "ec-p-256-aes128-sha1.pem, SHA1, AES_128, 2048",
        "ed25519-des3-sha384.pem, SHA384, DES_EDE3, 2048",
        "ec-p-521-aes256-100000.pem, SHA256, AES_256, 100000",
    })
    void decryptsPbes2KeysAsOpenSslDoes(String file, HashAlgorithm prf, BlockCipherAlgorithm cipher, int iterations)
            throws X509Exception {
        EncryptedPrivateKeyInfo encrypted = EncryptedPrivateKeyInfo.parse(TestData.pemBody("encrypted/" + file));
        Pbes2Parameters scheme = assertInstanceOf(Pbes2Parameters.class, encrypted.scheme());
        assertEquals(prf, scheme.prf());
        assertEquals(cipher, scheme.cipher());
        assertEquals(iterations, scheme.iterationCount());
        assertSameKey(openSslDecryption(file), encrypted.decrypt(PASSWORD, crypto, IterationBudget.forOneFile()));
        // The plaintext itself, octet for octet, is the PKCS #8 that 'openssl pkey' writes.
        assertArrayEquals(TestData.bytes("encrypted/" + file.replace(".pem", ".openssl.der")),
                scheme.decrypt(encrypted.encryptedData().toByteArray(), PASSWORD, crypto, IterationBudget.forOneFile()));
    }

    @Test
    void decryptsDerAndAes192WithSha512() throws X509Exception {
        EncryptedPrivateKeyInfo encrypted = EncryptedPrivateKeyInfo.parse(TestData.bytes("encrypted/ec-p-384-aes192-sha512.der"));
        assertEquals(BlockCipherAlgorithm.AES_192, ((Pbes2Parameters) encrypted.scheme()).cipher());
        assertSameKey(openSslDecryption("ec-p-384-aes192-sha512.der"), encrypted.decrypt(PASSWORD, crypto, IterationBudget.forOneFile()));
    }

    @Test
    void takesPbes2PasswordsAsUtf8() throws X509Exception {
        EncryptedPrivateKeyInfo encrypted = EncryptedPrivateKeyInfo.parse(TestData.pemBody("encrypted/ed448-unicode-password.pem"));
        assertSameKey(openSslDecryption("ed448-unicode-password.pem"), encrypted.decrypt(UNICODE, crypto, IterationBudget.forOneFile()));
    }

    @Test
    void decryptsPkcs12SchemesInsidePkcs8() throws X509Exception {
        EncryptedPrivateKeyInfo encrypted = EncryptedPrivateKeyInfo.parse(TestData.pemBody("encrypted/rsa2048-pbe-sha1-3des.pem"));
        Pkcs12PbeParameters scheme = assertInstanceOf(Pkcs12PbeParameters.class, encrypted.scheme());
        assertEquals(BlockCipherAlgorithm.DES_EDE3, scheme.cipher());
        assertSameKey(openSslDecryption("rsa2048-pbe-sha1-3des.pem"), encrypted.decrypt(PASSWORD, crypto, IterationBudget.forOneFile()));
    }

    @Test
    void saysWrongPasswordOrCorruptedKeyForAWrongPassword() throws X509Exception {
        for (String file : new String[] {"rsa2048-aes256-sha256.pem", "ec-p-256-aes128-sha1.pem", "rsa2048-pbe-sha1-3des.pem"}) {
            EncryptedPrivateKeyInfo encrypted = EncryptedPrivateKeyInfo.parse(TestData.pemBody("encrypted/" + file));
            X509Exception e = assertFails(X509Failure.WRONG_PASSWORD,
                    () -> encrypted.decrypt("Parley".toCharArray(), crypto, IterationBudget.forOneFile()));
            assertEquals("wrong password or corrupted key", e.detail());
        }
    }

    /** Security: a bad padding, a good padding around garbage, and a cut ciphertext fail alike. */
    @Test
    void failsAlikeWhateverWentWrongInside() throws X509Exception {
        EncryptedPrivateKeyInfo original = EncryptedPrivateKeyInfo.parse(TestData.pemBody("encrypted/ec-p-256-aes128-sha1.pem"));
        byte[] ciphertext = original.encryptedData().toByteArray();
        byte[] lastBlockFlipped = ciphertext.clone();
        lastBlockFlipped[lastBlockFlipped.length - 17] ^= 0x01;
        Pbes2Parameters scheme = (Pbes2Parameters) original.scheme();
        EncryptedPrivateKeyInfo garbage = new EncryptedPrivateKeyInfo(original.encryptionAlgorithm(),
                Bytes.wrap(scheme.encrypt("not a private key".getBytes(java.nio.charset.StandardCharsets.US_ASCII), PASSWORD, crypto)));
        for (EncryptedPrivateKeyInfo broken : new EncryptedPrivateKeyInfo[] {
            new EncryptedPrivateKeyInfo(original.encryptionAlgorithm(), Bytes.wrap(lastBlockFlipped)),
            new EncryptedPrivateKeyInfo(original.encryptionAlgorithm(), Bytes.wrap(ciphertext).slice(0, ciphertext.length - 16)),
            new EncryptedPrivateKeyInfo(original.encryptionAlgorithm(), Bytes.wrap(ciphertext).slice(0, ciphertext.length - 1)),
            new EncryptedPrivateKeyInfo(original.encryptionAlgorithm(), Bytes.EMPTY),
            garbage}) {
            X509Exception e = assertFails(X509Failure.WRONG_PASSWORD, () -> broken.decrypt(PASSWORD, crypto, IterationBudget.forOneFile()));
            assertEquals("wrong password or corrupted key", e.detail());
        }
    }

    @Test
    void refusesAPrfCryptoDoesNotHave() throws X509Exception {
        EncryptedPrivateKeyInfo encrypted = EncryptedPrivateKeyInfo.parse(TestData.pemBody("encrypted/ec-p-256-sha224-prf.pem"));
        assertFails(X509Failure.UNSUPPORTED_ALGORITHM, () -> encrypted.decrypt(PASSWORD, crypto, IterationBudget.forOneFile()));
    }

    @Test
    void refusesIterationCountsBeyondTheBudgetBeforeDeriving() throws X509Exception {
        EncryptedPrivateKeyInfo encrypted = EncryptedPrivateKeyInfo.parse(TestData.pemBody("encrypted/ec-p-521-aes256-100000.pem"));
        IterationBudget budget = IterationBudget.of(99_999);
        assertFails(X509Failure.INVALID_ALGORITHM_PARAMETERS, () -> encrypted.decrypt(PASSWORD, crypto, budget));
        assertEquals(99_999, budget.remaining());
    }

    @Test
    void writesPbes2WithSha256AndAes256ThatReadsBack() throws X509Exception {
        PrivateKey key = openSslDecryption("ed25519-des3-sha384.pem");
        EncryptedPrivateKeyInfo written = EncryptedPrivateKeyInfo.encrypt(key, PASSWORD, crypto, 1000);
        EncryptedPrivateKeyInfo reread = EncryptedPrivateKeyInfo.parse(written.encoded());
        Pbes2Parameters scheme = (Pbes2Parameters) reread.scheme();
        assertEquals(HashAlgorithm.SHA256, scheme.prf());
        assertEquals(BlockCipherAlgorithm.AES_256, scheme.cipher());
        assertEquals(1000, scheme.iterationCount());
        assertEquals(16, scheme.salt().length());
        assertSameKey(key, reread.decrypt(PASSWORD, crypto, IterationBudget.forOneFile()));
        assertFails(X509Failure.WRONG_PASSWORD, () -> reread.decrypt(UNICODE, crypto, IterationBudget.forOneFile()));
    }

    private static PrivateKey openSslDecryption(String file) throws X509Exception {
        String name = file.substring(0, file.lastIndexOf('.')) + ".openssl.der";
        return PrivateKeys.fromPkcs8(TestData.bytes("encrypted/" + name));
    }
}
