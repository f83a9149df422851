package dev.parley.x509.key;

import dev.parley.crypto.BlockCipherAlgorithm;
import dev.parley.crypto.CbcCipher;
import dev.parley.crypto.CryptoException;
import dev.parley.crypto.CryptoProvider;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import java.util.Arrays;

/**
 * CBC encryption with the padding of RFC 8018 §6.1.1 step 4 (and RFC 7292 Appendix C, which uses
 * the same): 1 to blockLength octets, each holding the padding's length.
 *
 * <p>Security: a bad padding and a plaintext that does not parse are reported alike, as
 * {@link X509Failure#WRONG_PASSWORD}, and the padding is checked without branching on the
 * secret octets, so that neither the message nor the timing says which of the two happened.
 */
final class CbcWithPadding {

    private CbcWithPadding() {
    }

    /** Pads {@code plaintext} and encrypts it. */
    static byte[] encrypt(CryptoProvider crypto, BlockCipherAlgorithm algorithm, byte[] key, byte[] iv, byte[] plaintext) {
        int block = algorithm.blockLength();
        int padding = block - plaintext.length % block;
        byte[] padded = Arrays.copyOf(plaintext, plaintext.length + padding);
        Arrays.fill(padded, plaintext.length, padded.length, (byte) padding);
        try {
            return cipher(crypto, algorithm, key).encrypt(iv, padded);
        } catch (X509Exception e) {
            throw new IllegalStateException("the cipher refused a key of its own length", e);
        } finally {
            Arrays.fill(padded, (byte) 0);
        }
    }

    /**
     * Decrypts {@code ciphertext} and removes the padding.
     *
     * @throws X509Exception with {@link X509Failure#WRONG_PASSWORD} if the ciphertext is not a whole,
     *         non-empty number of blocks or the padding is wrong
     */
    static byte[] decrypt(CryptoProvider crypto, BlockCipherAlgorithm algorithm, byte[] key, byte[] iv, byte[] ciphertext)
            throws X509Exception {
        int block = algorithm.blockLength();
        if (ciphertext.length == 0 || ciphertext.length % block != 0 || iv.length != block) {
            throw wrongPassword();
        }
        byte[] padded;
        try {
            padded = cipher(crypto, algorithm, key).decrypt(iv, ciphertext);
        } catch (CryptoException e) {
            throw wrongPassword();
        }
        int length = unpaddedLength(padded, block);
        if (length < 0) {
            Arrays.fill(padded, (byte) 0);
            throw wrongPassword();
        }
        byte[] plaintext = Arrays.copyOf(padded, length);
        Arrays.fill(padded, (byte) 0);
        return plaintext;
    }

    /** The failure every decryption problem becomes. */
    static X509Exception wrongPassword() {
        return new X509Exception(X509Failure.WRONG_PASSWORD, "wrong password or corrupted key");
    }

    /**
     * The length without padding, or -1 if the padding is wrong. Security: every octet of the last
     * block is looked at whatever the padding length, and the verdict is accumulated without branches.
     */
    private static int unpaddedLength(byte[] padded, int block) {
        int padding = padded[padded.length - 1] & 0xFF;
        // Bad unless 1 <= padding <= block: (x - 1) and (block - x) are both non-negative exactly then.
        int bad = ((padding - 1) | (block - padding)) >>> 31;
        for (int i = 1; i <= block; i++) {
            int octet = padded[padded.length - i] & 0xFF;
            // In the padding when i <= padding: (padding - i) >= 0, so its sign bit is clear.
            int inPadding = ((padding - i) >>> 31) ^ 1;
            int differs = ((octet ^ padding) | -(octet ^ padding)) >>> 31;
            bad |= inPadding & differs;
        }
        return bad == 0 ? padded.length - padding : -1;
    }

    private static CbcCipher cipher(CryptoProvider crypto, BlockCipherAlgorithm algorithm, byte[] key) throws X509Exception {
        try {
            return crypto.cbc(algorithm, key);
        } catch (CryptoException e) {
            throw wrongPassword();
        }
    }
}
