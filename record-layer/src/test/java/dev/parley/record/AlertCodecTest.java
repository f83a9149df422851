package dev.parley.record;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.crypto.Bytes;
import dev.parley.record.wire.CodecProperties;
import dev.parley.record.wire.DecodeFailure;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class AlertCodecTest {

    @Test
    void closeNotifyIsTheTwoPrintedBytes() throws DecodeFailure {
        // RFC 8448 §3 "{client}  send alert record": payload (2 octets): 01 00
        assertArrayEquals(Bytes.fromHex("01 00").toByteArray(), Alert.CODEC.encode(Alert.CLOSE_NOTIFY));
        assertEquals(Alert.CLOSE_NOTIFY, Alert.CODEC.decodeExactly(new byte[] {1, 0}, "alert"));
    }

    @Test
    void unknownLevelsAndDescriptionsDecodeAndPrint() throws DecodeFailure {
        Alert alert = Alert.CODEC.decodeExactly(new byte[] {7, (byte) 200}, "alert");
        assertEquals("AlertLevel(7) AlertDescription(200)", alert.toString());
    }

    @Test
    void errorsAreSentFatalAndClosuresAsWarnings() {
        assertEquals(new Alert(AlertLevel.FATAL, AlertDescription.BAD_RECORD_MAC), Alert.toSend(AlertDescription.BAD_RECORD_MAC));
        assertEquals(Alert.CLOSE_NOTIFY, Alert.toSend(AlertDescription.CLOSE_NOTIFY));
        assertEquals(Alert.USER_CANCELED, Alert.toSend(AlertDescription.USER_CANCELED));
    }

    @Property
    void alertCodecLaws(@ForAll("alerts") Alert alert) {
        CodecProperties.assertCodecLaws(Alert.CODEC, alert);
    }

    @Property
    void alertDecodesGarbageCleanly(@ForAll byte[] input) {
        CodecProperties.assertDecodesOrFailsCleanly(Alert.CODEC, input);
    }

    @Provide
    Arbitrary<Alert> alerts() {
        return Combinators.combine(
                Arbitraries.integers().between(0, 0xFF).map(AlertLevel::new),
                Arbitraries.integers().between(0, 0xFF).map(AlertDescription::new)).as(Alert::new);
    }
}
