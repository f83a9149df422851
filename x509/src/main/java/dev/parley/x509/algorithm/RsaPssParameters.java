package dev.parley.x509.algorithm;

import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.SignatureAlgorithm;
import dev.parley.x509.Oids;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import dev.parley.x509.der.DerReader;
import dev.parley.x509.der.DerTag;
import dev.parley.x509.der.DerValue;
import dev.parley.x509.der.ObjectIdentifier;
import java.util.Objects;
import java.util.Optional;

/**
 * The parameters of RSASSA-PSS (RFC 4055 §3.1), in a signature AlgorithmIdentifier or as the
 * restrictions of an id-RSASSA-PSS key:
 *
 * <pre>
 * RSASSA-PSS-params ::= SEQUENCE {
 *     hashAlgorithm     [0] HashAlgorithm    DEFAULT sha1Identifier,
 *     maskGenAlgorithm  [1] MaskGenAlgorithm DEFAULT mgf1SHA1Identifier,
 *     saltLength        [2] INTEGER          DEFAULT 20,
 *     trailerField      [3] INTEGER          DEFAULT 1 }
 * </pre>
 *
 * Any well-formed combination parses; {@link #signatureAlgorithm()} accepts only the profile TLS
 * uses (RFC 8446 §4.2.3): SHA-256/384/512, MGF1 with the same hash, a salt as long as the hash and
 * trailer field 1.
 *
 * @param hashAlgorithm the message hash
 * @param maskGenAlgorithm the mask generation function, normally id-mgf1
 * @param mgf1HashAlgorithm MGF1's hash, when the mask generation function is MGF1
 * @param saltLength the salt length in octets
 * @param trailerField the trailer field, 1 for the 0xBC trailer
 */
