package dev.parley.x509.pem;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.PrivateKey;
import dev.parley.x509.Certificate;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import dev.parley.x509.key.CertifiedKey;
import dev.parley.x509.key.EncryptedPrivateKeyInfo;
import dev.parley.x509.key.IterationBudget;
import dev.parley.x509.key.PasswordCallback;
import dev.parley.x509.key.PrivateKeys;
import dev.parley.x509.key.SubjectPublicKeyInfo;
import dev.parley.x509.pkcs12.Pkcs12;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a certificate or key file holds, read by content rather than by file name
 * (IO::Socket::SSL's {@code SSL_cert_file} rule): PEM with any number of blocks and explanatory
 * text, a single DER structure recognised by its shape, or a PKCS #12 file.
 *
 * <p>PEM labels read: CERTIFICATE, PRIVATE KEY (PKCS #8), RSA PRIVATE KEY (PKCS #1), EC PRIVATE
 * KEY (SEC 1), ENCRYPTED PRIVATE KEY, PUBLIC KEY, X509 CRL (kept raw). Other labels (EC PARAMETERS,
 * CERTIFICATE REQUEST, ...) are skipped and listed in {@link #skippedLabels()}; TRUSTED
 * CERTIFICATE is refused, for the reason {@link Pem#certificates(byte[])} gives.
 *
 * <p>Encrypted keys and PKCS #12 files need a {@link PasswordCallback}: read with one, encrypted
 * keys are decrypted (asking the callback once per file) and PKCS #12 files opened; read without,
 * encrypted keys stay in {@link #encryptedPrivateKeys()} and a PKCS #12 file is refused with
 * {@link X509Failure#ENCRYPTED_PRIVATE_KEY}.
 *
 * <p>{@link #certifiedKey(Path, Path, PasswordCallback, CryptoProvider)} pairs a certificate file
 * with a key file and says clearly when the two do not belong together.
 *
 * <p>Security: decoded private key octets and the password are wiped as soon as they are used.
 * The PEM text itself passes through Java strings, which cannot be wiped; callers that care read
 * key files as DER or PKCS #12.
 */
public final class KeyFile {

    private final List<Certificate> certificates = new ArrayList<>();
    private final List<PrivateKey> privateKeys = new ArrayList<>();
    private final List<EncryptedPrivateKeyInfo> encryptedPrivateKeys = new ArrayList<>();
    private final List<SubjectPublicKeyInfo> publicKeys = new ArrayList<>();
    private final List<Bytes> crls = new ArrayList<>();
    private final List<String> skippedLabels = new ArrayList<>();
    private final Optional<Decryption> decryption;
    private Optional<Pkcs12> pkcs12 = Optional.empty();

    /** The password of one file, asked for at most once, and the work its key derivations may cost. */
    private static final class Decryption {
        private final PasswordCallback passwords;
        private final String resource;
        private final CryptoProvider crypto;
        private final IterationBudget budget = IterationBudget.forOneFile();
        private char[] password;

        Decryption(PasswordCallback passwords, String resource, CryptoProvider crypto) {
            this.passwords = Objects.requireNonNull(passwords, "passwords");
            this.resource = Objects.requireNonNull(resource, "resource");
            this.crypto = Objects.requireNonNull(crypto, "crypto");
        }

        PrivateKey decrypt(EncryptedPrivateKeyInfo key) throws X509Exception {
            if (password == null) {
                password = Objects.requireNonNull(passwords.password(resource), "the password callback returned null");
            }
            return key.decrypt(password, crypto, budget);
        }

        void wipe() {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    private KeyFile(Optional<Decryption> decryption) {
        this.decryption = decryption;
    }

    /** Reads {@code content}, PEM or DER, keeping encrypted keys encrypted; PKCS #12 needs the other overload. */
    public static KeyFile read(byte[] content) throws X509Exception {
        KeyFile file = new KeyFile(Optional.empty());
        file.readContent(content);
        return file;
    }

    /**
     * Reads {@code content}, PEM, DER or PKCS #12, decrypting encrypted keys and opening PKCS #12
     * with the password {@code passwords} gives for {@code resource} (the name a prompt shows).
     */
    public static KeyFile read(byte[] content, PasswordCallback passwords, String resource, CryptoProvider crypto)
            throws X509Exception {
        Decryption decryption = new Decryption(passwords, resource, crypto);
        try {
            KeyFile file = new KeyFile(Optional.of(decryption));
            file.readContent(content);
            return file;
        } finally {
            decryption.wipe();
        }
    }

    /** Reads a file of at most {@link Pem#MAX_FILE_LENGTH} octets, PEM or DER, keeping encrypted keys encrypted. */
    public static KeyFile read(Path path) throws IOException, X509Exception {
        byte[] content = Pem.readBounded(path);
        try {
            return read(content);
        } catch (X509Exception e) {
            throw e.within(path.toString());
        } finally {
            Arrays.fill(content, (byte) 0);
        }
    }

    /** Reads a file of at most {@link Pem#MAX_FILE_LENGTH} octets, PEM, DER or PKCS #12, with a password callback. */
    public static KeyFile read(Path path, PasswordCallback passwords, CryptoProvider crypto) throws IOException, X509Exception {
        byte[] content = Pem.readBounded(path);
        try {
            return read(content, passwords, path.toString(), crypto);
        } catch (X509Exception e) {
            throw e.within(path.toString());
        } finally {
            Arrays.fill(content, (byte) 0);
        }
    }

    /**
     * The certificate chain of {@code certificateFile} with the private key of {@code keyFile}
     * (IO::Socket::SSL's {@code SSL_cert_file} and {@code SSL_key_file}); both may name the same
     * file, such as a PKCS #12 file or a PEM file holding both. The key file's own certificates are
     * ignored; the certificate file's first certificate is the leaf, the rest its chain in file
     * order. When both name one PKCS #12 file, the leaf is the certificate of the file's key and the
     * chain follows it ({@link Pkcs12#certifiedKey}).
     *
     * @throws X509Exception with {@link X509Failure#KEY_CERTIFICATE_MISMATCH} when the key does not
     *         belong to the leaf, with a message naming both files; with
     *         {@link X509Failure#NO_SINGLE_PRIVATE_KEY} unless the key file holds exactly one key;
     *         with {@link X509Failure#UNRECOGNIZED_CONTENT} if the certificate file holds no certificate
     */
    public static CertifiedKey certifiedKey(Path certificateFile, Path keyFile, PasswordCallback passwords,
                                            CryptoProvider crypto) throws IOException, X509Exception {
        KeyFile certificates = read(certificateFile, passwords, crypto);
        KeyFile keys = certificateFile.equals(keyFile) ? certificates : read(keyFile, passwords, crypto);
        if (certificates.pkcs12.isPresent() && keys == certificates) {
            return certificates.certifiedKey(crypto);
        }
        if (certificates.certificates.isEmpty()) {
            throw new X509Exception(X509Failure.UNRECOGNIZED_CONTENT, certificateFile + " holds no certificate");
        }
        PrivateKey key;
        try {
            key = keys.privateKey();
        } catch (X509Exception e) {
            throw e.within(keyFile.toString());
        }
        return CertifiedKey.of(certificates.certificates, key, crypto, keyFile.toString(), certificateFile.toString());
    }

    /**
     * The certificate chain and key of one file that holds both: a PKCS #12 file, or PEM with the
     * certificates and the key; the same as {@code certifiedKey(file, file, passwords, crypto)}.
     */
    public static CertifiedKey certifiedKey(Path file, PasswordCallback passwords, CryptoProvider crypto)
            throws IOException, X509Exception {
        return certifiedKey(file, file, passwords, crypto);
    }

    public List<Certificate> certificates() {
        return List.copyOf(certificates);
    }

    /** The private keys, including those decrypted with the password callback. */
    public List<PrivateKey> privateKeys() {
        return List.copyOf(privateKeys);
    }

    /** The encrypted keys left encrypted because the file was read without a password callback. */
    public List<EncryptedPrivateKeyInfo> encryptedPrivateKeys() {
        return List.copyOf(encryptedPrivateKeys);
    }

    public List<SubjectPublicKeyInfo> publicKeys() {
        return List.copyOf(publicKeys);
    }

    /** The DER encodings of the CRLs, parsed by the revocation code that needs them. */
    public List<Bytes> crls() {
        return List.copyOf(crls);
    }

    /** Labels of PEM blocks this reader does not interpret. */
    public List<String> skippedLabels() {
        return List.copyOf(skippedLabels);
    }

    /** Whether the file was a PKCS #12 file. */
    public boolean isPkcs12() {
        return pkcs12.isPresent();
    }

    /**
     * The one private key of the file.
     *
     * @throws X509Exception with {@link X509Failure#ENCRYPTED_PRIVATE_KEY} if the only key is
     *         encrypted and the file was read without a password callback, or
     *         {@link X509Failure#NO_SINGLE_PRIVATE_KEY} if there is no key or more than one
     */
    public PrivateKey privateKey() throws X509Exception {
        if (privateKeys.size() == 1 && encryptedPrivateKeys.isEmpty()) {
            return privateKeys.get(0);
        }
        if (privateKeys.isEmpty() && encryptedPrivateKeys.size() == 1) {
            throw new X509Exception(X509Failure.ENCRYPTED_PRIVATE_KEY,
                    "the private key is encrypted; read the file with a password callback");
        }
        int count = privateKeys.size() + encryptedPrivateKeys.size();
        throw new X509Exception(X509Failure.NO_SINGLE_PRIVATE_KEY, count + " private keys found"
                + (skippedLabels.isEmpty() ? "" : "; skipped blocks: " + skippedLabels));
    }

    /**
     * This file's key with its certificates: for PEM and DER the first certificate is the leaf and
     * the others its chain; for PKCS #12 see {@link Pkcs12#certifiedKey}.
     *
     * @throws X509Exception with {@link X509Failure#KEY_CERTIFICATE_MISMATCH} if the key does not
     *         belong to the leaf, {@link X509Failure#NO_SINGLE_PRIVATE_KEY} unless there is one key,
     *         or {@link X509Failure#UNRECOGNIZED_CONTENT} if there is no certificate
     */
    public CertifiedKey certifiedKey(CryptoProvider crypto) throws X509Exception {
        if (pkcs12.isPresent()) {
            return pkcs12.get().certifiedKey(crypto);
        }
        PrivateKey key = privateKey();
        if (certificates.isEmpty()) {
            throw new X509Exception(X509Failure.UNRECOGNIZED_CONTENT, "the file holds a key but no certificate");
        }
        return CertifiedKey.of(certificates, key, crypto);
    }

    private void readContent(byte[] content) throws X509Exception {
        if (Pem.looksLikePem(content)) {
            for (PemBlock block : Pem.blocks(content)) {
                try {
                    add(block.label(), block.content());
                } finally {
                    block.wipe();
                }
            }
        } else {
            addDer(content.clone());
        }
    }

    private void add(String label, byte[] der) throws X509Exception {
        try {
            switch (label) {
                case PemBlock.CERTIFICATE -> certificates.add(Certificate.parse(der));
                case PemBlock.PRIVATE_KEY -> privateKeys.add(PrivateKeys.fromPkcs8(der));
                case PemBlock.RSA_PRIVATE_KEY -> privateKeys.add(PrivateKeys.fromPkcs1(der));
                case PemBlock.EC_PRIVATE_KEY -> privateKeys.add(PrivateKeys.fromSec1(der));
                case PemBlock.ENCRYPTED_PRIVATE_KEY -> addEncrypted(EncryptedPrivateKeyInfo.parse(der));
                case PemBlock.PUBLIC_KEY -> publicKeys.add(SubjectPublicKeyInfo.parse(der));
                case PemBlock.X509_CRL -> crls.add(Bytes.of(der));
                case PemBlock.TRUSTED_CERTIFICATE -> throw Pem.trustedCertificate();
                default -> skippedLabels.add(label);
            }
        } finally {
            Arrays.fill(der, (byte) 0);
        }
    }

    private void addEncrypted(EncryptedPrivateKeyInfo key) throws X509Exception {
        if (decryption.isEmpty()) {
            encryptedPrivateKeys.add(key);
        } else {
            privateKeys.add(decryption.get().decrypt(key));
        }
    }

    private void addDer(byte[] der) throws X509Exception {
        switch (DerContent.of(der)) {
            case CERTIFICATE -> add(PemBlock.CERTIFICATE, der);
            case CRL -> add(PemBlock.X509_CRL, der);
            case PUBLIC_KEY -> add(PemBlock.PUBLIC_KEY, der);
            case ENCRYPTED_PKCS8 -> add(PemBlock.ENCRYPTED_PRIVATE_KEY, der);
            case PKCS12 -> addPkcs12(der);
            case PKCS8 -> add(PemBlock.PRIVATE_KEY, der);
            case SEC1 -> add(PemBlock.EC_PRIVATE_KEY, der);
            case PKCS1 -> add(PemBlock.RSA_PRIVATE_KEY, der);
            case UNKNOWN -> throw unrecognized(der);
        }
    }

    private void addPkcs12(byte[] der) throws X509Exception {
        if (decryption.isEmpty()) {
            throw new X509Exception(X509Failure.ENCRYPTED_PRIVATE_KEY,
                    "a PKCS #12 file needs a password: read it with a password callback");
        }
        Decryption with = decryption.get();
        Pkcs12 file = Pkcs12.read(der, with.passwords, with.resource, with.crypto);
        pkcs12 = Optional.of(file);
        certificates.addAll(file.certificates());
        privateKeys.addAll(file.privateKeys());
    }

    private static X509Exception unrecognized(byte[] content) {
        if (content.length >= 2 && content[0] == 0x30 && content[1] == (byte) 0x80) {
            // X.690 §8.1.3.6: the indefinite form, which some PKCS #12 exporters use and DER forbids.
            return new X509Exception(X509Failure.INDEFINITE_LENGTH, "BER content with indefinite lengths; Parley reads "
                    + "DER only (a PKCS #12 file can be rewritten with 'openssl pkcs12' to DER)");
        }
        return new X509Exception(X509Failure.UNRECOGNIZED_CONTENT, "neither PEM nor a DER certificate, key, CRL or PKCS #12 file");
    }
}
