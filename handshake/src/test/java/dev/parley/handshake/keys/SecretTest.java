package dev.parley.handshake.keys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.record.TlsException;
import org.junit.jupiter.api.Test;

/** {@link Secret}: copies in and out, never prints, and refuses use after destroy. */
class SecretTest {

    @Test
    void copiesInAndOut() throws TlsException {
        byte[] source = {1, 2, 3};
        Secret secret = Secret.copyOf(source);
        source[0] = 9;
        byte[] out = secret.copyBytes();
        assertArrayEquals(new byte[] {1, 2, 3}, out);
        out[1] = 9;
        assertArrayEquals(new byte[] {1, 2, 3}, secret.copyBytes());
        assertEquals(3, secret.length());
    }

    @Test
    void printsItsLengthOnly() {
        Secret secret = Secret.copyOf(Bytes.fromHex("deadbeefcafe").toByteArray());
        assertEquals("Secret(6 bytes, redacted)", secret.toString());
        assertFalse(secret.toString().contains("dead"));
    }

    @Test
    void destroyZeroesAndRefusesLaterUse() throws TlsException {
        byte[] bytes = {1, 2, 3};
        Secret secret = Secret.wrap(bytes);
        secret.destroy();
        secret.destroy();
        assertTrue(secret.isDestroyed());
        assertArrayEquals(new byte[3], bytes, "wiped");
        assertEquals("Secret(destroyed)", secret.toString());
        TlsException failure = assertThrows(TlsException.class, secret::copyBytes);
        assertEquals(KeyScheduleFailure.SECRET_DESTROYED, failure.reason());
    }

    @Test
    void zerosIsTheZeroValueOfRfc8446() throws TlsException {
        assertArrayEquals(new byte[48], Secret.zeros(48).copyBytes());
    }
}
