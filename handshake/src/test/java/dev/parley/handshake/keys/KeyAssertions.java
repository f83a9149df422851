package dev.parley.handshake.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.crypto.Bytes;
import dev.parley.record.TlsException;

/** Assertions on the secret-holding types, which deliberately have no content equality of their own. */
final class KeyAssertions {

    private KeyAssertions() {
    }

    static void assertSecret(Bytes expected, Secret actual, String what) throws TlsException {
        assertEquals(expected, Bytes.wrap(actual.copyBytes()), what);
    }

    static void assertSecret(Bytes expected, TrafficSecret actual, String what) throws TlsException {
        assertSecret(expected, actual.secret(), what);
    }

    /** The write key and IV of an RFC 8448 "derive ... traffic keys" operation. */
    static void assertKeys(Rfc8448.Operation expected, TrafficKeys actual) throws TlsException {
        assertEquals(expected.field("key expanded"), Bytes.wrap(actual.key()), expected.caption() + " key");
        assertEquals(expected.field("iv expanded"), Bytes.wrap(actual.iv()), expected.caption() + " iv");
    }

    /** The secret itself as {@link Bytes}, for assertions. */
    static Bytes bytesOf(Secret secret) throws TlsException {
        return Bytes.wrap(secret.copyBytes());
    }
}
