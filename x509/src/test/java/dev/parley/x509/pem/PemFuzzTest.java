package dev.parley.x509.pem;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.x509.X509Exception;

/** Jazzer target for PEM text: blocks and certificates are read or refused with X509Exception. */
class PemFuzzTest {

    @FuzzTest
    void readsPemOrRejectsCleanly(byte[] input) {
        try {
            Pem.blocks(input);
            Pem.certificates(input);
        } catch (X509Exception expected) {
            // the only failure a parser may produce
        }
    }
}
