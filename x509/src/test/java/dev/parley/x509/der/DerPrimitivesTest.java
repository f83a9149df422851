package dev.parley.x509.der;

import static dev.parley.x509.testing.Failures.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** INTEGER, BOOLEAN and NULL content rules (X.690 §8.2, §8.3, §8.8, §11.1). */
class DerPrimitivesTest {

    @Test
    void rejectsNonMinimalPositiveInteger() {
        assertFails(X509Failure.NON_MINIMAL_INTEGER, () -> DerPrimitives.integer(Bytes.fromHex("007f"), "x"));
    }

    @Test
    void rejectsNonMinimalNegativeInteger() {
        assertFails(X509Failure.NON_MINIMAL_INTEGER, () -> DerPrimitives.integer(Bytes.fromHex("ff80"), "x"));
    }

    @Test
    void rejectsEmptyInteger() {
        assertFails(X509Failure.NON_MINIMAL_INTEGER, () -> DerPrimitives.integer(Bytes.EMPTY, "x"));
    }

    @Test
    void keepsTheZeroOctetThatMakesAPositiveIntegerPositive() throws X509Exception {
        assertEquals(BigInteger.valueOf(128), DerPrimitives.integer(Bytes.fromHex("0080"), "x"));
        assertEquals(BigInteger.valueOf(-128), DerPrimitives.integer(Bytes.fromHex("80"), "x"));
        assertEquals(BigInteger.valueOf(-129), DerPrimitives.integer(Bytes.fromHex("ff7f"), "x"));
    }

    @Test
    void rejectsIntegersOutsideTheFieldsRange() {
        assertFails(X509Failure.INTEGER_OUT_OF_RANGE, () -> DerPrimitives.intValue(Bytes.fromHex("03"), 0, 2, "version"));
        assertFails(X509Failure.INTEGER_OUT_OF_RANGE, () -> DerPrimitives.intValue(Bytes.fromHex("ff"), 0, 2, "version"));
        assertFails(X509Failure.INTEGER_OUT_OF_RANGE,
                () -> DerPrimitives.intValue(Bytes.fromHex("0100000000"), 0, Integer.MAX_VALUE, "pathLen"));
    }

    @Test
    void acceptsOnlyZeroAndFfAsBoolean() throws X509Exception {
        assertTrue(DerPrimitives.bool(Bytes.fromHex("ff"), "x"));
        assertFalse(DerPrimitives.bool(Bytes.fromHex("00"), "x"));
        assertFails(X509Failure.INVALID_BOOLEAN, () -> DerPrimitives.bool(Bytes.fromHex("01"), "BER true"));
        assertFails(X509Failure.INVALID_BOOLEAN, () -> DerPrimitives.bool(Bytes.fromHex("ffff"), "two octets"));
        assertFails(X509Failure.INVALID_BOOLEAN, () -> DerPrimitives.bool(Bytes.EMPTY, "empty"));
    }

    @Test
    void rejectsNullWithContent() {
        assertFails(X509Failure.INVALID_NULL, () -> {
            DerPrimitives.nul(Bytes.fromHex("00"), "x");
            return null;
        });
    }
}
