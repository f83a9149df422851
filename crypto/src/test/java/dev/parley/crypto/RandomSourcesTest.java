package dev.parley.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The deterministic random sources other modules build reproducible providers on. */
class RandomSourcesTest {

    @Test
    void seededStreamIsSha256InCounterMode() throws Exception {
        byte[] stream = new SeededRandomSource("parley").bytes(40);
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        byte[] seed = "parley".getBytes(StandardCharsets.UTF_8);
        sha256.update(seed);
        sha256.update(new byte[8]);
        byte[] block0 = sha256.digest();
        sha256.update(seed);
        sha256.update(new byte[] {0, 0, 0, 0, 0, 0, 0, 1});
        byte[] block1 = sha256.digest();
        assertArrayEquals(block0, Arrays.copyOf(stream, 32));
        assertArrayEquals(Arrays.copyOf(block1, 8), Arrays.copyOfRange(stream, 32, 40));
    }

    @Test
    void sameSeedSameStreamRegardlessOfRequestSizes() {
        SeededRandomSource a = new SeededRandomSource("x");
        SeededRandomSource b = new SeededRandomSource("x");
        byte[] whole = a.bytes(100);
        byte[] pieces = new byte[100];
        int offset = 0;
        for (int size : new int[] {1, 31, 33, 0, 35}) {
            System.arraycopy(b.bytes(size), 0, pieces, offset, size);
            offset += size;
        }
        assertArrayEquals(whole, pieces);
        assertFalse(Arrays.equals(whole, new SeededRandomSource("y").bytes(100)));
    }

    @Test
    void replayHandsOutChunksAsOneStreamThenFails() {
        ReplayRandomSource replay = ReplayRandomSource.of(Bytes.fromHex("0102"), Bytes.fromHex("030405"));
        assertArrayEquals(new byte[] {1, 2, 3}, replay.bytes(3));
        assertEquals(2, replay.remaining());
        assertThrows(IllegalStateException.class, () -> replay.bytes(3));
    }

    @Test
    void replayContinuesFromItsFallback() {
        ReplayRandomSource replay = ReplayRandomSource.of(new SeededRandomSource("f"), Bytes.fromHex("aa"));
        byte[] out = replay.bytes(5);
        assertEquals((byte) 0xaa, out[0]);
        assertArrayEquals(new SeededRandomSource("f").bytes(4), Arrays.copyOfRange(out, 1, 5));
        assertEquals(0, replay.remaining());
    }
}
