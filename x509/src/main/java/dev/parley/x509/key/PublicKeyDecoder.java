package dev.parley.x509.key;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.EcPublicKey;
import dev.parley.crypto.EdPublicKey;
import dev.parley.crypto.KeyType;
import dev.parley.crypto.NamedCurve;
import dev.parley.crypto.PublicKey;
import dev.parley.crypto.RsaPublicKey;
import dev.parley.x509.Oids;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import dev.parley.x509.algorithm.AlgorithmIdentifier;
import dev.parley.x509.algorithm.RsaPssParameters;
import dev.parley.x509.der.BitString;
import dev.parley.x509.der.DerReader;
import dev.parley.x509.der.DerTag;
import dev.parley.x509.der.DerValue;
import dev.parley.x509.der.ObjectIdentifier;
import java.math.BigInteger;
import java.util.Optional;

/**
 * Decodes the key inside a SubjectPublicKeyInfo, by algorithm:
 * <ul>
 *   <li>rsaEncryption: parameters NULL (RFC 3279 §2.3.1), key an RSAPublicKey SEQUENCE of two
 *       positive INTEGERs (RFC 8017 Appendix A.1.1);</li>
 *   <li>id-RSASSA-PSS: parameters absent or RSASSA-PSS-params (RFC 4055 §1.2), which are kept as
 *       the key's restrictions; the same RSAPublicKey;</li>
 *   <li>id-ecPublicKey: parameters a namedCurve (RFC 5480 §2.1.1), the point an ECPoint of the
 *       curve's length, compressed or not (RFC 5480 §2.2); explicit or implicit curves are
 *       unsupported, as the CA/Browser Forum's §7.1.3.1.2 requires;</li>
 *   <li>id-Ed25519 and id-Ed448: parameters absent (RFC 8410 §3), the key 32 or 57 octets (§4).</li>
 * </ul>
 */
final class PublicKeyDecoder {

    private PublicKeyDecoder() {
    }

    static SubjectPublicKeyInfo decode(AlgorithmIdentifier algorithm, BitString bits, Bytes encoded) throws X509Exception {
        ObjectIdentifier oid = algorithm.algorithm();
        if (!bits.isOctetAligned()) {
            throw invalidKey("the key BIT STRING has " + bits.unusedBits() + " unused bits");
        }
        Bytes key = bits.bytes();
        if (oid.equals(Oids.RSA_ENCRYPTION)) {
            if (!algorithm.hasNullParameters()) {
                throw invalidParameters("rsaEncryption parameters must be NULL");
            }
            return supported(algorithm, bits, encoded, rsa(key), Optional.empty());
        }
        if (oid.equals(Oids.RSASSA_PSS)) {
            Optional<RsaPssParameters> restrictions = algorithm.parameters().isEmpty()
                    ? Optional.empty()
                    : Optional.of(RsaPssParameters.decode(algorithm.parameters().get()));
            return supported(algorithm, bits, encoded, rsa(key), restrictions);
        }
        if (oid.equals(Oids.EC_PUBLIC_KEY)) {
            return ec(algorithm, bits, encoded);
        }
        if (oid.equals(Oids.ED25519) || oid.equals(Oids.ED448)) {
            KeyType type = oid.equals(Oids.ED25519) ? KeyType.ED25519 : KeyType.ED448;
            if (!algorithm.hasNoParameters()) {
                throw invalidParameters(type + " parameters must be absent");
            }
            int expected = type == KeyType.ED25519 ? 32 : 57;
            if (key.length() != expected) {
                throw invalidKey(type + " key of " + key.length() + " octets, expected " + expected);
            }
            return supported(algorithm, bits, encoded, new EdPublicKey(type, key), Optional.empty());
        }
        if (oid.equals(Oids.X25519) || oid.equals(Oids.X448)) {
            return unsupported(algorithm, bits, encoded, oid + " is a key-agreement key, not a signing key");
        }
        return unsupported(algorithm, bits, encoded, "public key algorithm " + oid + " is not supported");
    }

    /** RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER } (RFC 8017 Appendix A.1.1). */
    static RsaPublicKey rsa(Bytes key) throws X509Exception {
        DerReader outer = DerReader.of(key);
        DerReader sequence = outer.sequence("RSAPublicKey");
        outer.expectEnd("RSAPublicKey");
        BigInteger modulus = sequence.integer("modulus");
        BigInteger exponent = sequence.integer("publicExponent");
        sequence.expectEnd("RSAPublicKey");
        if (modulus.signum() <= 0 || exponent.signum() <= 0) {
            throw invalidKey("RSA modulus and public exponent must be positive");
        }
        return new RsaPublicKey(modulus, exponent);
    }

    private static SubjectPublicKeyInfo ec(AlgorithmIdentifier algorithm, BitString bits, Bytes encoded) throws X509Exception {
        if (algorithm.parameters().isEmpty()) {
            // RFC 5480 §2.1.1: the parameters field is always present.
            throw invalidParameters("id-ecPublicKey without curve parameters");
        }
        DerValue parameters = algorithm.parameters().get();
        if (!parameters.tag().equals(DerTag.OBJECT_IDENTIFIER)) {
            // RFC 5480 §2.1.1: specifiedCurve and implicitCurve MUST NOT be used.
            return unsupported(algorithm, bits, encoded, "EC key with explicit or implicit curve parameters");
        }
        ObjectIdentifier curveOid = ObjectIdentifier.fromContent(parameters.content());
        Optional<NamedCurve> curve = EcCurves.fromOid(curveOid);
        if (curve.isEmpty()) {
            return unsupported(algorithm, bits, encoded, "EC curve " + curveOid + " is not supported");
        }
        checkPoint(curve.get(), bits.bytes());
        return supported(algorithm, bits, encoded, new EcPublicKey(curve.get(), bits.bytes()), Optional.empty());
    }

    /** SEC 1 §2.3.3: 04 || X || Y, or 02/03 || X. */
    static void checkPoint(NamedCurve curve, Bytes point) throws X509Exception {
        int form = point.isEmpty() ? -1 : point.getUnsigned(0);
        boolean uncompressed = form == 0x04 && point.length() == curve.uncompressedPointLength();
        boolean compressed = (form == 0x02 || form == 0x03) && point.length() == 1 + curve.fieldLength();
        if (!uncompressed && !compressed) {
            throw invalidKey("not an encoded " + curve.secName() + " point: " + point.length() + " octets");
        }
    }

    private static SubjectPublicKeyInfo supported(AlgorithmIdentifier algorithm, BitString bits, Bytes encoded,
                                                  PublicKey key, Optional<RsaPssParameters> restrictions) {
        return new SubjectPublicKeyInfo(algorithm, bits, encoded, Optional.of(key), restrictions, Optional.empty());
    }

    private static SubjectPublicKeyInfo unsupported(AlgorithmIdentifier algorithm, BitString bits, Bytes encoded,
                                                    String reason) {
        return new SubjectPublicKeyInfo(algorithm, bits, encoded, Optional.empty(), Optional.empty(), Optional.of(reason));
    }

    private static X509Exception invalidKey(String detail) {
        return new X509Exception(X509Failure.INVALID_PUBLIC_KEY, detail);
    }

    private static X509Exception invalidParameters(String detail) {
        return new X509Exception(X509Failure.INVALID_ALGORITHM_PARAMETERS, detail);
    }
}
