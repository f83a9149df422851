package dev.parley.crypto;

/**
 * An AEAD keyed once, for one direction of one connection (RFC 5116).
 *
 * <p>Key setup happens when the instance is made; each call only changes the nonce, so sealing a
 * record does not redo the AES key schedule or the GHASH tables. Input and output are the
 * caller's arrays; the output may overlap the input at the same offset (in-place operation).
 * An instance is not safe for concurrent use.
 */
public interface Aead {

    AeadAlgorithm algorithm();

    /**
     * Encrypts and authenticates, writing {@code plaintextLength + 16} bytes (ciphertext, then the
     * tag) to {@code out} at {@code outOffset}.
     *
     * @return the number of bytes written
     */
    int seal(byte[] nonce, byte[] aad, int aadOffset, int aadLength,
             byte[] in, int inOffset, int plaintextLength, byte[] out, int outOffset);

    /**
     * Checks the tag and decrypts {@code ciphertextLength} bytes (ciphertext, then the 16-byte
     * tag), writing {@code ciphertextLength - 16} bytes of plaintext to {@code out}.
     *
     * @return the number of plaintext bytes written
     * @throws CryptoException with {@link CryptoException.Kind#AUTHENTICATION_FAILED} when the
     *         tag does not verify (or the input is shorter than a tag); {@code out} then holds
     *         no plaintext
     */
    int open(byte[] nonce, byte[] aad, int aadOffset, int aadLength,
             byte[] in, int inOffset, int ciphertextLength, byte[] out, int outOffset) throws CryptoException;
}
