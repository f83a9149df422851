package dev.parley.x509.der;

import static dev.parley.x509.testing.Failures.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The header rules of DER (X.690 §8.1, §10.1) and the reader's bounds. */
class DerReaderTest {

    private static DerReader reader(String hex) throws X509Exception {
        return DerReader.of(Bytes.fromHex(hex));
    }

    @Test
    void readsShortAndLongFormLengths() throws X509Exception {
        assertEquals(3, reader("0403010203").octetString("short").length());
        byte[] long200 = new byte[203];
        long200[0] = 0x04;
        long200[1] = (byte) 0x81;
        long200[2] = (byte) 200;
        assertEquals(200, DerReader.of(long200).octetString("long").length());
    }

    @Test
    void rejectsIndefiniteLength() {
        assertFails(X509Failure.INDEFINITE_LENGTH, () -> reader("308002010000").sequence("indefinite"));
    }

    @Test
    void rejectsNonMinimalLengthEncoding() {
        // 5 fits the short form, so 81 05 is not DER.
        assertFails(X509Failure.NON_MINIMAL_LENGTH, () -> reader("04810501020304 05").octetString("x"));
    }

    @Test
    void rejectsLengthWithLeadingZeroOctet() {
        byte[] input = new byte[4 + 200];
        input[0] = 0x04;
        input[1] = (byte) 0x82;
        input[2] = 0x00;
        input[3] = (byte) 200;
        assertFails(X509Failure.NON_MINIMAL_LENGTH, () -> DerReader.of(input).octetString("x"));
    }

    @Test
    void rejectsLengthFieldsLongerThanFourOctets() {
        assertFails(X509Failure.LENGTH_OUT_OF_RANGE, () -> reader("04850100000000").octetString("x"));
        assertFails(X509Failure.LENGTH_OUT_OF_RANGE, () -> reader("04ff").octetString("reserved 0xFF"));
    }

    @Test
    void rejectsLengthBeyondTheInputBeforeAllocating() {
        // Claims 2^32 - 1 octets; must fail on the length alone.
        assertFails(X509Failure.TRUNCATED, () -> reader("0484ffffffff00").octetString("huge"));
        assertFails(X509Failure.TRUNCATED, () -> reader("0405010203").octetString("short"));
        assertFails(X509Failure.TRUNCATED, () -> reader("04").octetString("header only"));
    }

    @Test
    void rejectsTrailingDataAfterTheLastElement() throws X509Exception {
        DerReader in = reader("05000500");
        in.nul("first");
        assertFails(X509Failure.TRAILING_DATA, () -> {
            in.expectEnd("structure");
            return null;
        });
    }

    @Test
    void rejectsHighTagNumberFormForSmallNumbers() {
        // Tag number 5 in the long form: 9f 05 instead of 85.
        assertFails(X509Failure.MALFORMED_TAG, () -> reader("9f0500").readAny("x"));
    }

    @Test
    void rejectsHighTagNumberWithLeadingZeroSeptet() {
        assertFails(X509Failure.MALFORMED_TAG, () -> reader("9f801f00").readAny("x"));
    }

    @Test
    void readsHighTagNumbers() throws X509Exception {
        DerValue value = reader("9f8100 00".replace(" ", "")).readAny("x");
        assertEquals(DerTag.contextPrimitive(128), value.tag());
        assertEquals(Bytes.fromHex("9f810000"), DerValue.of(DerTag.contextPrimitive(128), Bytes.EMPTY).encoded());
    }

    @Test
    void rejectsConstructedStringsAsBerOnly() {
        // A constructed OCTET STRING (0x24) is BER; DER strings are primitive (X.690 §10.2).
        assertFails(X509Failure.UNEXPECTED_TAG, () -> reader("24060401aa0401bb").octetString("x"));
    }

    @Test
    void rejectsNestingDeeperThanTheBound() throws X509Exception {
        assertFails(X509Failure.NESTING_TOO_DEEP, () -> descend(nestedSequences(DerReader.MAX_DEPTH + 1)));
        assertEquals(DerReader.MAX_DEPTH, descend(nestedSequences(DerReader.MAX_DEPTH)));
    }

    @Test
    void rejectsInputsOverTheSizeBound() {
        assertFails(X509Failure.INPUT_TOO_LARGE, () -> DerReader.of(new byte[101], 100));
    }

    @Test
    void peekingDoesNotConsume() throws X509Exception {
        DerReader in = reader("0101ff0500");
        assertEquals(DerTag.BOOLEAN, in.peekTag());
        assertTrue(in.nextIs(DerTag.BOOLEAN));
        assertFalse(in.nextIs(DerTag.NULL));
        assertTrue(in.bool("b"));
        assertTrue(in.nextIs(DerTag.NULL));
    }

    @Test
    void readsOptionalFieldsOnlyWhenTheirTagIsNext() throws X509Exception {
        DerReader in = reader("a003020101" + "0500");
        assertTrue(in.optionalConstructed(DerTag.contextConstructed(1), "absent").isEmpty());
        DerReader version = in.optionalConstructed(DerTag.contextConstructed(0), "present").orElseThrow();
        assertEquals(1, version.intValue(0, 2, "version"));
        assertTrue(in.optionalContent(DerTag.contextPrimitive(2), "absent").isEmpty());
        in.nul("null");
        assertFalse(in.nextIs(DerTag.NULL), "an empty reader has no next element");
    }

    @Test
    void rejectsSetOfElementsOutOfOrder() throws X509Exception {
        assertFails(X509Failure.SET_NOT_SORTED, () -> reader("3106020102020101").setOf("set"));
        DerReader sorted = reader("3106020101020102").setOf("set");
        assertEquals(1, sorted.intValue(0, 9, "first"));
        assertEquals(2, sorted.intValue(0, 9, "second"));
    }

    @Test
    void rejectsUnexpectedTagsNamingTheField() {
        X509Exception e = assertFails(X509Failure.UNEXPECTED_TAG, () -> reader("0500").integer("serialNumber"));
        assertTrue(e.detail().contains("serialNumber"), e.detail());
    }

    private static byte[] nestedSequences(int depth) {
        byte[] der = new byte[2 * depth];
        for (int i = 0; i < depth; i++) {
            der[2 * i] = 0x30;
            der[2 * i + 1] = (byte) (2 * (depth - i - 1));
        }
        return Arrays.copyOf(der, der.length);
    }

    private static int descend(byte[] der) throws X509Exception {
        DerReader in = DerReader.of(der);
        int depth = 0;
        while (!in.isEmpty()) {
            in = in.sequence("level " + depth);
            depth++;
        }
        return depth;
    }
}
