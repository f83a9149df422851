package dev.parley.x509.pkcs12;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.x509.X509Exception;
import dev.parley.x509.key.IterationBudget;
import dev.parley.x509.key.PasswordCallback;

/**
 * Jazzer targets for PKCS #12. The whole-file target stops at the MAC for almost every input, as
 * it should; the second target starts behind the MAC, at the AuthenticatedSafe, so that the
 * fuzzer reaches the bags, the decryption and the certificates. A small iteration budget keeps
 * each run short.
 */
class Pkcs12FuzzTest {

    private static final CryptoProvider CRYPTO = new BouncyCastleCryptoProvider();

    @FuzzTest
    void readsPkcs12FilesOrRejectsCleanly(byte[] input) {
        try {
            Pkcs12.read(input, PasswordCallback.of("parley".toCharArray()), "fuzz", CRYPTO).certifiedKey(CRYPTO);
        } catch (X509Exception expected) {
            // the only failure a parser may produce
        }
    }

    @FuzzTest
    void readsAuthenticatedSafesOrRejectsCleanly(byte[] input) {
        try {
            new SafeContentsReader("parley".toCharArray(), CRYPTO, IterationBudget.of(100_000)).readAuthenticatedSafe(input);
        } catch (X509Exception expected) {
            // the only failure a parser may produce
        }
    }
}
