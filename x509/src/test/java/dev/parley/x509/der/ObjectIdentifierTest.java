package dev.parley.x509.der;

import static dev.parley.x509.testing.Failures.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parley.crypto.Bytes;
import dev.parley.x509.X509Failure;
import org.junit.jupiter.api.Test;

/** OBJECT IDENTIFIER content rules (X.690 §8.19) and the dotted form. */
class ObjectIdentifierTest {

    @Test
    void rejectsNonMinimalSubidentifiers() {
        // 0x80 0x01 pads the subidentifier 1 with a zero septet.
        assertFails(X509Failure.INVALID_OBJECT_IDENTIFIER, () -> ObjectIdentifier.fromContent(Bytes.fromHex("2a8001")));
        assertFails(X509Failure.INVALID_OBJECT_IDENTIFIER, () -> ObjectIdentifier.fromContent(Bytes.fromHex("802a")));
    }

    @Test
    void rejectsAnUnterminatedLastSubidentifier() {
        assertFails(X509Failure.INVALID_OBJECT_IDENTIFIER, () -> ObjectIdentifier.fromContent(Bytes.fromHex("2a86")));
    }

    @Test
    void rejectsAnEmptyIdentifier() {
        assertFails(X509Failure.INVALID_OBJECT_IDENTIFIER, () -> ObjectIdentifier.fromContent(Bytes.EMPTY));
    }

    @Test
    void rejectsSubidentifiersTooLongToBeReal() {
        byte[] content = new byte[22];
        java.util.Arrays.fill(content, (byte) 0xff);
        content[0] = 0x2a;
        content[21] = 0x01;
        assertFails(X509Failure.INVALID_OBJECT_IDENTIFIER, () -> ObjectIdentifier.fromContent(Bytes.wrap(content)));
    }

    @Test
    void splitsTheFirstSubidentifierIntoTwoArcs() throws Exception {
        assertEquals("0.39", ObjectIdentifier.fromContent(Bytes.fromHex("27")).value());
        assertEquals("1.0", ObjectIdentifier.fromContent(Bytes.fromHex("28")).value());
        assertEquals("2.0", ObjectIdentifier.fromContent(Bytes.fromHex("50")).value());
    }

    @Test
    void refusesDottedFormsThatAreNotIdentifiers() {
        for (String bad : new String[] {"1", "3.1", "1.40", "0.40", "1..2", "1.02", "1.2.", "a.b", ""}) {
            assertThrows(IllegalArgumentException.class, () -> ObjectIdentifier.of(bad), bad);
        }
        assertEquals("2.999", ObjectIdentifier.of("2.999").value());
    }
}
