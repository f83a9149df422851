package dev.parley.x509.key;

import dev.parley.crypto.BlockCipherAlgorithm;
import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import dev.parley.x509.algorithm.AlgorithmIdentifier;
import dev.parley.x509.der.DerReader;
import dev.parley.x509.der.DerTag;
import dev.parley.x509.der.DerValue;
import dev.parley.x509.der.DerWriter;
import dev.parley.x509.der.ObjectIdentifier;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * PBES2 (RFC 8018 §6.2) with PBKDF2 as its key derivation function and a CBC cipher:
 *
 * <pre>
 * PBES2-params ::= SEQUENCE { keyDerivationFunc AlgorithmIdentifier, encryptionScheme AlgorithmIdentifier }
 * PBKDF2-params ::= SEQUENCE {
 *     salt           CHOICE { specified OCTET STRING, otherSource AlgorithmIdentifier },
 *     iterationCount INTEGER (1..MAX),
 *     keyLength      INTEGER (1..MAX) OPTIONAL,
 *     prf            AlgorithmIdentifier DEFAULT algid-hmacWithSHA1 }
 * </pre>
 *
 * Supported: PRFs hmacWithSHA1/256/384/512 (RFC 8018 Appendix B.1), ciphers AES-128/192/256-CBC
 * (Appendix B.2.5) and DES-EDE3-CBC (Appendix B.2.2), whose parameters are the IV. The password is
 * taken as UTF-8 ({@link Pbkdf2#utf8Password}).
 *
 * @param prf the PBKDF2 pseudorandom function's hash
 * @param salt the PBKDF2 salt
 * @param iterationCount the PBKDF2 iteration count
 * @param cipher the block cipher
 * @param iv the CBC initialisation vector
 */
public record Pbes2Parameters(HashAlgorithm prf, Bytes salt, int iterationCount, BlockCipherAlgorithm cipher, Bytes iv)
        implements PasswordBasedEncryption {

    public Pbes2Parameters {
        Objects.requireNonNull(prf, "prf");
        Objects.requireNonNull(salt, "salt");
        Objects.requireNonNull(cipher, "cipher");
        Objects.requireNonNull(iv, "iv");
        if (iterationCount < 1 || iv.length() != cipher.blockLength()) {
            throw new IllegalArgumentException("iteration count " + iterationCount + ", " + iv.length() + "-octet IV");
        }
    }

    static Pbes2Parameters decode(DerValue parameters) throws X509Exception {
        DerReader outer = parameters.reader();
        DerReader params = outer.sequence("PBES2-params");
        outer.expectEnd("PBES2-params");
        AlgorithmIdentifier kdf = AlgorithmIdentifier.read(params, "keyDerivationFunc");
        AlgorithmIdentifier scheme = AlgorithmIdentifier.read(params, "encryptionScheme");
        params.expectEnd("PBES2-params");
        if (!kdf.algorithm().equals(EncryptionOids.PBKDF2)) {
            throw new X509Exception(X509Failure.UNSUPPORTED_ALGORITHM, "key derivation function " + kdf.algorithm()
                    + " is not supported; PBES2 is read with PBKDF2 only");
        }
        BlockCipherAlgorithm cipher = cipher(scheme.algorithm());
        Bytes iv = iv(scheme, cipher);
        Pbkdf2Parameters pbkdf2 = Pbkdf2Parameters.decode(kdf);
        if (pbkdf2.keyLength().isPresent() && pbkdf2.keyLength().get() != cipher.keyLength()) {
            // RFC 8018 Appendix A.2: keyLength, when present, is the length of the cipher's key.
            throw new X509Exception(X509Failure.INVALID_ALGORITHM_PARAMETERS, "PBKDF2 keyLength "
                    + pbkdf2.keyLength().get() + " for a cipher with " + cipher.keyLength() + "-octet keys");
        }
        return new Pbes2Parameters(pbkdf2.prf(), pbkdf2.salt(), pbkdf2.iterationCount(), cipher, iv);
    }

    @Override
    public byte[] decrypt(byte[] ciphertext, char[] password, CryptoProvider crypto, IterationBudget budget)
            throws X509Exception {
        byte[] key = key(password, crypto, budget);
        try {
            return CbcWithPadding.decrypt(crypto, cipher, key, iv.toByteArray(), ciphertext);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** RFC 8018 §6.2.1: derives the key and encrypts the padded {@code plaintext}. */
    public byte[] encrypt(byte[] plaintext, char[] password, CryptoProvider crypto) {
        byte[] key;
        try {
            key = key(password, crypto, IterationBudget.of(Long.MAX_VALUE));
        } catch (X509Exception unlimited) {
            throw new IllegalStateException(unlimited);
        }
        try {
            return CbcWithPadding.encrypt(crypto, cipher, key, iv.toByteArray(), plaintext);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    @Override
    public AlgorithmIdentifier identifier() {
        byte[] fields = DerWriter.encode(params -> {
            params.sequence(kdf -> {
                kdf.oid(EncryptionOids.PBKDF2);
                kdf.sequence(p -> {
                    p.octetString(salt);
                    p.integer(iterationCount);
                    // X.690 §11.5: the DEFAULT hmacWithSHA1 is left out.
                    if (prf != HashAlgorithm.SHA1) {
                        AlgorithmIdentifier.withNullParameters(Pbkdf2Parameters.prfOid(prf)).write(p);
                    }
                });
            });
            params.sequence(scheme -> {
                scheme.oid(cipherOid(cipher));
                scheme.octetString(iv);
            });
        });
        return new AlgorithmIdentifier(EncryptionOids.PBES2, Optional.of(DerValue.of(DerTag.SEQUENCE, Bytes.wrap(fields))));
    }

    private byte[] key(char[] password, CryptoProvider crypto, IterationBudget budget) throws X509Exception {
        byte[] octets = Pbkdf2.utf8Password(password);
        try {
            return Pbkdf2.derive(crypto, prf, octets, salt.toByteArray(), iterationCount, cipher.keyLength(), budget);
        } finally {
            Arrays.fill(octets, (byte) 0);
        }
    }

    private static BlockCipherAlgorithm cipher(ObjectIdentifier oid) throws X509Exception {
        if (oid.equals(EncryptionOids.AES128_CBC)) {
            return BlockCipherAlgorithm.AES_128;
        }
        if (oid.equals(EncryptionOids.AES192_CBC)) {
            return BlockCipherAlgorithm.AES_192;
        }
        if (oid.equals(EncryptionOids.AES256_CBC)) {
            return BlockCipherAlgorithm.AES_256;
        }
        if (oid.equals(EncryptionOids.DES_EDE3_CBC)) {
            return BlockCipherAlgorithm.DES_EDE3;
        }
        throw new X509Exception(X509Failure.UNSUPPORTED_ALGORITHM, "PBES2 encryption scheme " + oid + " is not supported");
    }

    private static ObjectIdentifier cipherOid(BlockCipherAlgorithm cipher) {
        return switch (cipher) {
            case AES_128 -> EncryptionOids.AES128_CBC;
            case AES_192 -> EncryptionOids.AES192_CBC;
            case AES_256 -> EncryptionOids.AES256_CBC;
            case DES_EDE3 -> EncryptionOids.DES_EDE3_CBC;
            case RC2_40, RC2_128 -> throw new IllegalArgumentException("Parley writes PBES2 with AES or DES-EDE3 only");
        };
    }

    /** RFC 8018 Appendix B.2.2 and B.2.5: the parameters are the IV, an OCTET STRING of one block. */
    private static Bytes iv(AlgorithmIdentifier scheme, BlockCipherAlgorithm cipher) throws X509Exception {
        DerValue parameters = scheme.parameters().orElseThrow(() -> new X509Exception(
                X509Failure.INVALID_ALGORITHM_PARAMETERS, "encryption scheme without its IV"));
        if (!parameters.tag().equals(DerTag.OCTET_STRING) || parameters.content().length() != cipher.blockLength()) {
            throw new X509Exception(X509Failure.INVALID_ALGORITHM_PARAMETERS, "the IV of " + scheme.algorithm()
                    + " is not an OCTET STRING of " + cipher.blockLength() + " octets");
        }
        return parameters.content();
    }
}
