package dev.parley.handshake.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.Hkdf;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.record.TlsException;
import dev.parley.record.wire.CodecProperties;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireFailure;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** HkdfLabel (RFC 8446 §7.1): its encoding, its bounds, and HKDF-Expand-Label's length limit. */
class HkdfLabelTest {

    private final Hkdf sha256 = new BouncyCastleCryptoProvider().hkdf(HashAlgorithm.SHA256);

    @Property(tries = 300)
    void codecLaws(@ForAll("hkdfLabels") HkdfLabel label) {
        CodecProperties.assertCodecLaws(HkdfLabel.CODEC, label);
    }

    @Property
    void arbitraryBytesDecodeOrFailCleanly(@ForAll byte[] input) {
        CodecProperties.assertDecodesOrFailsCleanly(HkdfLabel.CODEC, input);
    }

    /** The encoding is uint16 length, then "tls13 " + label and the context, each behind one length byte. */
    @Property
    void encodingIsTheStructOfRfc8446(@ForAll @IntRange(min = 0, max = 0xFFFF) int length,
            @ForAll("labels") String label, @ForAll @Size(max = 255) byte[] context) throws TlsException {
        byte[] full = ("tls13 " + label).getBytes(StandardCharsets.US_ASCII);
        Bytes expected = Bytes.of((byte) (length >>> 8), (byte) length, (byte) full.length)
                .concat(Bytes.of(full)).concat(Bytes.of((byte) context.length)).concat(Bytes.of(context));
        assertEquals(expected, Bytes.wrap(HkdfLabel.CODEC.encode(HkdfLabel.of(length, label, Bytes.of(context)))));
    }

    @Property
    void labelsOutsideSevenTo255BytesAreRefused(@ForAll("tooLongLabels") String label) {
        assertOutOfRange(() -> HkdfLabel.of(32, label, Bytes.EMPTY));
    }

    @Property
    void contextsLongerThan255BytesAreRefused(@ForAll @Size(min = 256, max = 600) byte[] context) {
        assertOutOfRange(() -> HkdfLabel.of(32, "c hs traffic", Bytes.of(context)));
    }

    @Property
    void lengthsOutsideUint16AreRefused(@ForAll("notUint16") int length) {
        assertOutOfRange(() -> HkdfLabel.of(length, "key", Bytes.EMPTY));
    }

    @Test
    void labelBoundsAreSevenAnd255BytesWithThePrefix() throws TlsException {
        assertOutOfRange(() -> HkdfLabel.of(32, "", Bytes.EMPTY));
        assertEquals(7, HkdfLabel.of(32, "k", Bytes.EMPTY).label().length());
        assertEquals(255, HkdfLabel.of(32, "x".repeat(249), Bytes.EMPTY).label().length());
        assertOutOfRange(() -> HkdfLabel.of(32, "x".repeat(250), Bytes.EMPTY));
        assertEquals(255, HkdfLabel.of(32, "k", Bytes.wrap(new byte[255])).context().length());
    }

    @Test
    void nonAsciiLabelsAreRefused() {
        assertOutOfRange(() -> HkdfLabel.of(32, "trafic \u00e9t\u00e9", Bytes.EMPTY));
    }

    /** RFC 5869 §2.3: HKDF-Expand gives at most 255 * HashLen bytes; 8160 for SHA-256. */
    @Test
    void expansionIsLimitedTo255HashLengths() throws TlsException {
        Secret secret = Secret.zeros(32);
        assertEquals(8160, HkdfLabel.expand(sha256, secret, "exporter", Bytes.EMPTY, 8160).length);
        assertOutOfRange(() -> HkdfLabel.expand(sha256, secret, "exporter", Bytes.EMPTY, 8161));
    }

    @Test
    void decoderInsistsOnThePrefix() {
        byte[] encoded = HkdfLabel.CODEC.encode(new HkdfLabel(16, Bytes.wrap("tls12 key".getBytes(StandardCharsets.US_ASCII)),
                Bytes.EMPTY));
        DecodeFailure failure = assertThrows(DecodeFailure.class, () -> HkdfLabel.CODEC.decodeExactly(encoded, "label"));
        assertEquals(WireFailure.VALUE_OUT_OF_RANGE, failure.reason());
    }

    @Test
    void decoderRefusesALabelShorterThanSevenBytes() {
        byte[] encoded = {0x00, 0x10, 0x06, 't', 'l', 's', '1', '3', ' ', 0x00};
        DecodeFailure failure = assertThrows(DecodeFailure.class, () -> HkdfLabel.CODEC.decodeExactly(encoded, "label"));
        assertEquals(WireFailure.LENGTH_OUT_OF_RANGE, failure.reason());
    }

    private static void assertOutOfRange(org.junit.jupiter.api.function.Executable call) {
        TlsException failure = assertThrows(TlsException.class, call);
        assertEquals(KeyScheduleFailure.HKDF_LABEL_OUT_OF_RANGE, failure.reason());
    }

    @Provide
    Arbitrary<HkdfLabel> hkdfLabels() {
        return Combinators.combine(Arbitraries.integers().between(0, 0xFFFF), labels(),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(255))
                .as((length, label, context) -> new HkdfLabel(length,
                        Bytes.wrap(("tls13 " + label).getBytes(StandardCharsets.US_ASCII)), Bytes.of(context)));
    }

    @Provide
    Arbitrary<String> labels() {
        return Arbitraries.strings().ascii().ofMinLength(1).ofMaxLength(249);
    }

    @Provide
    Arbitrary<String> tooLongLabels() {
        return Arbitraries.strings().ascii().ofMinLength(250).ofMaxLength(400);
    }

    @Provide
    Arbitrary<Integer> notUint16() {
        return Arbitraries.oneOf(Arbitraries.integers().lessOrEqual(-1), Arbitraries.integers().greaterOrEqual(0x10000));
    }
}
