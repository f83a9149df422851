package dev.parley.x509.pem;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.x509.X509Exception;

/**
 * Jazzer target for key files, PEM or DER: every private key format, encrypted PKCS #8, public
 * keys and the DER sniffing that tells them apart.
 */
class KeyFileFuzzTest {

    @FuzzTest
    void readsKeyFilesOrRejectsCleanly(byte[] input) {
        try {
            KeyFile.read(input).privateKey();
        } catch (X509Exception expected) {
            // the only failure a parser may produce
        }
    }
}
