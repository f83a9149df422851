package dev.parley.crypto;

/**
 * The authenticated encryption algorithms TLS 1.3 and the AEAD suites of TLS 1.2 use.
 *
 * <p>All three take a 12-byte nonce and produce a 16-byte tag (RFC 5116 §5.1 and §5.2,
 * RFC 8439 §2.8).
 */
public enum AeadAlgorithm {
    /** AES-128 in Galois/Counter Mode (NIST SP 800-38D, RFC 5116 AEAD_AES_128_GCM). */
    AES_128_GCM(16),
    /** AES-256 in Galois/Counter Mode (RFC 5116 AEAD_AES_256_GCM). */
    AES_256_GCM(32),
    /** ChaCha20 with Poly1305 (RFC 8439 §2.8). */
    CHACHA20_POLY1305(32);

    /** Nonce length in bytes, the same for all three. */
    public static final int NONCE_LENGTH = 12;
    /** Authentication tag length in bytes, the same for all three. */
    public static final int TAG_LENGTH = 16;

    private final int keyLength;

    AeadAlgorithm(int keyLength) {
        this.keyLength = keyLength;
    }

    /** Key length in bytes. */
    public int keyLength() {
        return keyLength;
    }

    /** Nonce length in bytes (N_MAX = N_MIN = 12). */
    public int nonceLength() {
        return NONCE_LENGTH;
    }

    /** Tag length in bytes. */
    public int tagLength() {
        return TAG_LENGTH;
    }
}
