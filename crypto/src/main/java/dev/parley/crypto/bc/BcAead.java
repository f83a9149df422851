package dev.parley.crypto.bc;

import dev.parley.crypto.Aead;
import dev.parley.crypto.AeadAlgorithm;
import dev.parley.crypto.CryptoException;
import java.util.Arrays;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.modes.AEADCipher;
import org.bouncycastle.crypto.modes.ChaCha20Poly1305;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * AES-GCM and ChaCha20-Poly1305 over Bouncy Castle, keyed once.
 *
 * <p>The first {@code init} carries the key; later ones pass a null key, which Bouncy Castle
 * documents as "reuse the previous key", so only the nonce changes per record: no AES key
 * expansion and no GHASH table rebuild on the hot path.
 */
final class BcAead implements Aead {

    private static final int TAG_BITS = AeadAlgorithm.TAG_LENGTH * 8;

    private final AeadAlgorithm algorithm;
    private final AEADCipher cipher;
    private KeyParameter key;

    BcAead(AeadAlgorithm algorithm, byte[] key) {
        if (key.length != algorithm.keyLength()) {
            throw new IllegalArgumentException(algorithm + " needs a " + algorithm.keyLength()
                    + "-byte key, not " + key.length);
        }
        this.algorithm = algorithm;
        this.cipher = switch (algorithm) {
            case AES_128_GCM, AES_256_GCM -> GCMBlockCipher.newInstance(AESEngine.newInstance());
            case CHACHA20_POLY1305 -> new ChaCha20Poly1305();
        };
        this.key = new KeyParameter(key);
    }

    @Override
    public AeadAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    public int seal(byte[] nonce, byte[] aad, int aadOffset, int aadLength,
                    byte[] in, int inOffset, int plaintextLength, byte[] out, int outOffset) {
        init(true, nonce);
        cipher.processAADBytes(aad, aadOffset, aadLength);
        int written = cipher.processBytes(in, inOffset, plaintextLength, out, outOffset);
        try {
            return written + cipher.doFinal(out, outOffset + written);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("encryption cannot fail authentication", e);
        }
    }

    @Override
    public int open(byte[] nonce, byte[] aad, int aadOffset, int aadLength,
                    byte[] in, int inOffset, int ciphertextLength, byte[] out, int outOffset)
            throws CryptoException {
        if (ciphertextLength < AeadAlgorithm.TAG_LENGTH) {
            throw new CryptoException(CryptoException.Kind.AUTHENTICATION_FAILED, "shorter than the tag");
        }
        init(false, nonce);
        cipher.processAADBytes(aad, aadOffset, aadLength);
        int plaintextLength = ciphertextLength - AeadAlgorithm.TAG_LENGTH;
        int written = cipher.processBytes(in, inOffset, ciphertextLength, out, outOffset);
        try {
            return written + cipher.doFinal(out, outOffset + written);
        } catch (InvalidCipherTextException e) {
            // Security: release no unauthenticated plaintext.
            Arrays.fill(out, outOffset, outOffset + plaintextLength, (byte) 0);
            throw new CryptoException(CryptoException.Kind.AUTHENTICATION_FAILED, "AEAD tag mismatch");
        }
    }

    private void init(boolean forEncryption, byte[] nonce) {
        cipher.init(forEncryption, new AEADParameters(key, TAG_BITS, nonce));
        key = null;
    }
}
