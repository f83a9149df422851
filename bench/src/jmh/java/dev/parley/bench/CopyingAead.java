package dev.parley.bench;

import dev.parley.crypto.Aead;
import dev.parley.crypto.AeadAlgorithm;

/**
 * An AEAD that only copies its input and writes a zero tag: under it, a record round trip costs
 * exactly the record layer's own work plus the copies a real AEAD makes anyway. Benchmarks only.
 */
final class CopyingAead implements Aead {

    private final AeadAlgorithm algorithm;

    CopyingAead(AeadAlgorithm algorithm) {
        this.algorithm = algorithm;
    }

    @Override
    public AeadAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    public int seal(byte[] nonce, byte[] aad, int aadOffset, int aadLength,
                    byte[] in, int inOffset, int plaintextLength, byte[] out, int outOffset) {
        System.arraycopy(in, inOffset, out, outOffset, plaintextLength);
        java.util.Arrays.fill(out, outOffset + plaintextLength, outOffset + plaintextLength + AeadAlgorithm.TAG_LENGTH,
                (byte) 0);
        return plaintextLength + AeadAlgorithm.TAG_LENGTH;
    }

    @Override
    public int open(byte[] nonce, byte[] aad, int aadOffset, int aadLength,
                    byte[] in, int inOffset, int ciphertextLength, byte[] out, int outOffset) {
        System.arraycopy(in, inOffset, out, outOffset, ciphertextLength - AeadAlgorithm.TAG_LENGTH);
        return ciphertextLength - AeadAlgorithm.TAG_LENGTH;
    }
}
