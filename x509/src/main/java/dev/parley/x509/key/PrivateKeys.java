package dev.parley.x509.key;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.EcPrivateKey;
import dev.parley.crypto.EcPublicKey;
import dev.parley.crypto.EdPrivateKey;
import dev.parley.crypto.KeyType;
import dev.parley.crypto.NamedCurve;
import dev.parley.crypto.PrivateKey;
import dev.parley.crypto.PublicKey;
import dev.parley.crypto.RsaPrivateKey;
import dev.parley.x509.Oids;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import dev.parley.x509.algorithm.AlgorithmIdentifier;
import dev.parley.x509.der.BitString;
import dev.parley.x509.der.DerReader;
import dev.parley.x509.der.DerTag;
import dev.parley.x509.der.DerValue;
import dev.parley.x509.der.DerWriter;
import dev.parley.x509.der.ObjectIdentifier;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;

/**
 * Decoders for unencrypted private key structures, each returning crypto's {@link PrivateKey}:
 * PKCS #8 / OneAsymmetricKey (RFC 5958 §2) with RSA, EC and EdDSA keys inside, PKCS #1
 * RSAPrivateKey (RFC 8017 Appendix A.1.2) and SEC 1 ECPrivateKey (RFC 5915 §3); and the PKCS #8
 * encoder ({@link #toPkcs8}). To read a file whatever its format, use {@code dev.parley.x509.pem.KeyFile}.
 *
 * <p>Security: the intermediate arrays that held key octets are overwritten before returning;
 * the DER input itself belongs to the caller. When encoding, the writer's internal buffers and
 * {@link BigInteger}s cannot be wiped; only the returned array can.
 */
public final class PrivateKeys {

    private PrivateKeys() {
    }

    /** Decodes a PKCS #8 PrivateKeyInfo, version 1 or 2 (RFC 5958 §2). */
    public static PrivateKey fromPkcs8(byte[] der) throws X509Exception {
        try {
            DerReader in = DerReader.of(der);
            DerReader info = in.sequence("OneAsymmetricKey");
            in.expectEnd("OneAsymmetricKey");
            int version = info.intValue(0, 1, "version");
            AlgorithmIdentifier algorithm = AlgorithmIdentifier.read(info, "privateKeyAlgorithm");
            byte[] privateKey = info.secretOctetString("privateKey");
            info.optionalConstructed(DerTag.contextConstructed(0), "attributes");
            Optional<Bytes> publicKey = info.optionalContent(DerTag.contextPrimitive(1), "publicKey");
            info.expectEnd("OneAsymmetricKey");
            // RFC 5958 §2: version is v2 exactly when publicKey is present.
            if (publicKey.isPresent() != (version == 1)) {
                throw invalid("version v" + (version + 1) + (publicKey.isPresent() ? " with" : " without") + " a publicKey");
            }
            if (publicKey.isPresent()) {
                BitString.fromContent(publicKey.get());
            }
            try {
                return decodeInner(algorithm, privateKey);
            } finally {
                Arrays.fill(privateKey, (byte) 0);
            }
        } catch (X509Exception e) {
            throw e.within("PKCS #8 private key");
        }
    }

