package dev.parley.crypto.bc;

import dev.parley.crypto.CryptoException;
import dev.parley.crypto.KeyAgreement;
import dev.parley.crypto.KeyAgreementAlgorithm;
import dev.parley.crypto.KeyShare;
import dev.parley.crypto.RandomSource;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * Finite-field Diffie-Hellman in the groups of RFC 7919, with the share and secret encodings of
 * RFC 8446 §4.2.8.1 and §7.4.1 (big-endian, left-padded to the length of p).
 *
 * <p>Peer validation follows RFC 7919 §5.1, whose requirement is 1 < Y < p-1. Parley does not
 * additionally compute Y^q mod p: p is a safe prime, so the only subgroups small enough to matter
 * are {1} and {1, p-1}, which the range check already excludes; a Y outside the order-q subgroup
 * can reveal at most the low bit of an ephemeral exponent that is used once, and excluding it
 * would cost a second full-length exponentiation per handshake.
 *
 * <p>Security: {@link BigInteger#modPow} does not run in constant time. The exponents are ephemeral
 * and used for a single agreement, as with Bouncy Castle's own {@code DHBasicAgreement}.
 */
final class FfdheKeyAgreement implements KeyAgreement {

    private final KeyAgreementAlgorithm algorithm;
    private final FfdheGroup group;
    private final RandomSource random;

    FfdheKeyAgreement(KeyAgreementAlgorithm algorithm, RandomSource random) {
        this.algorithm = algorithm;
        this.group = FfdheGroup.of(algorithm);
        this.random = random;
    }

    @Override
    public KeyAgreementAlgorithm algorithm() {
        return algorithm;
    }

    /** A fresh key pair whose exponent is uniform over [2, 2^exponentBits) (RFC 7919 Appendix A, §5.2). */
    @Override
    public KeyShare generate() {
        int bits = group.exponentBits();
        byte[] candidate = new byte[(bits + 7) / 8];
        int excessBits = candidate.length * 8 - bits;
        while (true) {
            random.nextBytes(candidate);
            candidate[0] &= (byte) (0xff >>> excessBits);
            BigInteger x = new BigInteger(1, candidate);
            if (group.isAcceptableExponent(x)) {
                Arrays.fill(candidate, (byte) 0);
                return new Share(algorithm, group, x);
            }
        }
    }

    /** The private key is the big-endian exponent x, with 1 < x < p-1. */
    @Override
    public KeyShare fromPrivateKey(byte[] privateKey) throws CryptoException {
        if (privateKey.length == 0 || privateKey.length > group.length()) {
            throw new CryptoException(CryptoException.Kind.INVALID_KEY,
                    algorithm + " private exponent of " + privateKey.length + " bytes");
        }
        BigInteger x = new BigInteger(1, privateKey);
        if (!group.isAcceptableExponent(x)) {
            throw new CryptoException(CryptoException.Kind.INVALID_KEY, algorithm + " private exponent not in (1, p-1)");
        }
        return new Share(algorithm, group, x);
    }

    /** One finite-field key pair. */
    private static final class Share extends EphemeralShare {

        private final FfdheGroup group;
        private BigInteger x;

        Share(KeyAgreementAlgorithm algorithm, FfdheGroup group, BigInteger x) {
            // RFC 8446 §4.2.8.1: Y = g^X mod p, big-endian, padded on the left to the length of p.
            super(algorithm, group.pad(group.g().modPow(x, group.p())));
            this.group = group;
            this.x = x;
        }

        @Override
        byte[] agreeWith(byte[] peerPublicShare) throws CryptoException {
            KeyAgreementAlgorithm algorithm = algorithm();
            // RFC 8446 §4.2.8.1: the share is padded to exactly the size of p.
            if (peerPublicShare.length != group.length()) {
                throw new CryptoException(CryptoException.Kind.INVALID_PUBLIC_SHARE, algorithm + " share must be "
                        + group.length() + " bytes, not " + peerPublicShare.length);
            }
            BigInteger y = new BigInteger(1, peerPublicShare);
            // RFC 7919 §5.1 (and RFC 8446 §4.2.8.1): peers MUST check 1 < Y < p-1.
            if (!group.isAcceptablePublicValue(y)) {
                throw new CryptoException(CryptoException.Kind.INVALID_PUBLIC_SHARE,
                        algorithm + " peer value is not in (1, p-1)");
            }
            BigInteger z = y.modPow(x, group.p());
            // NIST SP 800-56A §5.7.1.1: a shared value of 1 is an error; it cannot arise from a Y
            // that passed the range check and an exponent below q, so this only guards the arithmetic.
            if (z.equals(BigInteger.ONE)) {
                throw new CryptoException(CryptoException.Kind.INVALID_PUBLIC_SHARE, algorithm + " shared value is 1");
            }
            // RFC 8446 §7.4.1: the secret keeps its leading zeros, padded to the length of p.
            return group.pad(z);
        }

        @Override
        void forgetPrivateKey() {
            x = null;
        }
    }
}
