package dev.parley.crypto;

/** Verifies signatures made by one public key under one {@link SignatureAlgorithm}. */
public interface SignatureVerifier {

    SignatureAlgorithm algorithm();

    /**
     * Whether {@code signature} is a valid signature of {@code message}. A malformed signature
     * (wrong length, non-DER ECDSA encoding, values out of range) is simply invalid.
     */
    boolean verify(byte[] message, byte[] signature);
}