public record RsaPssParameters(ObjectIdentifier hashAlgorithm, ObjectIdentifier maskGenAlgorithm,
                               Optional<ObjectIdentifier> mgf1HashAlgorithm, int saltLength, int trailerField) {

    private static final int DEFAULT_SALT_LENGTH = 20;
    private static final int DEFAULT_TRAILER_FIELD = 1;

    public RsaPssParameters {
        Objects.requireNonNull(hashAlgorithm, "hashAlgorithm");
        Objects.requireNonNull(maskGenAlgorithm, "maskGenAlgorithm");
        Objects.requireNonNull(mgf1HashAlgorithm, "mgf1HashAlgorithm");
    }

    /** The parameters of the sane profile for {@code hash}. */
    public static RsaPssParameters of(HashAlgorithm hash) {
        ObjectIdentifier oid = HashAlgorithms.oid(hash);
        return new RsaPssParameters(oid, Oids.MGF1, Optional.of(oid), hash.outputLength(), DEFAULT_TRAILER_FIELD);
    }

    /** Decodes the parameters element of an id-RSASSA-PSS AlgorithmIdentifier. */
    public static RsaPssParameters decode(DerValue parameters) throws X509Exception {
        try {
            DerReader outer = parameters.reader();
            DerReader in = outer.sequence("RSASSA-PSS-params");
            outer.expectEnd("RSASSA-PSS-params");
            ObjectIdentifier hash = Oids.SHA1;
            Optional<DerReader> hashField = in.optionalConstructed(DerTag.contextConstructed(0), "hashAlgorithm");
            if (hashField.isPresent()) {
                hash = hashIdentifier(hashField.get(), "hashAlgorithm");
                notDefault(hash.equals(Oids.SHA1), "hashAlgorithm");
            }
            ObjectIdentifier maskGen = Oids.MGF1;
            Optional<ObjectIdentifier> mgf1Hash = Optional.of(Oids.SHA1);
            Optional<DerReader> maskField = in.optionalConstructed(DerTag.contextConstructed(1), "maskGenAlgorithm");
            if (maskField.isPresent()) {
                AlgorithmIdentifier mask = AlgorithmIdentifier.read(maskField.get(), "maskGenAlgorithm");
                maskField.get().expectEnd("maskGenAlgorithm");
                maskGen = mask.algorithm();
                mgf1Hash = maskGen.equals(Oids.MGF1) ? Optional.of(mgf1Hash(mask)) : Optional.empty();
                notDefault(maskGen.equals(Oids.MGF1) && mgf1Hash.get().equals(Oids.SHA1), "maskGenAlgorithm");
            }
            int salt = explicitInt(in, 2, "saltLength", DEFAULT_SALT_LENGTH);
            int trailer = explicitInt(in, 3, "trailerField", DEFAULT_TRAILER_FIELD);
            in.expectEnd("RSASSA-PSS-params");
            return new RsaPssParameters(hash, maskGen, mgf1Hash, salt, trailer);
        } catch (X509Exception e) {
            throw e.within("id-RSASSA-PSS parameters");
        }
    }

    /** The signature algorithm these parameters select, if they follow the profile Parley supports. */
    public Optional<SignatureAlgorithm> signatureAlgorithm() {
        Optional<HashAlgorithm> hash = HashAlgorithms.fromOid(hashAlgorithm);
        if (hash.isEmpty() || !maskGenAlgorithm.equals(Oids.MGF1) || !mgf1HashAlgorithm.equals(Optional.of(hashAlgorithm))
                || saltLength != hash.get().outputLength() || trailerField != DEFAULT_TRAILER_FIELD) {
            return Optional.empty();
        }
        return switch (hash.get()) {
            case SHA256 -> Optional.of(SignatureAlgorithm.RSA_PSS_SHA256);
            case SHA384 -> Optional.of(SignatureAlgorithm.RSA_PSS_SHA384);
            case SHA512 -> Optional.of(SignatureAlgorithm.RSA_PSS_SHA512);
            case SHA1 -> Optional.empty();
        };
    }

    private static ObjectIdentifier hashIdentifier(DerReader wrapper, String field) throws X509Exception {
        AlgorithmIdentifier hash = AlgorithmIdentifier.read(wrapper, field);
        wrapper.expectEnd(field);
        // RFC 4055 §2.1: the hash parameters are absent or NULL, and readers accept both.
        if (!hash.hasNoParameters() && !hash.hasNullParameters()) {
            throw new X509Exception(X509Failure.INVALID_ALGORITHM_PARAMETERS, field + ": hash parameters must be NULL or absent");
        }
        return hash.algorithm();
    }

    private static ObjectIdentifier mgf1Hash(AlgorithmIdentifier mask) throws X509Exception {
        if (mask.parameters().isEmpty()) {
            throw new X509Exception(X509Failure.INVALID_ALGORITHM_PARAMETERS, "MGF1 without its hash algorithm");
        }
        DerReader in = mask.parameters().get().reader();
        AlgorithmIdentifier hash = AlgorithmIdentifier.read(in, "MGF1 hash");
        in.expectEnd("MGF1 hash");
        if (!hash.hasNoParameters() && !hash.hasNullParameters()) {
            throw new X509Exception(X509Failure.INVALID_ALGORITHM_PARAMETERS, "MGF1 hash parameters must be NULL or absent");
        }
        return hash.algorithm();
    }

    private static int explicitInt(DerReader in, int number, String field, int defaultValue) throws X509Exception {
        Optional<DerReader> wrapper = in.optionalConstructed(DerTag.contextConstructed(number), field);
        if (wrapper.isEmpty()) {
            return defaultValue;
        }
        int value = wrapper.get().intValue(0, Integer.MAX_VALUE, field);
        wrapper.get().expectEnd(field);
        notDefault(value == defaultValue, field);
        return value;
    }

    private static void notDefault(boolean isDefault, String field) throws X509Exception {
        // X.690 §11.5: a component equal to its DEFAULT value is not encoded.
        if (isDefault) {
            throw new X509Exception(X509Failure.DEFAULT_VALUE_ENCODED, field + " encodes its DEFAULT value");
        }
    }
}
