package dev.parley.x509.pkcs12;

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
import dev.parley.crypto.SignatureAlgorithm;
import dev.parley.crypto.SignatureVerifier;
import dev.parley.crypto.Signer;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;

/** The Bouncy Castle provider, counting the ciphers and MACs it hands out, to show what a reader did. */
final class CountingCryptoProvider implements CryptoProvider {

    private final CryptoProvider real = new BouncyCastleCryptoProvider();
    int cbcCiphers;
    int hmacs;

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
        hmacs++;
        return real.hmac(algorithm, key);
    }

    @Override
    public Hkdf hkdf(HashAlgorithm algorithm) {
        return real.hkdf(algorithm);
    }

    @Override
    public Aead aead(AeadAlgorithm algorithm, byte[] key) {
        return real.aead(algorithm, key);
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
        return real.verifier(algorithm, key);
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
        cbcCiphers++;
        return real.cbc(algorithm, key);
    }
}
