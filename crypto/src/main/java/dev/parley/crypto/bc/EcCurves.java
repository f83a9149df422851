package dev.parley.crypto.bc;

import dev.parley.crypto.CryptoException;
import dev.parley.crypto.NamedCurve;
import dev.parley.crypto.RandomSource;
import java.math.BigInteger;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

/**
 * The NIST prime curves (SEC 2 §2.4–2.6) as Bouncy Castle's specialised implementations, and the
 * point and scalar handling ECDH and ECDSA share.
 *
 * <p>The domain parameters come from {@link CustomNamedCurves} ({@code SecP256R1Curve} and its
 * siblings, with field arithmetic written for each prime), never from the generic {@code ECCurve.Fp}
 * that decoding a key through the generic path yields: the custom curves verify P-256 signatures
 * almost ten times faster. They are immutable and built once.
 */
final class EcCurves {

    private static final ECDomainParameters SECP256R1 = load("secp256r1");
    private static final ECDomainParameters SECP384R1 = load("secp384r1");
    private static final ECDomainParameters SECP521R1 = load("secp521r1");

    private EcCurves() {
    }

    /** The domain parameters (curve, base point G, order n, cofactor 1) of {@code curve}. */
    static ECDomainParameters domain(NamedCurve curve) {
        return switch (curve) {
            case SECP256R1 -> SECP256R1;
            case SECP384R1 -> SECP384R1;
            case SECP521R1 -> SECP521R1;
        };
    }

    /**
     * Decodes an uncompressed point {@code 04 || X || Y} and checks it is a point of the curve.
     * Compressed and hybrid encodings, other lengths and the encoding of infinity are refused.
     *
     * @param refusal the kind of failure to report: a bad peer share or a bad public key
     */
    static ECPoint decodeUncompressed(NamedCurve curve, byte[] encoded, CryptoException.Kind refusal)
            throws CryptoException {
        int fieldLength = curve.fieldLength();
        // RFC 8446 §4.2.8.2: only the uncompressed form, legacy_form = 4, each coordinate at full length.
        if (encoded.length != curve.uncompressedPointLength() || encoded[0] != 0x04) {
            throw new CryptoException(refusal, curve.secName() + " point is not 04 || X || Y of "
                    + curve.uncompressedPointLength() + " bytes");
        }
        ECCurve ecCurve = domain(curve).getCurve();
        BigInteger p = ecCurve.getField().getCharacteristic();
        BigInteger x = new BigInteger(1, encoded, 1, fieldLength);
        BigInteger y = new BigInteger(1, encoded, 1 + fieldLength, fieldLength);
        // SEC 1 §3.2.2.1: both coordinates are field elements, in [0, p-1].
        if (x.compareTo(p) >= 0 || y.compareTo(p) >= 0) {
            throw new CryptoException(refusal, curve.secName() + " point coordinate is not below p");
        }
        ECPoint point = ecCurve.createPoint(x, y);
        // SEC 1 §3.2.2.1: the point satisfies the curve equation (the cofactor is 1, so it has order n).
        if (!point.isValid()) {
            throw new CryptoException(refusal, curve.secName() + " point is not on the curve");
        }
        return point;
    }

    /** {@code 04 || X || Y} with each coordinate at the field length (SEC 1 §2.3.3). */
    static byte[] encodeUncompressed(ECPoint point) {
        return point.getEncoded(false);
    }

    /** d·G, with the fixed-base comb that precomputes once per base point. */
    static ECPoint multiplyBase(NamedCurve curve, BigInteger d) {
        return new FixedPointCombMultiplier().multiply(domain(curve).getG(), d).normalize();
    }

    /** Whether {@code d} is a valid private scalar: 1 <= d <= n-1 (SEC 1 §3.2.1). */
    static boolean isValidScalar(NamedCurve curve, BigInteger d) {
        return d.signum() > 0 && d.compareTo(domain(curve).getN()) < 0;
    }

    /**
     * A uniformly random scalar in [1, n-1], by drawing as many bits as n has and trying again when
     * the candidate is out of range (FIPS 186-4 Appendix B.4.2, "testing candidates").
     */
    static BigInteger randomScalar(NamedCurve curve, RandomSource random) {
        BigInteger n = domain(curve).getN();
        int bits = n.bitLength();
        byte[] candidate = new byte[(bits + 7) / 8];
        int excessBits = candidate.length * 8 - bits;
        while (true) {
            random.nextBytes(candidate);
            candidate[0] &= (byte) (0xff >>> excessBits);
            BigInteger d = new BigInteger(1, candidate);
            if (isValidScalar(curve, d)) {
                java.util.Arrays.fill(candidate, (byte) 0);
                return d;
            }
        }
    }

    private static ECDomainParameters load(String name) {
        X9ECParameters parameters = CustomNamedCurves.getByName(name);
        return new ECDomainParameters(parameters);
    }
}
