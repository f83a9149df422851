package dev.parley.x509.builder;

import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.PrivateKey;
import dev.parley.crypto.PublicKey;
import dev.parley.x509.Certificate;
import dev.parley.x509.key.CertifiedKey;
import dev.parley.x509.key.EncryptedPrivateKeyInfo;
import dev.parley.x509.key.PrivateKeys;
import dev.parley.x509.pem.Pem;
import dev.parley.x509.pem.PemBlock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Writes what the builder makes in the files TLS software reads (RFC 7468): certificates as
 * {@code CERTIFICATE} blocks, private keys as PKCS #8 {@code PRIVATE KEY} blocks or, under a
 * password, as {@code ENCRYPTED PRIVATE KEY} blocks (PBES2, PBKDF2-HMAC-SHA256, AES-256-CBC).
 *
 * <p>Security: a key file is created readable by its owner only where the file system has POSIX
 * permissions, and never overwrites an existing file. The PEM text of a key is a Java string,
 * which cannot be wiped.
 */
public final class PemFiles {

    private PemFiles() {
    }

    /** The certificates as PEM, in order (for a chain: leaf first). */
    public static String certificates(List<Certificate> certificates) {
        StringBuilder text = new StringBuilder();
        for (Certificate certificate : certificates) {
            text.append(Pem.encode(PemBlock.CERTIFICATE, certificate.encoded().toByteArray()));
        }
        return text.toString();
    }

    /** The key as an unencrypted PKCS #8 {@code PRIVATE KEY} block. */
    public static String privateKey(PrivateKey key) {
        return privateKey(key, Optional.empty());
    }

    /**
     * The key as an unencrypted PKCS #8 {@code PRIVATE KEY} block; an EC key carries
     * {@code publicKey} inside, as OpenSSL writes it ({@link PrivateKeys#toPkcs8(PrivateKey, Optional)}).
     */
    public static String privateKey(PrivateKey key, Optional<PublicKey> publicKey) {
        byte[] der = PrivateKeys.toPkcs8(key, publicKey);
        try {
            return Pem.encode(PemBlock.PRIVATE_KEY, der);
        } finally {
            Arrays.fill(der, (byte) 0);
        }
    }

    /**
     * The key encrypted under {@code password} as an {@code ENCRYPTED PRIVATE KEY} block, with
     * {@code iterations} PBKDF2 iterations ({@link EncryptedPrivateKeyInfo#DEFAULT_ITERATIONS} is a
     * sound choice); OpenSSL reads it with {@code openssl pkey -in f -passin pass:...}.
     */
    public static String encryptedPrivateKey(PrivateKey key, char[] password, CryptoProvider crypto, int iterations) {
        EncryptedPrivateKeyInfo encrypted = EncryptedPrivateKeyInfo.encrypt(key, password, crypto, iterations);
        return Pem.encode(PemBlock.ENCRYPTED_PRIVATE_KEY, encrypted.encoded());
    }

    /**
     * Writes the chain of {@code certifiedKey} to {@code certificateFile} and its key, unencrypted,
     * to {@code keyFile}; neither file may exist yet.
     */
    public static void write(CertifiedKey certifiedKey, Path certificateFile, Path keyFile) throws IOException {
        if (Files.exists(keyFile)) {
            throw new FileAlreadyExistsException(keyFile.toString());
        }
        Files.writeString(certificateFile, certificates(certifiedKey.chain()), StandardCharsets.US_ASCII,
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        writeSecret(keyFile, privateKey(certifiedKey.privateKey(), certifiedKey.certificate().publicKey()));
    }

    /** Writes {@code text} to a new file that only its owner may read, where POSIX permissions exist. */
    public static void writeSecret(Path file, String text) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, text, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
    }
}
