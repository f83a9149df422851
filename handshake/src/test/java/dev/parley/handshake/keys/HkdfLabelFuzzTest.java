package dev.parley.handshake.keys;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.record.wire.CodecProperties;

/**
 * Jazzer target for the HkdfLabel decoder: any input decodes to a value that re-encodes to itself,
 * or fails with a DecodeFailure. Runs its seed corpus in regression mode with every
 * {@code mvn verify}; {@code JAZZER_FUZZ=1} turns it into a fuzzing campaign.
 */
class HkdfLabelFuzzTest {

    @FuzzTest
    void decodesOrFailsCleanly(byte[] input) {
        CodecProperties.assertDecodesOrFailsCleanly(HkdfLabel.CODEC, input);
    }
}
