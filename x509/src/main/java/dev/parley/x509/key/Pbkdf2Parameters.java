package dev.parley.x509.key;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import dev.parley.x509.algorithm.AlgorithmIdentifier;
import dev.parley.x509.der.DerReader;
import dev.parley.x509.der.DerTag;
import dev.parley.x509.der.ObjectIdentifier;
import java.util.Objects;
import java.util.Optional;

/**
 * The parameters of PBKDF2 (RFC 8018 Appendix A.2), as PBES2 and PBMAC1 carry them:
 *
 * <pre>
 * PBKDF2-params ::= SEQUENCE {
 *     salt           CHOICE { specified OCTET STRING, otherSource AlgorithmIdentifier },
 *     iterationCount INTEGER (1..MAX),
 *     keyLength      INTEGER (1..MAX) OPTIONAL,
 *     prf            AlgorithmIdentifier DEFAULT algid-hmacWithSHA1 }
 * </pre>
 *
 * Only the {@code specified} salt is supported (RFC 8018 reserves {@code otherSource} for future
 * use). hmacWithSHA224 and hmacWithSHA512/224 and /256 are refused as unsupported: crypto has no
 * SHA-224 family hash.
 *
 * @param salt the salt
 * @param iterationCount the iteration count, at least 1
 * @param keyLength the derived key's length, if the parameters state it
 * @param prf the hash of the HMAC pseudorandom function
 */
public record Pbkdf2Parameters(Bytes salt, int iterationCount, Optional<Integer> keyLength, HashAlgorithm prf) {

    public Pbkdf2Parameters {
        Objects.requireNonNull(salt, "salt");
        Objects.requireNonNull(keyLength, "keyLength");
        Objects.requireNonNull(prf, "prf");
    }

    /**
     * Decodes the parameters of {@code kdf}, whose algorithm must be id-PBKDF2.
     *
     * @throws X509Exception with {@link X509Failure#INVALID_ALGORITHM_PARAMETERS} for malformed
     *         parameters or {@link X509Failure#UNSUPPORTED_ALGORITHM} for an unsupported PRF or salt source
     */
    public static Pbkdf2Parameters decode(AlgorithmIdentifier kdf) throws X509Exception {
        if (!kdf.algorithm().equals(EncryptionOids.PBKDF2) || kdf.parameters().isEmpty()) {
            throw new X509Exception(X509Failure.INVALID_ALGORITHM_PARAMETERS, "expected id-PBKDF2 with parameters");
        }
        DerReader outer = kdf.parameters().get().reader();
        DerReader params = outer.sequence("PBKDF2-params");
        outer.expectEnd("PBKDF2-params");
        if (!params.nextIs(DerTag.OCTET_STRING)) {
            throw new X509Exception(X509Failure.UNSUPPORTED_ALGORITHM, "PBKDF2 salt from otherSource is not supported");
        }
        Bytes salt = params.octetString("salt");
        int iterations = params.intValue(1, Integer.MAX_VALUE, "iterationCount");
        Optional<Integer> keyLength = Optional.empty();
        if (params.nextIs(DerTag.INTEGER)) {
            keyLength = Optional.of(params.intValue(1, Integer.MAX_VALUE, "keyLength"));
        }
        HashAlgorithm prf = HashAlgorithm.SHA1;
        if (!params.isEmpty()) {
            // An explicit hmacWithSHA1 breaks DER's DEFAULT rule (X.690 §11.5) but is accepted: some
            // writers put it, and it changes no meaning.
            prf = prf(AlgorithmIdentifier.read(params, "prf"));
        }
        params.expectEnd("PBKDF2-params");
        return new Pbkdf2Parameters(salt, iterations, keyLength, prf);
    }

    /** The OID of HMAC with {@code hash} (RFC 8018 Appendix B.1). */
    public static ObjectIdentifier prfOid(HashAlgorithm hash) {
        return switch (hash) {
            case SHA1 -> EncryptionOids.HMAC_WITH_SHA1;
            case SHA256 -> EncryptionOids.HMAC_WITH_SHA256;
            case SHA384 -> EncryptionOids.HMAC_WITH_SHA384;
            case SHA512 -> EncryptionOids.HMAC_WITH_SHA512;
        };
    }

    /** RFC 8018 Appendix B.1: the parameters of hmacWithSHA* are NULL (absent is accepted as equivalent). */
    private static HashAlgorithm prf(AlgorithmIdentifier prf) throws X509Exception {
        if (!prf.hasNoParameters() && !prf.hasNullParameters()) {
            throw new X509Exception(X509Failure.INVALID_ALGORITHM_PARAMETERS, "PRF " + prf.algorithm() + " with parameters");
        }
        for (HashAlgorithm hash : HashAlgorithm.values()) {
            if (prfOid(hash).equals(prf.algorithm())) {
                return hash;
            }
        }
        throw new X509Exception(X509Failure.UNSUPPORTED_ALGORITHM, "PBKDF2 pseudorandom function " + prf.algorithm()
                + (prf.algorithm().equals(EncryptionOids.HMAC_WITH_SHA224) ? " (hmacWithSHA224)" : "") + " is not supported");
    }
}
