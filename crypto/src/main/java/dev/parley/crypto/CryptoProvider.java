package dev.parley.crypto;

/**
 * The narrow set of primitives TLS 1.3 and 1.2 and X.509 need, in algorithm terms.
 *
 * <p>One provider is shared by many connections; every method is safe to call concurrently, while
 * the objects it returns ({@link Hash}, {@link Aead}, ...) each belong to one user at a time.
 * {@code dev.parley.crypto.bc.BouncyCastleCryptoProvider} is the implementation that ships.
 */
public interface CryptoProvider {

    /** The random source every randomised operation of this provider draws from. */
    RandomSource random();

    /** A fresh, empty running hash. */
    Hash hash(HashAlgorithm algorithm);

    /** HMAC keyed with {@code key}. */
    Hmac hmac(HashAlgorithm algorithm, byte[] key);

    /** HKDF over {@code algorithm}. */
    Hkdf hkdf(HashAlgorithm algorithm);

    /**
     * An AEAD keyed with {@code key} for one direction.
     *
     * @throws IllegalArgumentException if the key length is not {@link AeadAlgorithm#keyLength()}
     */
    Aead aead(AeadAlgorithm algorithm, byte[] key);

    /** Ephemeral key agreement for one group. */
    KeyAgreement keyAgreement(KeyAgreementAlgorithm algorithm);

    /**
     * A signer for {@code key}.
     *
     * @throws CryptoException with {@link CryptoException.Kind#INVALID_KEY} if the key does not fit
     *         the algorithm (wrong family, Ed25519 key for Ed448, RSA key too small for PSS with this hash)
     */
    Signer signer(SignatureAlgorithm algorithm, PrivateKey key) throws CryptoException;

    /**
     * A verifier for {@code key}; the key is validated here (RSA modulus odd and of 1024 to 16384
     * bits, public exponent odd with 3 <= e < n; EC point uncompressed and on the curve;
     * EdDSA key of the right length and a valid point of the prime-order subgroup).
     *
     * @throws CryptoException with {@link CryptoException.Kind#INVALID_KEY} if the key is not
     *         usable with the algorithm
     */
    SignatureVerifier verifier(SignatureAlgorithm algorithm, PublicKey key) throws CryptoException;

    /** The public key belonging to {@code key}, to check that a certificate and a key belong together. */
    PublicKey publicKeyOf(PrivateKey key) throws CryptoException;

    /** A new RSA signing key with public exponent 65537. */
    RsaPrivateKey generateRsaKey(int modulusBits);

    /** A new ECDSA signing key on {@code curve}. */
    EcPrivateKey generateEcKey(NamedCurve curve);

    /** A new Ed25519 or Ed448 signing key. */
    EdPrivateKey generateEdKey(KeyType type);

    /**
     * A block cipher in CBC mode keyed with {@code key}, for reading encrypted key files only.
     *
     * @throws CryptoException with {@link CryptoException.Kind#INVALID_KEY} if the key length is wrong
     */
    CbcCipher cbc(BlockCipherAlgorithm algorithm, byte[] key) throws CryptoException;
}
