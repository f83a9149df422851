package dev.parley.crypto;

import java.util.Arrays;
import java.util.Objects;

/**
 * An EdDSA private key: the seed of RFC 8032 §5.1.5 (32 bytes, Ed25519) or §5.2.5 (57 bytes, Ed448),
 * which is what PKCS #8 carries (RFC 8410 §7).
 */
public final class EdPrivateKey implements PrivateKey {

    private final KeyType type;
    private final byte[] seed;
    private boolean destroyed;

    public EdPrivateKey(KeyType type, byte[] seed) {
        this.type = Objects.requireNonNull(type, "type");
        if (type != KeyType.ED25519 && type != KeyType.ED448) {
            throw new IllegalArgumentException("not an EdDSA key type: " + type);
        }
        int expected = type == KeyType.ED25519 ? 32 : 57;
        if (seed.length != expected) {
            throw new IllegalArgumentException(type + " seed must be " + expected + " bytes, not " + seed.length);
        }
        this.seed = seed.clone();
    }

    @Override
    public KeyType type() {
        return type;
    }

    /** A copy of the seed. */
    public byte[] seed() {
        if (destroyed) {
            throw new IllegalStateException("private key was destroyed");
        }
        return seed.clone();
    }

    @Override
    public void destroy() {
        Arrays.fill(seed, (byte) 0);
        destroyed = true;
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }

    @Override
    public String toString() {
        return "EdPrivateKey[" + type + (destroyed ? ", destroyed]" : ", redacted]");
    }
}
