package dev.parley.crypto;

/** Signs messages with one private key under one {@link SignatureAlgorithm}. */
public interface Signer {

    SignatureAlgorithm algorithm();

    /**
     * Signs {@code message} (hashing it as the algorithm says). ECDSA signatures are DER
     * {@code Ecdsa-Sig-Value}s (RFC 3279 §2.2.3), as TLS and X.509 carry them.
     */
    byte[] sign(byte[] message);
}
