package dev.parley.crypto;

/** Makes ephemeral key shares for one key-agreement algorithm. */
public interface KeyAgreement {

    KeyAgreementAlgorithm algorithm();

    /** A fresh ephemeral key pair drawn from the provider's random source. */
    KeyShare generate();

    /**
     * A key share from a known private key, for known-answer tests (RFC 8448 prints its X25519
     * private keys). The encoding is the algorithm's natural one: 32/56 raw bytes for X25519/X448,
     * the big-endian scalar or exponent otherwise.
     *
     * @throws CryptoException with {@link CryptoException.Kind#INVALID_KEY} if it is not a valid
     *         private key for the algorithm
     */
    KeyShare fromPrivateKey(byte[] privateKey) throws CryptoException;
}
