package dev.parley.x509.algorithm;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.SignatureAlgorithm;
import dev.parley.x509.Oids;
import dev.parley.x509.X509Exception;
import dev.parley.x509.der.DerTag;
import dev.parley.x509.der.DerValue;
import dev.parley.x509.der.DerWriter;
import dev.parley.x509.der.ObjectIdentifier;
import java.util.Map;
import java.util.Optional;

/**
 * Maps signature AlgorithmIdentifiers (RFC 5280 §4.1.1.2) onto crypto's {@link SignatureAlgorithm},
 * and back for the certificate builder.
 *
 * <p>An identifier maps only when its parameters are the ones its specification gives it: NULL
 * or absent for the PKCS #1 v1.5 algorithms (RFC 8017 Appendix A.2.4 says NULL; absent is accepted
 * as widely deployed), absent for ECDSA (RFC 5758 §3.2; a NULL is accepted as widely deployed),
 * absent for EdDSA (RFC 8410 §3), and the supported profile of {@link RsaPssParameters} for
 * RSASSA-PSS. Anything else is unsupported rather than malformed, so that a certificate signed
 * with an unknown algorithm still parses and its validator can say why it cannot be verified.
 */
public final class SignatureAlgorithms {

    private static final Map<ObjectIdentifier, SignatureAlgorithm> PKCS1 = Map.of(
            Oids.SHA1_WITH_RSA_ENCRYPTION, SignatureAlgorithm.RSA_PKCS1_SHA1,
            Oids.SHA256_WITH_RSA_ENCRYPTION, SignatureAlgorithm.RSA_PKCS1_SHA256,
            Oids.SHA384_WITH_RSA_ENCRYPTION, SignatureAlgorithm.RSA_PKCS1_SHA384,
            Oids.SHA512_WITH_RSA_ENCRYPTION, SignatureAlgorithm.RSA_PKCS1_SHA512);

    private static final Map<ObjectIdentifier, SignatureAlgorithm> ECDSA = Map.of(
            Oids.ECDSA_WITH_SHA1, SignatureAlgorithm.ECDSA_SHA1,
            Oids.ECDSA_WITH_SHA256, SignatureAlgorithm.ECDSA_SHA256,
            Oids.ECDSA_WITH_SHA384, SignatureAlgorithm.ECDSA_SHA384,
            Oids.ECDSA_WITH_SHA512, SignatureAlgorithm.ECDSA_SHA512);

    private SignatureAlgorithms() {
    }

    /**
     * The algorithm {@code identifier} names, or empty if Parley does not implement it.
     *
     * @throws X509Exception if the identifier is id-RSASSA-PSS and its parameters are malformed
     */
    public static Optional<SignatureAlgorithm> fromIdentifier(AlgorithmIdentifier identifier) throws X509Exception {
        ObjectIdentifier oid = identifier.algorithm();
        boolean absentOrNull = identifier.hasNoParameters() || identifier.hasNullParameters();
        if (PKCS1.containsKey(oid)) {
            return absentOrNull ? Optional.of(PKCS1.get(oid)) : Optional.empty();
        }
        if (ECDSA.containsKey(oid)) {
            return absentOrNull ? Optional.of(ECDSA.get(oid)) : Optional.empty();
        }
        if (oid.equals(Oids.ED25519)) {
            return identifier.hasNoParameters() ? Optional.of(SignatureAlgorithm.ED25519) : Optional.empty();
        }
        if (oid.equals(Oids.ED448)) {
            return identifier.hasNoParameters() ? Optional.of(SignatureAlgorithm.ED448) : Optional.empty();
        }
        if (oid.equals(Oids.RSASSA_PSS)) {
            // RFC 4055 §3.1: in a signature the parameters are required.
            if (identifier.parameters().isEmpty()) {
                return Optional.empty();
            }
            return RsaPssParameters.decode(identifier.parameters().get()).signatureAlgorithm();
        }
        return Optional.empty();
    }

    /** The identifier a signature by {@code algorithm} carries, in the encoding RFC 5280 profiles prescribe. */
    public static AlgorithmIdentifier identifier(SignatureAlgorithm algorithm) {
        return switch (algorithm) {
            case RSA_PKCS1_SHA1 -> AlgorithmIdentifier.withNullParameters(Oids.SHA1_WITH_RSA_ENCRYPTION);
            case RSA_PKCS1_SHA256 -> AlgorithmIdentifier.withNullParameters(Oids.SHA256_WITH_RSA_ENCRYPTION);
            case RSA_PKCS1_SHA384 -> AlgorithmIdentifier.withNullParameters(Oids.SHA384_WITH_RSA_ENCRYPTION);
            case RSA_PKCS1_SHA512 -> AlgorithmIdentifier.withNullParameters(Oids.SHA512_WITH_RSA_ENCRYPTION);
            case ECDSA_SHA1 -> AlgorithmIdentifier.of(Oids.ECDSA_WITH_SHA1);
            case ECDSA_SHA256 -> AlgorithmIdentifier.of(Oids.ECDSA_WITH_SHA256);
            case ECDSA_SHA384 -> AlgorithmIdentifier.of(Oids.ECDSA_WITH_SHA384);
            case ECDSA_SHA512 -> AlgorithmIdentifier.of(Oids.ECDSA_WITH_SHA512);
            case RSA_PSS_SHA256, RSA_PSS_SHA384, RSA_PSS_SHA512 -> rsaPss(algorithm.hash().orElseThrow());
            case ED25519 -> AlgorithmIdentifier.of(Oids.ED25519);
            case ED448 -> AlgorithmIdentifier.of(Oids.ED448);
        };
    }

    /**
     * RSASSA-PSS with the parameters of the supported profile, the hashes written with NULL
     * parameters as RFC 8017 Appendix A.2.3 writes its examples.
     */
    private static AlgorithmIdentifier rsaPss(HashAlgorithm hash) {
        ObjectIdentifier hashOid = HashAlgorithms.oid(hash);
        byte[] fields = DerWriter.encode(params -> {
            params.explicit(0, h -> AlgorithmIdentifier.withNullParameters(hashOid).write(h));
            params.explicit(1, m -> m.sequence(mgf -> {
                mgf.oid(Oids.MGF1);
                AlgorithmIdentifier.withNullParameters(hashOid).write(mgf);
            }));
            params.explicit(2, s -> s.integer(hash.outputLength()));
        });
        return new AlgorithmIdentifier(Oids.RSASSA_PSS, Optional.of(DerValue.of(DerTag.SEQUENCE, Bytes.wrap(fields))));
    }
}
