package dev.parley.crypto;

/**
 * A block cipher in CBC mode without padding (NIST SP 800-38A §6.2); the caller adds and removes
 * PKCS #5 padding, so that the padding check stays visible where the file format defines it.
 */
public interface CbcCipher {

    BlockCipherAlgorithm algorithm();

    /** Encrypts whole blocks. {@code input.length} must be a multiple of the block length. */
    byte[] encrypt(byte[] iv, byte[] input);

    /**
     * Decrypts whole blocks.
     *
     * @throws CryptoException with {@link CryptoException.Kind#INVALID_INPUT} when the input is not
     *         a whole number of blocks or the IV has the wrong length
     */
    byte[] decrypt(byte[] iv, byte[] input) throws CryptoException;
}
