package dev.parley.x509.key;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.x509.X509Exception;

/**
 * Jazzer target for encrypted PKCS #8: parsing, the PBES2 and PKCS #12 scheme parameters, key
 * derivation under a small budget, decryption, padding and the decrypted key.
 */
class EncryptedPrivateKeyFuzzTest {

    private static final CryptoProvider CRYPTO = new BouncyCastleCryptoProvider();

    @FuzzTest
    void decryptsEncryptedKeysOrRejectsCleanly(byte[] input) {
        try {
            EncryptedPrivateKeyInfo.parse(input).decrypt("parley".toCharArray(), CRYPTO, IterationBudget.of(100_000));
        } catch (X509Exception expected) {
            // the only failure a parser may produce
        }
    }
}
