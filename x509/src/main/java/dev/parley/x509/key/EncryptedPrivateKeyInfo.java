package dev.parley.x509.key;

import dev.parley.crypto.Bytes;
import dev.parley.x509.X509Exception;
import dev.parley.x509.algorithm.AlgorithmIdentifier;
import dev.parley.x509.der.DerReader;
import java.util.Objects;

/**
 * A password-encrypted private key, kept opaque for now (RFC 5958 §3:
 * {@code EncryptedPrivateKeyInfo ::= SEQUENCE { encryptionAlgorithm AlgorithmIdentifier, encryptedData OCTET STRING }}).
 * Decryption (PBES2 with CBC ciphers, RFC 8018) arrives in a later phase.
 *
 * @param encryptionAlgorithm how the key was encrypted, usually PBES2 with its parameters
 * @param encryptedData the encrypted PrivateKeyInfo
 */
public record EncryptedPrivateKeyInfo(AlgorithmIdentifier encryptionAlgorithm, Bytes encryptedData) {

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
}
