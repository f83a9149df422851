package dev.parley.x509.key;

import dev.parley.crypto.BlockCipherAlgorithm;
import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.PrivateKey;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import dev.parley.x509.algorithm.AlgorithmIdentifier;
import dev.parley.x509.der.DerReader;
import dev.parley.x509.der.DerWriter;
import java.util.Arrays;
import java.util.Objects;

/**
 * A password-encrypted private key (RFC 5958 §3:
 * {@code EncryptedPrivateKeyInfo ::= SEQUENCE { encryptionAlgorithm AlgorithmIdentifier, encryptedData OCTET STRING }}),
 * the content of a PEM {@code ENCRYPTED PRIVATE KEY} block and of PKCS #12's pkcs8ShroudedKeyBag.
 *
 * <p>{@link #decrypt} reads the schemes of {@link PasswordBasedEncryption}: PBES2 with PBKDF2 and
 * AES or Triple DES in CBC mode, and PKCS #12's SHA-1 schemes. {@link #encrypt} writes PBES2 with
 * PBKDF2-HMAC-SHA256 and AES-256-CBC, the combination RFC 8018 §6.2 and current OpenSSL favour.
 *
 * @param encryptionAlgorithm how the key was encrypted, usually PBES2 with its parameters
 * @param encryptedData the encrypted PrivateKeyInfo
 */
public record EncryptedPrivateKeyInfo(AlgorithmIdentifier encryptionAlgorithm, Bytes encryptedData) {

    /**
     * The iteration count {@link #encrypt} uses unless told otherwise: 600,000, OWASP's 2023 advice
     * for PBKDF2-HMAC-SHA256, so that a stolen key file resists guessing; about a second to open.
     */
    public static final int DEFAULT_ITERATIONS = 600_000;

    public EncryptedPrivateKeyInfo {
        Objects.requireNonNull(encryptionAlgorithm, "encryptionAlgorithm");
        Objects.requireNonNull(encryptedData, "encryptedData");
    }

    /** Parses the DER encoding of an EncryptedPrivateKeyInfo. */
    public static EncryptedPrivateKeyInfo parse(byte[] der) throws X509Exception {
        DerReader in = DerReader.of(der);
        DerReader sequence = in.sequence("EncryptedPrivateKeyInfo");
        in.expectEnd("EncryptedPrivateKeyInfo");
        AlgorithmIdentifier algorithm = AlgorithmIdentifier.read(sequence, "encryptionAlgorithm");
        Bytes data = sequence.octetString("encryptedData");
        sequence.expectEnd("EncryptedPrivateKeyInfo");
        return new EncryptedPrivateKeyInfo(algorithm, data);
    }

    /**
     * Encrypts {@code key} under {@code password} with PBES2: PBKDF2-HMAC-SHA256 with a random
     * 16-octet salt and {@code iterations} iterations, AES-256-CBC with a random IV.
     */
    public static EncryptedPrivateKeyInfo encrypt(PrivateKey key, char[] password, CryptoProvider crypto, int iterations) {
        Pbes2Parameters scheme = new Pbes2Parameters(HashAlgorithm.SHA256, Bytes.wrap(crypto.random().bytes(16)),
                iterations, BlockCipherAlgorithm.AES_256, Bytes.wrap(crypto.random().bytes(16)));
        byte[] plaintext = PrivateKeys.toPkcs8(key);
        try {
            return new EncryptedPrivateKeyInfo(scheme.identifier(), Bytes.wrap(scheme.encrypt(plaintext, password, crypto)));
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    /** The scheme {@link #encryptionAlgorithm()} names, with its parameters. */
    public PasswordBasedEncryption scheme() throws X509Exception {
        return PasswordBasedEncryption.of(encryptionAlgorithm);
    }

    /**
     * Decrypts the key with {@code password}.
     *
     * @throws X509Exception with {@link X509Failure#WRONG_PASSWORD} whether the password is wrong or
     *         the key corrupted (a bad padding and an unparsable key are one failure, on purpose);
     *         with {@link X509Failure#UNSUPPORTED_ALGORITHM} for a scheme or key type Parley does not
     *         implement; with {@link X509Failure#INVALID_ALGORITHM_PARAMETERS} for malformed scheme
     *         parameters or an iteration count beyond {@code budget}
     */
    public PrivateKey decrypt(char[] password, CryptoProvider crypto, IterationBudget budget) throws X509Exception {
        byte[] plaintext = scheme().decrypt(encryptedData.toByteArray(), password, crypto, budget);
        try {
            return PrivateKeys.fromPkcs8(plaintext);
        } catch (X509Exception e) {
            if (e.reason() == X509Failure.UNSUPPORTED_ALGORITHM) {
                throw e;
            }
            // Security: whatever did not parse, the answer is the same as for a bad padding.
            throw CbcWithPadding.wrongPassword();
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    /** The DER encoding. */
    public byte[] encoded() {
        return DerWriter.encode(w -> w.sequence(sequence -> {
            encryptionAlgorithm.write(sequence);
            sequence.octetString(encryptedData);
        }));
    }
}
