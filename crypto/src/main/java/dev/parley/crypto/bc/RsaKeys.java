package dev.parley.crypto.bc;

import dev.parley.crypto.CryptoException;
import dev.parley.crypto.RsaPrivateKey;
import dev.parley.crypto.RsaPublicKey;
import java.math.BigInteger;
import java.security.SecureRandom;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.RSAKeyPairGenerator;
import org.bouncycastle.crypto.params.RSAKeyGenerationParameters;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;

/**
 * RSA key checks, conversion to Bouncy Castle's parameter objects, and generation.
 *
 * <p>Size policy: a modulus of at least {@value #MINIMUM_MODULUS_BITS} bits, the floor browsers
 * apply to certificates (512-bit RSA is factored in hours and 768-bit RSA has been factored
 * publicly), and at most {@value #MAXIMUM_MODULUS_BITS} bits, so that a hostile certificate cannot
 * make one verification cost seconds.
 */
final class RsaKeys {

    static final int MINIMUM_MODULUS_BITS = 1024;
    static final int MAXIMUM_MODULUS_BITS = 16384;

    private static final BigInteger F4 = BigInteger.valueOf(65537);
    // Miller-Rabin certainty for generated primes: the chance a composite slips through is below 2^-128.
    private static final int PRIME_CERTAINTY = 128;

    private RsaKeys() {
    }

    /**
     * Checks a public key (RFC 8017 §3.1): n odd and within the size policy, e odd with 3 <= e < n.
     */
    static RSAKeyParameters publicParameters(RsaPublicKey key) throws CryptoException {
        BigInteger n = key.modulus();
        BigInteger e = key.publicExponent();
        checkModulus(n);
        if (!e.testBit(0) || e.compareTo(BigInteger.valueOf(3)) < 0 || e.compareTo(n) >= 0) {
            throw new CryptoException(CryptoException.Kind.INVALID_KEY, "RSA public exponent must be odd, >= 3 and < n");
        }
        try {
            return new RSAKeyParameters(false, n, e);
        } catch (IllegalArgumentException refused) {
            // Bouncy Castle's own modulus checks: a small prime factor, or not composite at all.
            throw new CryptoException(CryptoException.Kind.INVALID_KEY, refused.getMessage());
        }
    }

    /** Checks a private key's modulus the same way and converts it, keeping its CRT values. */
    static RSAPrivateCrtKeyParameters privateParameters(RsaPrivateKey key) throws CryptoException {
        if (key.isDestroyed()) {
            throw new CryptoException(CryptoException.Kind.INVALID_KEY, "private key was destroyed");
        }
        BigInteger n = key.modulus();
        checkModulus(n);
        if (!key.prime1().multiply(key.prime2()).equals(n)) {
            throw new CryptoException(CryptoException.Kind.INVALID_KEY, "RSA primes do not multiply to the modulus");
        }
        try {
            return new RSAPrivateCrtKeyParameters(n, key.publicExponent(), key.privateExponent(), key.prime1(),
                    key.prime2(), key.exponent1(), key.exponent2(), key.coefficient());
        } catch (IllegalArgumentException refused) {
            throw new CryptoException(CryptoException.Kind.INVALID_KEY, refused.getMessage());
        }
    }

    /** The modulus length in bytes, k in RFC 8017. */
    static int modulusLength(BigInteger n) {
        return (n.bitLength() + 7) / 8;
    }

    /** A new key with e = 65537 and a modulus of exactly {@code bits} bits. */
    static RsaPrivateKey generate(int bits, SecureRandom random) {
        if (bits < MINIMUM_MODULUS_BITS || bits > MAXIMUM_MODULUS_BITS) {
            throw new IllegalArgumentException("RSA modulus of " + bits + " bits is outside "
                    + MINIMUM_MODULUS_BITS + ".." + MAXIMUM_MODULUS_BITS);
        }
        RSAKeyPairGenerator generator = new RSAKeyPairGenerator();
        generator.init(new RSAKeyGenerationParameters(F4, random, bits, PRIME_CERTAINTY));
        AsymmetricCipherKeyPair pair = generator.generateKeyPair();
        RSAPrivateCrtKeyParameters k = (RSAPrivateCrtKeyParameters) pair.getPrivate();
        return new RsaPrivateKey(k.getModulus(), k.getPublicExponent(), k.getExponent(), k.getP(), k.getQ(),
                k.getDP(), k.getDQ(), k.getQInv());
    }

    private static void checkModulus(BigInteger n) throws CryptoException {
        int bits = n.bitLength();
        if (n.signum() <= 0 || !n.testBit(0)) {
            throw new CryptoException(CryptoException.Kind.INVALID_KEY, "RSA modulus must be odd and positive");
        }
        if (bits < MINIMUM_MODULUS_BITS || bits > MAXIMUM_MODULUS_BITS) {
            throw new CryptoException(CryptoException.Kind.INVALID_KEY, "RSA modulus of " + bits + " bits is outside "
                    + MINIMUM_MODULUS_BITS + ".." + MAXIMUM_MODULUS_BITS);
        }
    }
}