    /** Decodes a PKCS #1 RSAPrivateKey with two primes (RFC 8017 Appendix A.1.2). */
    public static RsaPrivateKey fromPkcs1(byte[] der) throws X509Exception {
        try {
            DerReader in = DerReader.of(der);
            DerReader key = in.sequence("RSAPrivateKey");
            in.expectEnd("RSAPrivateKey");
            int version = key.intValue(0, 1, "version");
            if (version != 0) {
                throw new X509Exception(X509Failure.UNSUPPORTED_ALGORITHM, "multi-prime RSA keys are not supported");
            }
            BigInteger[] values = new BigInteger[8];
            String[] names = {"modulus", "publicExponent", "privateExponent", "prime1", "prime2",
                "exponent1", "exponent2", "coefficient"};
            for (int i = 0; i < values.length; i++) {
                values[i] = key.integer(names[i]);
                if (values[i].signum() <= 0) {
                    throw invalid(names[i] + " must be positive");
                }
            }
            key.expectEnd("RSAPrivateKey");
            return new RsaPrivateKey(values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7]);
        } catch (X509Exception e) {
            throw e.within("PKCS #1 private key");
        }
    }

    /** Decodes a SEC 1 ECPrivateKey that names its curve in its parameters field (RFC 5915 §3). */
    public static EcPrivateKey fromSec1(byte[] der) throws X509Exception {
        return sec1(der, Optional.empty());
    }

    /**
     * The PKCS #8 PrivateKeyInfo (RFC 5958 §2, version v1) of {@code key}: an RSAPrivateKey
     * (RFC 8017 Appendix A.1.2) under rsaEncryption with NULL parameters, an ECPrivateKey
     * (RFC 5915 §3) under id-ecPublicKey with the named curve (the curve and public key inside left
     * out, as RFC 5915 §3 allows), or a CurvePrivateKey (RFC 8410 §7). The caller overwrites the result.
     */
    public static byte[] toPkcs8(PrivateKey key) {
        return toPkcs8(key, Optional.empty());
    }

    /**
     * The same PKCS #8 PrivateKeyInfo, but an EC key carries {@code publicKey} (its point) inside
     * the ECPrivateKey, in the optional {@code [1]} field of RFC 5915 §3, as OpenSSL writes it:
     * some readers (GnuTLS 3.7 among them) refuse an EC key without it.
     *
     * @throws IllegalArgumentException when {@code publicKey} is not an EC key on the same curve
     */
    public static byte[] toPkcs8(PrivateKey key, Optional<PublicKey> publicKey) {
        AlgorithmIdentifier algorithm;
        byte[] inner;
        if (key instanceof RsaPrivateKey rsa) {
            algorithm = AlgorithmIdentifier.withNullParameters(Oids.RSA_ENCRYPTION);
            inner = DerWriter.encode(w -> w.sequence(seq -> {
                seq.integer(0);
                for (BigInteger value : new BigInteger[] {rsa.modulus(), rsa.publicExponent(), rsa.privateExponent(),
                    rsa.prime1(), rsa.prime2(), rsa.exponent1(), rsa.exponent2(), rsa.coefficient()}) {
                    seq.integer(value);
                }
            }));
        } else if (key instanceof EcPrivateKey ec) {
            algorithm = new AlgorithmIdentifier(Oids.EC_PUBLIC_KEY, Optional.of(
                    DerValue.of(DerTag.OBJECT_IDENTIFIER, EcCurves.oid(ec.curve()).contentOctets())));
            byte[] scalar = fixedLength(ec.scalar(), ec.curve().fieldLength());
            Optional<Bytes> point = publicKey.map(k -> ecPoint(ec, k));
            inner = DerWriter.encode(w -> w.sequence(seq -> {
                seq.integer(1);
                seq.octetString(Bytes.wrap(scalar));
                point.ifPresent(p -> seq.explicit(1, bits -> bits.bitString(BitString.of(p))));
            }));
            Arrays.fill(scalar, (byte) 0);
        } else {
            EdPrivateKey ed = (EdPrivateKey) key;
            algorithm = AlgorithmIdentifier.of(ed.type() == KeyType.ED25519 ? Oids.ED25519 : Oids.ED448);
            byte[] seed = ed.seed();
            inner = DerWriter.encode(w -> w.octetString(Bytes.wrap(seed)));
            Arrays.fill(seed, (byte) 0);
        }
        byte[] innerCopy = inner;
        try {
            return DerWriter.encode(w -> w.sequence(seq -> {
                seq.integer(0);
                algorithm.write(seq);
                seq.octetString(Bytes.wrap(innerCopy));
            }));
        } finally {
            Arrays.fill(inner, (byte) 0);
        }
    }

    /** {@code value} as exactly {@code length} big-endian octets (RFC 5915 §3: ceiling(log2(n)/8) octets). */
    private static byte[] fixedLength(BigInteger value, int length) {
        byte[] minimal = value.toByteArray();
        byte[] fixed = new byte[length];
        int copy = Math.min(minimal.length, length);
        System.arraycopy(minimal, minimal.length - copy, fixed, length - copy, copy);
        Arrays.fill(minimal, (byte) 0);
        return fixed;
    }

    private static PrivateKey decodeInner(AlgorithmIdentifier algorithm, byte[] inner) throws X509Exception {
        ObjectIdentifier oid = algorithm.algorithm();
        if (oid.equals(Oids.RSA_ENCRYPTION) || oid.equals(Oids.RSASSA_PSS)) {
            if (oid.equals(Oids.RSA_ENCRYPTION) && !algorithm.hasNullParameters()) {
                throw new X509Exception(X509Failure.INVALID_ALGORITHM_PARAMETERS, "rsaEncryption parameters must be NULL");
            }
            return fromPkcs1(inner);
        }
        if (oid.equals(Oids.EC_PUBLIC_KEY)) {
            return sec1(inner, Optional.of(namedCurve(algorithm.parameters())));
        }
        if (oid.equals(Oids.ED25519) || oid.equals(Oids.ED448)) {
            return eddsa(oid.equals(Oids.ED25519) ? KeyType.ED25519 : KeyType.ED448, algorithm, inner);
        }
        throw new X509Exception(X509Failure.UNSUPPORTED_ALGORITHM, "private key algorithm " + oid + " is not supported");
    }

    /** RFC 8410 §7: the privateKey OCTET STRING holds CurvePrivateKey, itself an OCTET STRING. */
    private static EdPrivateKey eddsa(KeyType type, AlgorithmIdentifier algorithm, byte[] inner) throws X509Exception {
        if (!algorithm.hasNoParameters()) {
            throw new X509Exception(X509Failure.INVALID_ALGORITHM_PARAMETERS, type + " parameters must be absent");
        }
        DerReader in = DerReader.of(inner);
        byte[] seed = in.secretOctetString("CurvePrivateKey");
        try {
            in.expectEnd("CurvePrivateKey");
            int expected = type == KeyType.ED25519 ? 32 : 57;
            if (seed.length != expected) {
                throw invalid(type + " private key of " + seed.length + " octets, expected " + expected);
            }
            return new EdPrivateKey(type, seed);
        } finally {
            Arrays.fill(seed, (byte) 0);
        }
    }

    private static Bytes ecPoint(EcPrivateKey key, PublicKey publicKey) {
        if (!(publicKey instanceof EcPublicKey ec) || ec.curve() != key.curve()) {
            throw new IllegalArgumentException("not the EC public key of a " + key.curve() + " private key: " + publicKey);
        }
        return ec.point();
    }

    private static EcPrivateKey sec1(byte[] der, Optional<NamedCurve> outerCurve) throws X509Exception {
        try {
            DerReader in = DerReader.of(der);
            DerReader key = in.sequence("ECPrivateKey");
            in.expectEnd("ECPrivateKey");
            key.intValue(1, 1, "version");
            byte[] scalar = key.secretOctetString("privateKey");
            try {
                Optional<NamedCurve> ownCurve = Optional.empty();
                Optional<DerReader> parameters = key.optionalConstructed(DerTag.contextConstructed(0), "parameters");
                if (parameters.isPresent()) {
                    ownCurve = Optional.of(namedCurve(Optional.of(parameters.get().readAny("ECParameters"))));
                    parameters.get().expectEnd("parameters");
                }
                NamedCurve curve = curve(ownCurve, outerCurve);
                Optional<DerReader> publicKey = key.optionalConstructed(DerTag.contextConstructed(1), "publicKey");
                if (publicKey.isPresent()) {
                    BitString point = publicKey.get().bitString("publicKey");
                    publicKey.get().expectEnd("publicKey");
                    PublicKeyDecoder.checkPoint(curve, point.bytes());
                }
                key.expectEnd("ECPrivateKey");
                return new EcPrivateKey(curve, scalar(curve, scalar));
            } finally {
                Arrays.fill(scalar, (byte) 0);
            }
        } catch (X509Exception e) {
            throw e.within("SEC 1 private key");
        }
    }

    private static NamedCurve curve(Optional<NamedCurve> own, Optional<NamedCurve> outer) throws X509Exception {
        if (own.isPresent() && outer.isPresent() && own.get() != outer.get()) {
            throw invalid("the key names " + own.get().secName() + " but its algorithm " + outer.get().secName());
        }
        return own.or(() -> outer).orElseThrow(() -> invalid("the key does not name its curve"));
    }

    /** RFC 5915 §3: the private key is an octet string of ceiling(log2(n)/8) octets; shorter ones are padded. */
    private static BigInteger scalar(NamedCurve curve, byte[] octets) throws X509Exception {
        BigInteger d = new BigInteger(1, octets);
        if (octets.length > curve.fieldLength() || d.signum() == 0) {
            throw invalid("not a " + curve.secName() + " private scalar: " + octets.length + " octets");
        }
        return d;
    }

    private static NamedCurve namedCurve(Optional<DerValue> parameters) throws X509Exception {
        if (parameters.isEmpty() || !parameters.get().tag().equals(DerTag.OBJECT_IDENTIFIER)) {
            // RFC 5915 §3 and RFC 5480 §2.1.1: the curve is named, never given explicitly.
            throw new X509Exception(X509Failure.UNSUPPORTED_ALGORITHM, "EC key without a named curve");
        }
        ObjectIdentifier oid = ObjectIdentifier.fromContent(parameters.get().content());
        return EcCurves.fromOid(oid)
                .orElseThrow(() -> new X509Exception(X509Failure.UNSUPPORTED_ALGORITHM, "EC curve " + oid + " is not supported"));
    }

    private static X509Exception invalid(String detail) {
        return new X509Exception(X509Failure.INVALID_PRIVATE_KEY, detail);
    }
}
