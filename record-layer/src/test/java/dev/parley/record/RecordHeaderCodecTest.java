package dev.parley.record;

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

class RecordHeaderCodecTest {

    @Test
    void decodesThePrintedServerHelloHeader() throws DecodeFailure {
        // RFC 8448 §3: "complete record (95 octets):  16 03 03 00 5a ..."
        RecordHeader header = RecordHeader.CODEC.decodeExactly(Bytes.fromHex("16 03 03 00 5a").toByteArray(), "header");
        assertEquals(new RecordHeader(ContentType.HANDSHAKE, ProtocolVersion.TLS12, 0x5a), header);
    }

    @Property
    void recordHeaderCodecLaws(@ForAll("headers") RecordHeader header) {
        CodecProperties.assertCodecLaws(RecordHeader.CODEC, header);
    }

    @Property
    void recordHeaderDecodesGarbageCleanly(@ForAll byte[] input) {
        CodecProperties.assertDecodesOrFailsCleanly(RecordHeader.CODEC, input);
    }

    @Provide
    Arbitrary<RecordHeader> headers() {
        return Combinators.combine(
                Arbitraries.integers().between(0, 0xFF).map(ContentType::new),
                Arbitraries.integers().between(0, 0xFFFF).map(ProtocolVersion::new),
                Arbitraries.integers().between(0, 0xFFFF)).as(RecordHeader::new);
    }
}
