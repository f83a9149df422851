package dev.parley.x509.der;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.x509.X509Exception;
import java.util.Arrays;

/**
 * Jazzer target for the DER reader: any input walks to the end or fails with X509Exception, and
 * what the reader accepts re-encodes to exactly itself (one encoding per value). Runs its seed
 * corpus in regression mode with every {@code mvn verify}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class DerReaderFuzzTest {

    @FuzzTest
    void walksArbitraryDerCleanly(byte[] input) {
        byte[] reEncoded;
        try {
            DerWalk.walk(DerReader.of(input));
            reEncoded = DerWalk.reEncode(DerReader.of(input));
        } catch (X509Exception expected) {
            return;
        }
        if (!Arrays.equals(input, reEncoded)) {
            throw new AssertionError("accepted DER did not re-encode to itself");
        }
    }
}
