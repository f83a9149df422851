package dev.parley.x509.der;

import static dev.parley.x509.testing.Failures.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import org.junit.jupiter.api.Test;

/** BIT STRING content rules (X.690 §8.6.2, §11.2.1). */
class BitStringTest {

    @Test
    void rejectsMoreThanSevenUnusedBits() {
        assertFails(X509Failure.INVALID_BIT_STRING, () -> BitString.fromContent(Bytes.fromHex("0800")));
    }

    @Test
    void rejectsNonZeroPaddingBits() {
        // One unused bit, and it is set: 0x81 = 1000 0001.
        assertFails(X509Failure.INVALID_BIT_STRING, () -> BitString.fromContent(Bytes.fromHex("0181")));
    }

    @Test
    void rejectsUnusedBitsInAnEmptyString() {
        assertFails(X509Failure.INVALID_BIT_STRING, () -> BitString.fromContent(Bytes.fromHex("03")));
    }

    @Test
    void rejectsAContentWithoutTheUnusedBitsOctet() {
        assertFails(X509Failure.INVALID_BIT_STRING, () -> BitString.fromContent(Bytes.EMPTY));
    }

    @Test
    void numbersNamedBitsFromTheMostSignificantBit() throws X509Exception {
        // OpenSSL's FORMAT:BITLIST,BITSTRING:0,5,6 is 03 02 01 86 (der-vectors.tsv).
        BitString bits = BitString.fromContent(Bytes.fromHex("0186"));
        assertEquals(7, bits.bitLength());
        assertTrue(bits.isSet(0));
        assertFalse(bits.isSet(1));
        assertTrue(bits.isSet(5));
        assertTrue(bits.isSet(6));
        assertFalse(bits.isSet(7), "bits past the end are not set");
        assertFalse(bits.isSet(-1));
    }

    @Test
    void constructorRefusesWhatTheDecoderRefuses() {
        assertThrows(IllegalArgumentException.class, () -> new BitString(Bytes.fromHex("81"), 1));
        assertThrows(IllegalArgumentException.class, () -> new BitString(Bytes.EMPTY, 1));
        assertThrows(IllegalArgumentException.class, () -> new BitString(Bytes.fromHex("00"), 8));
    }
}
