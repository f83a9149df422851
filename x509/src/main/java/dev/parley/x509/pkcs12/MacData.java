package dev.parley.x509.pkcs12;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.ConstantTime;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.Hmac;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import dev.parley.x509.algorithm.AlgorithmIdentifier;
import dev.parley.x509.algorithm.HashAlgorithms;
import dev.parley.x509.der.DerReader;
import dev.parley.x509.der.DerTag;
import dev.parley.x509.key.EncryptionOids;
import dev.parley.x509.key.IterationBudget;
import dev.parley.x509.key.Pkcs12Kdf;
import java.util.Arrays;
import java.util.Objects;

/**
 * The integrity MAC of a PKCS #12 file in password integrity mode (RFC 7292 §4):
 *
 * <pre>
 * MacData ::= SEQUENCE { mac DigestInfo, macSalt OCTET STRING, iterations INTEGER DEFAULT 1 }
 * DigestInfo ::= SEQUENCE { digestAlgorithm AlgorithmIdentifier, digest OCTET STRING }
 * </pre>
 *
 * The MAC is HMAC with the digest algorithm's hash, keyed by the PKCS #12 key derivation with
 * ID 3 and that same hash, its output as long as the hash's (RFC 7292 §5 and Appendix B.4); it
 * covers the content octets of the authSafe. OpenSSL 3.0 writes HMAC-SHA256 with 2,048
 * iterations, and HMAC-SHA1 with {@code -legacy}; SHA-384 and SHA-512 are read too. PBMAC1
 * (RFC 9579), which OpenSSL writes from version 3.4 on when asked, is refused as unsupported.
 *
 * @param digestAlgorithm the hash of the HMAC and of the key derivation
 * @param digest the MAC value
 * @param macSalt the key derivation's salt
 * @param iterations the key derivation's iteration count
 */
public record MacData(HashAlgorithm digestAlgorithm, Bytes digest, Bytes macSalt, int iterations) {

    public MacData {
        Objects.requireNonNull(digestAlgorithm, "digestAlgorithm");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(macSalt, "macSalt");
    }

    static MacData read(DerReader pfx) throws X509Exception {
        DerReader macData = pfx.sequence("macData");
        DerReader digestInfo = macData.sequence("mac");
        AlgorithmIdentifier algorithm = AlgorithmIdentifier.read(digestInfo, "digestAlgorithm");
        Bytes digest = digestInfo.octetString("digest");
        digestInfo.expectEnd("mac");
        Bytes salt = macData.octetString("macSalt");
        int iterations = 1;
        if (macData.nextIs(DerTag.INTEGER)) {
            // A DEFAULT 1 written out breaks X.690 §11.5 but changes no meaning; it is accepted.
            iterations = macData.intValue(1, Integer.MAX_VALUE, "iterations");
        }
        macData.expectEnd("macData");
        return new MacData(hash(algorithm), digest, salt, iterations);
    }

    /**
     * Checks the MAC over {@code authSafeContent} with {@code password}.
     *
     * @throws X509Exception with {@link X509Failure#INTEGRITY_CHECK_FAILED} if it does not verify
     */
    void verify(byte[] authSafeContent, char[] password, CryptoProvider crypto, IterationBudget budget) throws X509Exception {
        byte[] bmp = Pkcs12Kdf.bmpPassword(password);
        byte[] key = null;
        try {
            key = Pkcs12Kdf.derive(crypto, digestAlgorithm, Pkcs12Kdf.MAC_MATERIAL, bmp, macSalt.toByteArray(),
                    iterations, digestAlgorithm.outputLength(), budget);
            Hmac hmac = crypto.hmac(digestAlgorithm, key);
            hmac.update(authSafeContent);
            byte[] expected = hmac.doFinal();
            // Security: compared in constant time, so that timing does not reveal how much of a forged MAC was right.
            if (!ConstantTime.areEqual(expected, digest.toByteArray())) {
                throw new X509Exception(X509Failure.INTEGRITY_CHECK_FAILED,
                        "the PKCS #12 MAC does not verify: a wrong password, or the file was modified");
            }
        } finally {
            Arrays.fill(bmp, (byte) 0);
            if (key != null) {
                Arrays.fill(key, (byte) 0);
            }
        }
    }

    /** RFC 7292 §4: the digest algorithm, with NULL or absent parameters. */
    private static HashAlgorithm hash(AlgorithmIdentifier algorithm) throws X509Exception {
        if (algorithm.algorithm().equals(EncryptionOids.PBMAC1)) {
            throw new X509Exception(X509Failure.UNSUPPORTED_ALGORITHM,
                    "PBMAC1 (RFC 9579) PKCS #12 MACs are not supported; export with OpenSSL's default MAC");
        }
        if (!algorithm.hasNoParameters() && !algorithm.hasNullParameters()) {
            throw new X509Exception(X509Failure.INVALID_ALGORITHM_PARAMETERS, "MAC digest " + algorithm.algorithm()
                    + " with parameters");
        }
        return HashAlgorithms.fromOid(algorithm.algorithm()).orElseThrow(() -> new X509Exception(
                X509Failure.UNSUPPORTED_ALGORITHM, "PKCS #12 MAC digest " + algorithm.algorithm() + " is not supported"));
    }
}
