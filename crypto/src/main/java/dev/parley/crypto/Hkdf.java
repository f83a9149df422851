package dev.parley.crypto;

/**
 * HKDF's two steps (RFC 5869 §2.2 and §2.3). HKDF-Expand-Label and Derive-Secret are TLS
 * constructions and live in the handshake module, on top of these.
 */
public interface Hkdf {

    HashAlgorithm algorithm();

    /** HKDF-Extract(salt, IKM) = HMAC-Hash(salt, IKM); an empty salt means HashLen zeros. */
    byte[] extract(byte[] salt, byte[] inputKeyingMaterial);

    /**
     * HKDF-Expand(PRK, info, L).
     *
     * @throws IllegalArgumentException if {@code length} exceeds 255 * HashLen
     */
    byte[] expand(byte[] pseudorandomKey, byte[] info, int length);
}
