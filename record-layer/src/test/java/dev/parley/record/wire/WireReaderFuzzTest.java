package dev.parley.record.wire;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer target for the wire reader's vector handling. Runs its seed corpus in regression mode
 * with every {@code mvn verify}; {@code JAZZER_FUZZ=1} turns it into a fuzzing campaign.
 */
class WireReaderFuzzTest {

    @FuzzTest
    void nestedVectorsFailOnlyWithDecodeFailure(byte[] input) {
        WireReader in = new WireReader(input);
        try {
            while (!in.isEmpty()) {
                WireReader vector = in.sub16("outer", 0, 0xFFFF);
                while (!vector.isEmpty()) {
                    vector.opaque8("inner", 1, 0xFF);
                }
            }
        } catch (DecodeFailure expected) {
            // the only failure a decoder may produce
        }
    }
}
