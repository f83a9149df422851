package dev.parley.crypto;

import java.math.BigInteger;
import java.util.Objects;

/**
 * An RSA public key (RFC 8017 §3.1): modulus n and public exponent e.
 *
 * @param modulus n
 * @param publicExponent e
 */
public record RsaPublicKey(BigInteger modulus, BigInteger publicExponent) implements PublicKey {

    public RsaPublicKey {
        Objects.requireNonNull(modulus, "modulus");
        Objects.requireNonNull(publicExponent, "publicExponent");
    }

    @Override
    public KeyType type() {
        return KeyType.RSA;
    }

    /** The length of the modulus in bits, which is what "an RSA-2048 key" means. */
    public int bitLength() {
        return modulus.bitLength();
    }
}
