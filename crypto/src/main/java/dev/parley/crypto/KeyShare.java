package dev.parley.crypto;

/**
 * One side of an ephemeral key agreement: a private key and the public share sent for it.
 *
 * <p>Security: {@code toString} does not print the private key; {@link #destroy()} drops it once
 * the shared secret is computed.
 */
public interface KeyShare {

    KeyAgreementAlgorithm algorithm();

    /** The public share in its TLS wire encoding (see {@link KeyAgreementAlgorithm}). */
    byte[] publicShare();

    /**
     * Computes the shared secret with the peer's public share after validating it: exact length,
     * uncompressed point on the curve (RFC 8446 §4.2.8.2), a non-zero X25519/X448 result
     * (RFC 7748 §6, RFC 8446 §7.4.2), {@code 1 < y < p-1} for finite-field groups (RFC 7919 §5.1).
     *
     * @throws CryptoException with {@link CryptoException.Kind#INVALID_PUBLIC_SHARE} when the
     *         peer's share fails any of these checks
     */
    byte[] agree(byte[] peerPublicShare) throws CryptoException;

    /** Forgets the private key. */
    void destroy();
}
