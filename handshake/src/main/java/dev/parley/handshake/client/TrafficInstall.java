package dev.parley.handshake.client;

import dev.parley.crypto.AeadAlgorithm;
import dev.parley.handshake.engine.HandshakeContext;
import dev.parley.handshake.keys.TrafficKeys;
import dev.parley.handshake.keys.TrafficSecret;
import dev.parley.record.TlsException;

/**
 * Hands the keys of a traffic secret (RFC 8446 §7.3) to the record layer through the context,
 * then wipes our copy: the context keeps its own.
 */
final class TrafficInstall {

    private TrafficInstall() {
    }

    /** Records from the server are read with {@code secret}'s keys from now on. */
    static void read(HandshakeContext cx, TrafficSecret secret, AeadAlgorithm aead) throws TlsException {
        TrafficKeys keys = secret.keys(aead);
        try {
            cx.installReadKeys(keys);
        } finally {
            keys.destroy();
        }
    }

    /** Records to the server are written with {@code secret}'s keys from now on. */
    static void write(HandshakeContext cx, TrafficSecret secret, AeadAlgorithm aead) throws TlsException {
        TrafficKeys keys = secret.keys(aead);
        try {
            cx.installWriteKeys(keys);
        } finally {
            keys.destroy();
        }
    }
}
