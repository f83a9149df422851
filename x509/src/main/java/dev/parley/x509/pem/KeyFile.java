package dev.parley.x509.pem;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.PrivateKey;
import dev.parley.x509.Certificate;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import dev.parley.x509.key.EncryptedPrivateKeyInfo;
import dev.parley.x509.key.PrivateKeys;
import dev.parley.x509.key.SubjectPublicKeyInfo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Everything a certificate or key file holds, read by content rather than by file name: PEM with
 * any number of blocks and explanatory text, or a single DER structure recognised by its shape.
 *
 * <p>PEM labels read: CERTIFICATE, PRIVATE KEY (PKCS #8), RSA PRIVATE KEY (PKCS #1), EC PRIVATE
 * KEY (SEC 1), ENCRYPTED PRIVATE KEY (kept opaque), PUBLIC KEY, X509 CRL (kept raw). Other labels
 * (EC PARAMETERS, CERTIFICATE REQUEST, ...) are skipped and listed in {@link #skippedLabels()};
 * TRUSTED CERTIFICATE is refused, for the reason {@link Pem#certificates(byte[])} gives.
 *
 * <p>Security: decoded private key octets are wiped as soon as the key object is built. The PEM
 * text itself passes through Java strings, which cannot be wiped; callers that care read key
 * files as DER.
 */
public final class KeyFile {

    private final List<Certificate> certificates = new ArrayList<>();
    private final List<PrivateKey> privateKeys = new ArrayList<>();
    private final List<EncryptedPrivateKeyInfo> encryptedPrivateKeys = new ArrayList<>();
    private final List<SubjectPublicKeyInfo> publicKeys = new ArrayList<>();
    private final List<Bytes> crls = new ArrayList<>();
    private final List<String> skippedLabels = new ArrayList<>();

    private KeyFile() {
    }

    /** Reads {@code content}, PEM or DER. */
    public static KeyFile read(byte[] content) throws X509Exception {
        KeyFile file = new KeyFile();
        if (Pem.looksLikePem(content)) {
            for (PemBlock block : Pem.blocks(content)) {
                try {
                    file.add(block.label(), block.content());
                } finally {
                    block.wipe();
                }
            }
        } else {
            file.addDer(content.clone());
        }
        return file;
    }

    /** Reads a file of at most {@link Pem#MAX_FILE_LENGTH} octets, PEM or DER. */
    public static KeyFile read(Path path) throws IOException, X509Exception {
        byte[] content = Pem.readBounded(path);
        try {
            return read(content);
        } finally {
            Arrays.fill(content, (byte) 0);
        }
    }

    public List<Certificate> certificates() {
        return List.copyOf(certificates);
    }

    public List<PrivateKey> privateKeys() {
        return List.copyOf(privateKeys);
    }

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

    /**
     * The one private key of the file.
     *
     * @throws X509Exception with {@link X509Failure#ENCRYPTED_PRIVATE_KEY} if the only key is
     *         encrypted, or {@link X509Failure#NO_SINGLE_PRIVATE_KEY} if there is no key or more than one
     */
    public PrivateKey privateKey() throws X509Exception {
        if (privateKeys.size() == 1 && encryptedPrivateKeys.isEmpty()) {
            return privateKeys.get(0);
        }
        if (privateKeys.isEmpty() && encryptedPrivateKeys.size() == 1) {
            throw new X509Exception(X509Failure.ENCRYPTED_PRIVATE_KEY,
                    "the private key is encrypted; encrypted PKCS #8 is not supported yet");
        }
        int count = privateKeys.size() + encryptedPrivateKeys.size();
        throw new X509Exception(X509Failure.NO_SINGLE_PRIVATE_KEY, count + " private keys found"
                + (skippedLabels.isEmpty() ? "" : "; skipped blocks: " + skippedLabels));
    }

    private void add(String label, byte[] der) throws X509Exception {
        try {
            switch (label) {
                case PemBlock.CERTIFICATE -> certificates.add(Certificate.parse(der));
                case PemBlock.PRIVATE_KEY -> privateKeys.add(PrivateKeys.fromPkcs8(der));
                case PemBlock.RSA_PRIVATE_KEY -> privateKeys.add(PrivateKeys.fromPkcs1(der));
                case PemBlock.EC_PRIVATE_KEY -> privateKeys.add(PrivateKeys.fromSec1(der));
                case PemBlock.ENCRYPTED_PRIVATE_KEY -> encryptedPrivateKeys.add(EncryptedPrivateKeyInfo.parse(der));
                case PemBlock.PUBLIC_KEY -> publicKeys.add(SubjectPublicKeyInfo.parse(der));
                case PemBlock.X509_CRL -> crls.add(Bytes.of(der));
                case PemBlock.TRUSTED_CERTIFICATE -> throw Pem.trustedCertificate();
                default -> skippedLabels.add(label);
            }
        } finally {
            Arrays.fill(der, (byte) 0);
        }
    }

    private void addDer(byte[] der) throws X509Exception {
        switch (DerContent.of(der)) {
            case CERTIFICATE -> add(PemBlock.CERTIFICATE, der);
            case CRL -> add(PemBlock.X509_CRL, der);
            case PUBLIC_KEY -> add(PemBlock.PUBLIC_KEY, der);
            case ENCRYPTED_PKCS8 -> add(PemBlock.ENCRYPTED_PRIVATE_KEY, der);
            case PKCS8 -> add(PemBlock.PRIVATE_KEY, der);
            case SEC1 -> add(PemBlock.EC_PRIVATE_KEY, der);
            case PKCS1 -> add(PemBlock.RSA_PRIVATE_KEY, der);
            case UNKNOWN -> throw new X509Exception(X509Failure.UNRECOGNIZED_CONTENT,
                    "neither PEM nor a DER certificate, key or CRL");
        }
    }
}
