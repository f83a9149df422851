package dev.parley.handshake.fuzz;

import dev.parley.crypto.Aead;
import dev.parley.crypto.AeadAlgorithm;
import dev.parley.crypto.BlockCipherAlgorithm;
import dev.parley.crypto.CbcCipher;
import dev.parley.crypto.CryptoException;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.EcPrivateKey;
import dev.parley.crypto.EdPrivateKey;
import dev.parley.crypto.Hash;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.Hkdf;
import dev.parley.crypto.Hmac;
import dev.parley.crypto.KeyAgreement;
import dev.parley.crypto.KeyAgreementAlgorithm;
import dev.parley.crypto.KeyType;
import dev.parley.crypto.NamedCurve;
import dev.parley.crypto.PrivateKey;
import dev.parley.crypto.PublicKey;
import dev.parley.crypto.RandomSource;
import dev.parley.crypto.RsaPrivateKey;
import dev.parley.crypto.SeededRandomSource;
import dev.parley.crypto.SignatureAlgorithm;
import dev.parley.crypto.SignatureVerifier;
import dev.parley.crypto.Signer;
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
 *       (RFC 8446 §4.4.4, §4.2.11.2); HKDF stays real.</li>
 *   <li>Every signature verifies, once the key itself has been accepted by the real provider
 *       (so key decoding and validation are still fuzzed).</li>
 * </ul>
 */
final class FuzzingCryptoProvider implements CryptoProvider {

    private final CryptoProvider real;

    /** A provider whose randomness (and so every key share and random) comes from {@code seed}. */
    FuzzingCryptoProvider(String seed) {
        this.real = new BouncyCastleCryptoProvider(new SeededRandomSource(seed));
    }

    @Override
    public RandomSource random() {
        return real.random();
    }

    @Override
    public Hash hash(HashAlgorithm algorithm) {
        return real.hash(algorithm);
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
    public Hkdf hkdf(HashAlgorithm algorithm) {
        return real.hkdf(algorithm);
    }

    @Override
    public Aead aead(AeadAlgorithm algorithm, byte[] key) {
        real.aead(algorithm, key);
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
    public KeyAgreement keyAgreement(KeyAgreementAlgorithm algorithm) {
        return real.keyAgreement(algorithm);
    }

    @Override
    public Signer signer(SignatureAlgorithm algorithm, PrivateKey key) throws CryptoException {
        return real.signer(algorithm, key);
    }

    @Override
    public SignatureVerifier verifier(SignatureAlgorithm algorithm, PublicKey key) throws CryptoException {
        real.verifier(algorithm, key);
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

    @Override
    public PublicKey publicKeyOf(PrivateKey key) throws CryptoException {
        return real.publicKeyOf(key);
    }

    @Override
    public RsaPrivateKey generateRsaKey(int modulusBits) {
        return real.generateRsaKey(modulusBits);
    }

    @Override
    public EcPrivateKey generateEcKey(NamedCurve curve) {
        return real.generateEcKey(curve);
    }

    @Override
    public EdPrivateKey generateEdKey(KeyType type) {
        return real.generateEdKey(type);
    }

    @Override
    public CbcCipher cbc(BlockCipherAlgorithm algorithm, byte[] key) throws CryptoException {
        return real.cbc(algorithm, key);
    }
}
