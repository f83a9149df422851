package dev.parley.crypto;

import java.math.BigInteger;
import java.util.Objects;

/**
 * An RSA private key with its Chinese Remainder Theorem values (RFC 8017 §3.2, second
 * representation), as PKCS #1 and PKCS #8 files carry it.
 */
public final class RsaPrivateKey implements PrivateKey {

    private BigInteger modulus;
    private BigInteger publicExponent;
    private BigInteger privateExponent;
    private BigInteger prime1;
    private BigInteger prime2;
    private BigInteger exponent1;
    private BigInteger exponent2;
    private BigInteger coefficient;

    /** Names follow RSAPrivateKey in RFC 8017 Appendix A.1.2. */
    public RsaPrivateKey(BigInteger modulus, BigInteger publicExponent, BigInteger privateExponent,
                         BigInteger prime1, BigInteger prime2, BigInteger exponent1,
                         BigInteger exponent2, BigInteger coefficient) {
        this.modulus = Objects.requireNonNull(modulus, "modulus");
        this.publicExponent = Objects.requireNonNull(publicExponent, "publicExponent");
        this.privateExponent = Objects.requireNonNull(privateExponent, "privateExponent");
        this.prime1 = Objects.requireNonNull(prime1, "prime1");
        this.prime2 = Objects.requireNonNull(prime2, "prime2");
        this.exponent1 = Objects.requireNonNull(exponent1, "exponent1");
        this.exponent2 = Objects.requireNonNull(exponent2, "exponent2");
        this.coefficient = Objects.requireNonNull(coefficient, "coefficient");
    }

    @Override
    public KeyType type() {
        return KeyType.RSA;
    }

    /** The public half. */
    public RsaPublicKey publicKey() {
        return new RsaPublicKey(live(modulus), publicExponent);
    }

    public BigInteger modulus() {
        return live(modulus);
    }

    public BigInteger publicExponent() {
        return live(publicExponent);
    }

    public BigInteger privateExponent() {
        return live(privateExponent);
    }

    public BigInteger prime1() {
        return live(prime1);
    }

    public BigInteger prime2() {
        return live(prime2);
    }

    public BigInteger exponent1() {
        return live(exponent1);
    }

    public BigInteger exponent2() {
        return live(exponent2);
    }

    public BigInteger coefficient() {
        return live(coefficient);
    }

    @Override
    public void destroy() {
        modulus = null;
        publicExponent = null;
        privateExponent = null;
        prime1 = null;
        prime2 = null;
        exponent1 = null;
        exponent2 = null;
        coefficient = null;
    }

    @Override
    public boolean isDestroyed() {
        return modulus == null;
    }

    private static BigInteger live(BigInteger value) {
        if (value == null) {
            throw new IllegalStateException("private key was destroyed");
        }
        return value;
    }

    @Override
    public String toString() {
        return isDestroyed() ? "RsaPrivateKey[destroyed]" : "RsaPrivateKey[" + modulus.bitLength() + " bits, redacted]";
    }
}
