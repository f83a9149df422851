package dev.parley.x509.pem;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.x509.X509Exception;
import dev.parley.x509.key.PasswordCallback;

/**
 * Jazzer targets for key files, PEM or DER: every private key format, public keys and the DER
 * sniffing that tells them apart; and, with a password, encrypted PKCS #8 and PKCS #12 read by content.
 */
class KeyFileFuzzTest {

    private static final CryptoProvider CRYPTO = new BouncyCastleCryptoProvider();

    @FuzzTest
    void readsKeyFilesOrRejectsCleanly(byte[] input) {
        try {
            KeyFile.read(input).privateKey();
        } catch (X509Exception expected) {
            // the only failure a parser may produce
        }
    }

    @FuzzTest
    void readsKeyFilesWithAPasswordOrRejectsCleanly(byte[] input) {
        try {
            KeyFile.read(input, PasswordCallback.of("parley".toCharArray()), "fuzz", CRYPTO).certifiedKey(CRYPTO);
        } catch (X509Exception expected) {
            // the only failure a parser may produce
        }
    }
}
