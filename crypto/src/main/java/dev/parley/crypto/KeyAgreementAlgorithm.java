package dev.parley.crypto;

/**
 * Ephemeral key agreements: the groups of TLS 1.3 key_share and TLS 1.2 (EC)DHE.
 *
 * <p>Public shares use the TLS encodings of RFC 8446 §4.2.8.2: the raw little-endian u-coordinate
 * for X25519/X448 (RFC 7748), the uncompressed point for the NIST curves, and the big-endian
 * value left-padded to the length of p for the finite-field groups of RFC 7919.
 */
public enum KeyAgreementAlgorithm {
    X25519(32, 32),
    X448(56, 56),
    SECP256R1(65, 32),
    SECP384R1(97, 48),
    SECP521R1(133, 66),
    FFDHE2048(256, 256),
    FFDHE3072(384, 384),
    FFDHE4096(512, 512);

    private final int publicShareLength;
    private final int sharedSecretLength;

    KeyAgreementAlgorithm(int publicShareLength, int sharedSecretLength) {
        this.publicShareLength = publicShareLength;
        this.sharedSecretLength = sharedSecretLength;
    }

    /** Exact length of a public share on the wire. */
    public int publicShareLength() {
        return publicShareLength;
    }

    /**
     * Length of the shared secret {@link KeyShare#agree} returns. Finite-field secrets are padded
     * to the length of p (RFC 8446 §7.4.1); TLS 1.2 strips the leading zeros itself
     * (RFC 5246 §8.1.2).
     */
    public int sharedSecretLength() {
        return sharedSecretLength;
    }

    /** Whether this is one of the finite-field groups of RFC 7919. */
    public boolean isFiniteField() {
        return this == FFDHE2048 || this == FFDHE3072 || this == FFDHE4096;
    }
}
