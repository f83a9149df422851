package dev.parley.handshake.server;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.RandomSource;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Replays given values for the random draws of a known length, in order, and serves every other
 * draw from a fallback: a draw of exactly the length of the next scripted value takes that value.
 * RFC 8448 fixes the server random, the key-share private key, the PSS salt and ticket_age_add,
 * but an RSA signature also draws blinding values (of the modulus's length) that change nothing
 * in the result; those fall through to the fallback.
 */
final class ScriptedRandomSource implements RandomSource {

    private final Deque<Bytes> script;
    private final RandomSource fallback;

    ScriptedRandomSource(RandomSource fallback, List<Bytes> script) {
        this.fallback = fallback;
        this.script = new ArrayDeque<>(script);
    }

    @Override
    public synchronized void nextBytes(byte[] bytes) {
        Bytes next = script.peekFirst();
        if (next != null && next.length() == bytes.length) {
            script.removeFirst().copyTo(bytes, 0);
        } else {
            fallback.nextBytes(bytes);
        }
    }

    /** How many scripted values were not drawn; a replay test requires zero. */
    synchronized int remaining() {
        return script.size();
    }
}
