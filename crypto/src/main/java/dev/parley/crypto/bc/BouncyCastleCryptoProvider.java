package dev.parley.crypto.bc;

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
import java.security.SecureRandom;
import java.util.Objects;

/** The {@link CryptoProvider} Parley ships: Bouncy Castle's lightweight primitives. */
public final class BouncyCastleCryptoProvider implements CryptoProvider {

    private final RandomSource random;
    private final SecureRandom secureRandom;
    // Enough for the anchors and the servers' leaf keys a busy client meets; see EcPublicPoints.
    private final EcPublicPoints ecPublicPoints = new EcPublicPoints(256);

    /** A provider drawing randomness from the platform's default {@link SecureRandom}. */
    public BouncyCastleCryptoProvider() {
        this(new SecureRandom()::nextBytes);
    }

    /** A provider drawing every random byte from {@code random} (tests pass a seeded source). */
    public BouncyCastleCryptoProvider(RandomSource random) {
        this.random = Objects.requireNonNull(random, "random");
        this.secureRandom = new SecureRandomAdapter(random);
    }

    @Override
    public RandomSource random() {
        return random;
    }

    @Override
    public Hash hash(HashAlgorithm algorithm) {
        return new BcHash(algorithm);
    }

    @Override
    public Hmac hmac(HashAlgorithm algorithm, byte[] key) {
        return new BcHmac(algorithm, key);
    }

    @Override
    public Hkdf hkdf(HashAlgorithm algorithm) {
        return new BcHkdf(algorithm);
    }

    @Override
    public Aead aead(AeadAlgorithm algorithm, byte[] key) {
        return new BcAead(algorithm, key);
    }

    @Override
    public KeyAgreement keyAgreement(KeyAgreementAlgorithm algorithm) {
        return switch (algorithm) {
            case X25519, X448 -> new XdhKeyAgreement(algorithm, random);
            case SECP256R1, SECP384R1, SECP521R1 -> new EcdhKeyAgreement(algorithm, random);
            case FFDHE2048, FFDHE3072, FFDHE4096 -> new FfdheKeyAgreement(algorithm, random);
        };
    }

    @Override
    public Signer signer(SignatureAlgorithm algorithm, PrivateKey key) throws CryptoException {
        return BcSignatures.signer(algorithm, key, secureRandom);
    }

    @Override
    public SignatureVerifier verifier(SignatureAlgorithm algorithm, PublicKey key) throws CryptoException {
        return BcSignatures.verifier(algorithm, key, ecPublicPoints);
    }

    @Override
    public PublicKey publicKeyOf(PrivateKey key) throws CryptoException {
        return BcKeys.publicKeyOf(key);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if {@code modulusBits} is outside 1024..16384
     */
    @Override
    public RsaPrivateKey generateRsaKey(int modulusBits) {
        return RsaKeys.generate(modulusBits, secureRandom);
    }

    @Override
    public EcPrivateKey generateEcKey(NamedCurve curve) {
        return BcKeys.generateEc(curve, random);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if {@code type} is not an EdDSA key type
     */
    @Override
    public EdPrivateKey generateEdKey(KeyType type) {
        return BcKeys.generateEd(type, random);
    }

    @Override
    public CbcCipher cbc(BlockCipherAlgorithm algorithm, byte[] key) throws CryptoException {
        return BcCbcCipher.create(algorithm, key);
    }

}
