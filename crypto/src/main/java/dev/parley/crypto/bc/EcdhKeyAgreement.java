package dev.parley.crypto.bc;

import dev.parley.crypto.CryptoException;
import dev.parley.crypto.KeyAgreement;
import dev.parley.crypto.KeyAgreementAlgorithm;
import dev.parley.crypto.KeyShare;
import dev.parley.crypto.NamedCurve;
import dev.parley.crypto.RandomSource;
import java.math.BigInteger;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Ephemeral ECDH on secp256r1, secp384r1 and secp521r1 (SEC 1 §3.3.1), with shares in the
 * uncompressed form TLS 1.3 requires (RFC 8446 §4.2.8.2) and the x-coordinate as the shared
 * secret (RFC 8446 §7.4.2).
 *
 * <p>Security: the public share uses Bouncy Castle's fixed-base comb; the agreement multiplies the
 * peer's point with its windowed-NAF multiplier, as Bouncy Castle's own {@code ECDHBasicAgreement}
 * does, which is not constant time. The scalar is ephemeral and used for this one agreement.
 */
final class EcdhKeyAgreement implements KeyAgreement {

    private final KeyAgreementAlgorithm algorithm;
    private final NamedCurve curve;
    private final RandomSource random;

    EcdhKeyAgreement(KeyAgreementAlgorithm algorithm, RandomSource random) {
        this.algorithm = algorithm;
        this.curve = switch (algorithm) {
            case SECP256R1 -> NamedCurve.SECP256R1;
            case SECP384R1 -> NamedCurve.SECP384R1;
            case SECP521R1 -> NamedCurve.SECP521R1;
            default -> throw new IllegalArgumentException("not an ECDH group: " + algorithm);
        };
        this.random = random;
    }

    @Override
    public KeyAgreementAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    public KeyShare generate() {
        return new Share(algorithm, curve, EcCurves.randomScalar(curve, random));
    }

    /** The private key is the big-endian scalar d, at most as long as the order n. */
    @Override
    public KeyShare fromPrivateKey(byte[] privateKey) throws CryptoException {
        int orderLength = (EcCurves.domain(curve).getN().bitLength() + 7) / 8;
        if (privateKey.length == 0 || privateKey.length > orderLength) {
            throw new CryptoException(CryptoException.Kind.INVALID_KEY,
                    curve.secName() + " private key of " + privateKey.length + " bytes");
        }
        BigInteger d = new BigInteger(1, privateKey);
        if (!EcCurves.isValidScalar(curve, d)) {
            throw new CryptoException(CryptoException.Kind.INVALID_KEY, curve.secName() + " private key not in [1, n-1]");
        }
        return new Share(algorithm, curve, d);
    }

    /** One ECDH key pair. */
    private static final class Share extends EphemeralShare {

        private final NamedCurve curve;
        private BigInteger d;

        Share(KeyAgreementAlgorithm algorithm, NamedCurve curve, BigInteger d) {
            super(algorithm, EcCurves.encodeUncompressed(EcCurves.multiplyBase(curve, d)));
            this.curve = curve;
            this.d = d;
        }

        @Override
        byte[] agreeWith(byte[] peerPublicShare) throws CryptoException {
            ECPoint peer = EcCurves.decodeUncompressed(curve, peerPublicShare, CryptoException.Kind.INVALID_PUBLIC_SHARE);
            // SEC 1 §3.3.1: P = d·Q; with cofactor 1 and a validated Q of order n this is never
            // infinity, but a check costs nothing next to the multiplication.
            ECPoint shared = peer.multiply(d).normalize();
            if (shared.isInfinity()) {
                throw new CryptoException(CryptoException.Kind.INVALID_PUBLIC_SHARE, "shared point is infinity");
            }
            // RFC 8446 §7.4.2: the shared secret is the x-coordinate, at the full field length.
            return shared.getAffineXCoord().getEncoded();
        }

        @Override
        void forgetPrivateKey() {
            d = null;
        }
    }
}
