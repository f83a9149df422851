package dev.parley.x509.key;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.crypto.EcPrivateKey;
import dev.parley.crypto.EdPrivateKey;
import dev.parley.crypto.PrivateKey;
import dev.parley.crypto.RsaPrivateKey;

/** Asserts that two private keys are the same key, value by value. */
public final class SameKey {

    private SameKey() {
    }

    public static void assertSameKey(PrivateKey expected, PrivateKey actual) {
        assertEquals(expected.type(), actual.type());
        if (expected instanceof RsaPrivateKey a && actual instanceof RsaPrivateKey b) {
            assertEquals(a.modulus(), b.modulus());
            assertEquals(a.publicExponent(), b.publicExponent());
            assertEquals(a.privateExponent(), b.privateExponent());
            assertEquals(a.prime1(), b.prime1());
            assertEquals(a.prime2(), b.prime2());
            assertEquals(a.exponent1(), b.exponent1());
            assertEquals(a.exponent2(), b.exponent2());
            assertEquals(a.coefficient(), b.coefficient());
        } else if (expected instanceof EcPrivateKey a && actual instanceof EcPrivateKey b) {
            assertEquals(a.curve(), b.curve());
            assertEquals(a.scalar(), b.scalar());
        } else {
            assertArrayEquals(((EdPrivateKey) expected).seed(), ((EdPrivateKey) actual).seed());
        }
    }
}
