package dev.parley.x509.path;

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
import java.util.concurrent.atomic.AtomicInteger;

/** A crypto provider that counts the signature verifications it performs, for the work-bound properties. */
final class CountingCryptoProvider implements CryptoProvider {

    private final CryptoProvider delegate;
    private final AtomicInteger verifications = new AtomicInteger();

    CountingCryptoProvider(CryptoProvider delegate) {
        this.delegate = delegate;
    }

    int verifications() {
        return verifications.get();
    }

    @Override
    public SignatureVerifier verifier(SignatureAlgorithm algorithm, PublicKey key) throws CryptoException {
        SignatureVerifier verifier = delegate.verifier(algorithm, key);
        return new SignatureVerifier() {
            @Override
            public SignatureAlgorithm algorithm() {
                return verifier.algorithm();
            }

            @Override
            public boolean verify(byte[] message, byte[] signature) {
                verifications.incrementAndGet();
                return verifier.verify(message, signature);
            }
        };
    }

    @Override
    public RandomSource random() {
        return delegate.random();
    }

    @Override
    public Hash hash(HashAlgorithm algorithm) {
        return delegate.hash(algorithm);
    }

    @Override
    public Hmac hmac(HashAlgorithm algorithm, byte[] key) {
        return delegate.hmac(algorithm, key);
    }

    @Override
    public Hkdf hkdf(HashAlgorithm algorithm) {
        return delegate.hkdf(algorithm);
    }

    @Override
    public Aead aead(AeadAlgorithm algorithm, byte[] key) {
        return delegate.aead(algorithm, key);
    }

    @Override
    public KeyAgreement keyAgreement(KeyAgreementAlgorithm algorithm) {
        return delegate.keyAgreement(algorithm);
    }

    @Override
    public Signer signer(SignatureAlgorithm algorithm, PrivateKey key) throws CryptoException {
        return delegate.signer(algorithm, key);
    }

    @Override
    public PublicKey publicKeyOf(PrivateKey key) throws CryptoException {
        return delegate.publicKeyOf(key);
    }

    @Override
    public RsaPrivateKey generateRsaKey(int modulusBits) {
        return delegate.generateRsaKey(modulusBits);
    }

    @Override
    public EcPrivateKey generateEcKey(NamedCurve curve) {
        return delegate.generateEcKey(curve);
    }

    @Override
    public EdPrivateKey generateEdKey(KeyType type) {
        return delegate.generateEdKey(type);
    }

    @Override
    public CbcCipher cbc(BlockCipherAlgorithm algorithm, byte[] key) throws CryptoException {
        return delegate.cbc(algorithm, key);
    }
}
