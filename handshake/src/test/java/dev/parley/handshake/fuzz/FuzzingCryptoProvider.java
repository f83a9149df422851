package dev.parley.handshake.fuzz;

import dev.parley.crypto.Aead;
import dev.parley.crypto.AeadAlgorithm;
import dev.parley.crypto.CryptoException;
import dev.parley.crypto.ForwardingCryptoProvider;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.Hmac;
import dev.parley.crypto.PublicKey;
import dev.parley.crypto.SeededRandomSource;
import dev.parley.crypto.SignatureAlgorithm;
import dev.parley.crypto.SignatureVerifier;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;

/**
 * The fuzzing provider of STYLE.md §6: real, seeded primitives, except the three checks a fuzzer
 * cannot get past by mutation, which always pass, so that mutated bytes reach the code behind
 * them. Test code only; it must never ship.
 * <ul>
 *   <li>AEADs are transparent: sealing copies the plaintext and appends a zero tag, opening
 *       drops the tag unchecked. Encrypted handshake messages are plain in the seeds, and a
 *       mutated record opens to the mutated bytes.</li>
 *   <li>HMAC outputs zeros, so every Finished verify_data and PSK binder matches
 *       (RFC 8446 §4.4.4, §4.2.11.2); HKDF stays delegate().</li>
 *   <li>Every signature verifies, once the key itself has been accepted by the real provider
 *       (so key decoding and validation are still fuzzed).</li>
 * </ul>
 */
final class FuzzingCryptoProvider extends ForwardingCryptoProvider {

    /** A provider whose randomness (and so every key share and random) comes from {@code seed}. */
    FuzzingCryptoProvider(String seed) {
        super(new BouncyCastleCryptoProvider(new SeededRandomSource(seed)));
    }

    @Override
    public Hmac hmac(HashAlgorithm algorithm, byte[] key) {
        return new Hmac() {
            @Override
            public HashAlgorithm algorithm() {
                return algorithm;
            }

            @Override
            public void update(byte[] input, int offset, int length) {
            }

            @Override
            public byte[] doFinal() {
                return new byte[algorithm.outputLength()];
            }
        };
    }

    @Override
    public Aead aead(AeadAlgorithm algorithm, byte[] key) {
        delegate().aead(algorithm, key);
        return new Aead() {
            @Override
            public AeadAlgorithm algorithm() {
                return algorithm;
            }

            @Override
            public int seal(byte[] nonce, byte[] aad, int aadOffset, int aadLength, byte[] in, int inOffset,
                            int plaintextLength, byte[] out, int outOffset) {
                System.arraycopy(in, inOffset, out, outOffset, plaintextLength);
                java.util.Arrays.fill(out, outOffset + plaintextLength, outOffset + plaintextLength
                        + AeadAlgorithm.TAG_LENGTH, (byte) 0);
                return plaintextLength + AeadAlgorithm.TAG_LENGTH;
            }

            @Override
            public int open(byte[] nonce, byte[] aad, int aadOffset, int aadLength, byte[] in, int inOffset,
                            int ciphertextLength, byte[] out, int outOffset) throws CryptoException {
                if (ciphertextLength < AeadAlgorithm.TAG_LENGTH) {
                    throw new CryptoException(CryptoException.Kind.AUTHENTICATION_FAILED, "shorter than the tag");
                }
                System.arraycopy(in, inOffset, out, outOffset, ciphertextLength - AeadAlgorithm.TAG_LENGTH);
                return ciphertextLength - AeadAlgorithm.TAG_LENGTH;
            }
        };
    }

    @Override
    public SignatureVerifier verifier(SignatureAlgorithm algorithm, PublicKey key) throws CryptoException {
        delegate().verifier(algorithm, key);
        return new SignatureVerifier() {
            @Override
            public SignatureAlgorithm algorithm() {
                return algorithm;
            }

            @Override
            public boolean verify(byte[] message, byte[] signature) {
                return true;
            }
        };
    }

}
