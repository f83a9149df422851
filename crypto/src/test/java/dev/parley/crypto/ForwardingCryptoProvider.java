package dev.parley.crypto;

/**
 * A provider that hands every call to another one, for test providers that change or count one
 * or two operations and leave the rest real: extend it and override only those.
 */
public abstract class ForwardingCryptoProvider implements CryptoProvider {

    private final CryptoProvider delegate;

    protected ForwardingCryptoProvider(CryptoProvider delegate) {
        this.delegate = delegate;
    }

    /** The provider every call not overridden goes to. */
    protected final CryptoProvider delegate() {
        return delegate;
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
    public SignatureVerifier verifier(SignatureAlgorithm algorithm, PublicKey key) throws CryptoException {
        return delegate.verifier(algorithm, key);
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
