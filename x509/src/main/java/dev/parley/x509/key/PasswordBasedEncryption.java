package dev.parley.x509.key;

import dev.parley.crypto.CryptoProvider;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import dev.parley.x509.algorithm.AlgorithmIdentifier;
import dev.parley.x509.der.DerValue;

/**
 * A password-based encryption scheme together with its parameters, as the AlgorithmIdentifier of
 * an EncryptedPrivateKeyInfo (RFC 5958 §3) or of PKCS #12's EncryptedData (RFC 7292 §4.1) names it:
 * PBES2 (RFC 8018 §6.2) or one of PKCS #12's own schemes (RFC 7292 Appendix C).
 *
 * <p>Schemes Parley does not implement (PBES1 with MD5 or DES, RC4, 2-key Triple DES) are refused
 * with {@link X509Failure#UNSUPPORTED_ALGORITHM}.
 */
public sealed interface PasswordBasedEncryption permits Pbes2Parameters, Pkcs12PbeParameters {

    /**
     * The scheme {@code algorithm} names.
     *
     * @throws X509Exception with {@link X509Failure#UNSUPPORTED_ALGORITHM} for a scheme Parley does not
     *         implement, or {@link X509Failure#INVALID_ALGORITHM_PARAMETERS} for malformed parameters
     */
    static PasswordBasedEncryption of(AlgorithmIdentifier algorithm) throws X509Exception {
        DerValue parameters = algorithm.parameters().orElseThrow(() -> new X509Exception(
                X509Failure.INVALID_ALGORITHM_PARAMETERS, algorithm.algorithm() + " without parameters"));
        try {
            if (algorithm.algorithm().equals(EncryptionOids.PBES2)) {
                return Pbes2Parameters.decode(parameters);
            }
            if (Pkcs12PbeParameters.isPkcs12Pbe(algorithm.algorithm())) {
                return Pkcs12PbeParameters.decode(algorithm.algorithm(), parameters);
            }
        } catch (X509Exception e) {
            throw e.within(algorithm.algorithm().toString());
        }
        throw new X509Exception(X509Failure.UNSUPPORTED_ALGORITHM,
                "password-based encryption " + algorithm.algorithm() + " is not supported");
    }

    /**
     * Decrypts {@code ciphertext} with {@code password} and removes the padding.
     *
     * @throws X509Exception with {@link X509Failure#WRONG_PASSWORD} if the padding is wrong, or with
     *         {@link X509Failure#INVALID_ALGORITHM_PARAMETERS} if the key derivation would exceed {@code budget}
     */
    byte[] decrypt(byte[] ciphertext, char[] password, CryptoProvider crypto, IterationBudget budget) throws X509Exception;

    /** The identifier that names this scheme and its parameters. */
    AlgorithmIdentifier identifier();
}
