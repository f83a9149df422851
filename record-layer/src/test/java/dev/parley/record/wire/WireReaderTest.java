package dev.parley.record.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parley.crypto.Bytes;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class WireReaderTest {

    @Test
    void readsBigEndianIntegers() throws DecodeFailure {
        WireReader in = new WireReader(Bytes.fromHex("01 0203 040506 0708090a").toByteArray());
        assertEquals(0x01, in.u8());
        assertEquals(0x0203, in.u16());
        assertEquals(0x040506, in.u24());
        assertEquals(0x0708090aL, in.u32());
        in.expectEnd("integers");
    }

    @Test
    void readsUint32AboveIntRange() throws DecodeFailure {
        assertEquals(0xFFFFFFFFL, new WireReader(Bytes.fromHex("ffffffff").toByteArray()).u32());
    }

    @Test
    void rejectsVectorBelowItsMinimum() {
        WireReader in = new WireReader(Bytes.fromHex("00").toByteArray());
        DecodeFailure failure = assertThrows(DecodeFailure.class, () -> in.opaque8("cookie", 1, 255));
        assertEquals(WireFailure.LENGTH_OUT_OF_RANGE, failure.reason());
    }

    @Test
    void rejectsVectorLongerThanWhatArrived() {
        // A 2-byte length of 0xffff with 3 bytes behind it: truncated, and nothing allocated for 64 KiB.
        WireReader in = new WireReader(Bytes.fromHex("ffff 010203").toByteArray());
        DecodeFailure failure = assertThrows(DecodeFailure.class, () -> in.opaque16("data", 0, 0xffff));
        assertEquals(WireFailure.TRUNCATED, failure.reason());
    }

    @Test
    void subReaderCannotReadPastItsVector() throws DecodeFailure {
        WireReader in = new WireReader(Bytes.fromHex("02 aabb cc").toByteArray());
        WireReader vector = in.sub8("vector", 0, 255);
        assertEquals(0xaabb, vector.u16());
        assertThrows(DecodeFailure.class, vector::u8);
        assertEquals(0xcc, in.u8());
    }

    @Test
    void trailingBytesAreAnError() {
        WireReader in = new WireReader(new byte[] {1});
        DecodeFailure failure = assertThrows(DecodeFailure.class, () -> in.expectEnd("Finished"));
        assertEquals(WireFailure.TRAILING_BYTES, failure.reason());
        assertEquals(dev.parley.record.AlertDescription.DECODE_ERROR, failure.alert());
    }

    @Test
    void writerPrefixesNestedBlocks() {
        WireWriter out = new WireWriter();
        out.u16(0x0033).lengthPrefixed16(ext -> ext.lengthPrefixed16(list -> list.u16(0x001d).opaque16(Bytes.of((byte) 9))));
        assertEquals(Bytes.fromHex("0033 0007 0005 001d 0001 09"), out.toBytes());
    }

    @Test
    void writerRejectsBlockTooLongForItsPrefix() {
        WireWriter out = new WireWriter();
        assertThrows(IllegalArgumentException.class, () -> out.lengthPrefixed8(w -> w.bytes(new byte[256])));
    }

    @Property
    void opaqueVectorsRoundTrip(@ForAll byte[] content) throws DecodeFailure {
        Bytes value = Bytes.of(content);
        WireWriter out = new WireWriter();
        if (content.length <= 0xFF) {
            out.opaque8(value);
            assertEquals(value, new WireReader(out.toByteArray()).opaque8("v", 0, 0xFF));
        } else {
            out.opaque16(value);
            assertEquals(value, new WireReader(out.toByteArray()).opaque16("v", 0, 0xFFFF));
        }
    }

    @Property
    void arbitraryBytesNeverEscapeAsUncheckedExceptions(@ForAll byte[] input) {
        WireReader in = new WireReader(input);
        try {
            while (!in.isEmpty()) {
                WireReader vector = in.sub16("v", 0, 0xFFFF);
                vector.opaque8("inner", 0, 0xFF);
            }
        } catch (DecodeFailure expected) {
            // the only allowed outcome besides success
        }
    }
}
