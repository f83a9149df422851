package dev.parley.crypto.bc;

import dev.parley.crypto.KeyAgreementAlgorithm;
import java.math.BigInteger;
import org.bouncycastle.crypto.agreement.DHStandardGroups;
import org.bouncycastle.crypto.params.DHParameters;

/**
 * One of the finite-field Diffie-Hellman groups of RFC 7919 Appendix A: a safe prime p = 2q + 1,
 * the generator g = 2, and the private-exponent length Parley uses with it.
 *
 * <p>The primes come from Bouncy Castle's {@link DHStandardGroups}; a test checks them against the
 * hexadecimal text of RFC 7919 Appendix A.
 */
final class FfdheGroup {

    // RFC 7919 Appendix A.1-A.3: "Peers using ffdheXXXX that want to optimize their key exchange
    // with a short exponent (Section 5.2) should choose a secret key of at least 225 / 275 / 325
    // bits", twice the estimated strengths of 103, 125 and 150 bits with a margin.
    private static final FfdheGroup FFDHE2048 = new FfdheGroup(DHStandardGroups.rfc7919_ffdhe2048, 225);
    private static final FfdheGroup FFDHE3072 = new FfdheGroup(DHStandardGroups.rfc7919_ffdhe3072, 275);
    private static final FfdheGroup FFDHE4096 = new FfdheGroup(DHStandardGroups.rfc7919_ffdhe4096, 325);

    private final BigInteger p;
    private final BigInteger pMinusOne;
    private final BigInteger g;
    private final int length;
    private final int exponentBits;

    private FfdheGroup(DHParameters parameters, int exponentBits) {
        this.p = parameters.getP();
        this.pMinusOne = p.subtract(BigInteger.ONE);
        this.g = parameters.getG();
        this.length = (p.bitLength() + 7) / 8;
        this.exponentBits = exponentBits;
    }

    /** The group for a finite-field {@link KeyAgreementAlgorithm}. */
    static FfdheGroup of(KeyAgreementAlgorithm algorithm) {
        return switch (algorithm) {
            case FFDHE2048 -> FFDHE2048;
            case FFDHE3072 -> FFDHE3072;
            case FFDHE4096 -> FFDHE4096;
            default -> throw new IllegalArgumentException("not a finite-field group: " + algorithm);
        };
    }

    /** The safe prime p. */
    BigInteger p() {
        return p;
    }

    /** The generator, 2. */
    BigInteger g() {
        return g;
    }

    /** The length of p in bytes, which is also the length of every share and shared secret. */
    int length() {
        return length;
    }

    /** The length of a generated private exponent, in bits. */
    int exponentBits() {
        return exponentBits;
    }

    /** Whether {@code y} is in the range RFC 7919 §5.1 demands of a peer's public value: 1 < y < p-1. */
    boolean isAcceptablePublicValue(BigInteger y) {
        return y.compareTo(BigInteger.ONE) > 0 && y.compareTo(pMinusOne) < 0;
    }

    /** Whether {@code x} can serve as a private exponent: 1 < x < p-1. */
    boolean isAcceptableExponent(BigInteger x) {
        return isAcceptablePublicValue(x);
    }

    /** {@code value} as a big-endian byte string left-padded with zeros to the length of p (RFC 8446 §4.2.8.1). */
    byte[] pad(BigInteger value) {
        byte[] magnitude = value.toByteArray();
        // toByteArray may carry one leading sign byte; value < p always fits in length bytes.
        int significant = magnitude.length > length ? length : magnitude.length;
        byte[] out = new byte[length];
        System.arraycopy(magnitude, magnitude.length - significant, out, length - significant, significant);
        return out;
    }
}
