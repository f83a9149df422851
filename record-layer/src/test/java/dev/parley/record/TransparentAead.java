package dev.parley.record;

import dev.parley.crypto.Aead;
import dev.parley.crypto.AeadAlgorithm;
import dev.parley.crypto.CryptoException;

/**
 * An "AEAD" that encrypts nothing and accepts every tag: the fuzzing stand-in of STYLE.md §6 that
 * lets a fuzzer past the MAC check, into the parsing of what a record holds (TLS 1.3 padding,
 * inner content types, empty fragments, alert lengths). Test code only; it never ships.
 */
final class TransparentAead implements Aead {

    @Override
    public AeadAlgorithm algorithm() {
        return AeadAlgorithm.AES_128_GCM;
    }

    @Override
    public int seal(byte[] nonce, byte[] aad, int aadOffset, int aadLength,
                    byte[] in, int inOffset, int plaintextLength, byte[] out, int outOffset) {
        System.arraycopy(in, inOffset, out, outOffset, plaintextLength);
        java.util.Arrays.fill(out, outOffset + plaintextLength, outOffset + plaintextLength + AeadAlgorithm.TAG_LENGTH, (byte) 0);
        return plaintextLength + AeadAlgorithm.TAG_LENGTH;
    }

    @Override
    public int open(byte[] nonce, byte[] aad, int aadOffset, int aadLength,
                    byte[] in, int inOffset, int ciphertextLength, byte[] out, int outOffset) throws CryptoException {
        if (ciphertextLength < AeadAlgorithm.TAG_LENGTH) {
            throw new CryptoException(CryptoException.Kind.AUTHENTICATION_FAILED, "shorter than the tag");
        }
        System.arraycopy(in, inOffset, out, outOffset, ciphertextLength - AeadAlgorithm.TAG_LENGTH);
        return ciphertextLength - AeadAlgorithm.TAG_LENGTH;
    }
}
