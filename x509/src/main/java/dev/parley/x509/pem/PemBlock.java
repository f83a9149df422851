package dev.parley.x509.pem;

import java.util.Arrays;
import java.util.Objects;

/**
 * One PEM block: the label of its encapsulation boundaries and the octets its Base64 text
 * encodes (RFC 7468 §2). Not a record and without content in {@code toString}, because a block may
 * hold a private key: {@link #wipe()} overwrites the octets once they have been decoded.
 */
public final class PemBlock {

    /** RFC 7468 §5.1. */
    public static final String CERTIFICATE = "CERTIFICATE";
    /** OpenSSL's certificate with trust settings appended; not read by Parley. */
    public static final String TRUSTED_CERTIFICATE = "TRUSTED CERTIFICATE";
    /** RFC 7468 §6. */
    public static final String X509_CRL = "X509 CRL";
    /** RFC 7468 §10: PKCS #8 / OneAsymmetricKey. */
    public static final String PRIVATE_KEY = "PRIVATE KEY";
    /** RFC 7468 §11: EncryptedPrivateKeyInfo. */
    public static final String ENCRYPTED_PRIVATE_KEY = "ENCRYPTED PRIVATE KEY";
    /** OpenSSL's label for PKCS #1 RSAPrivateKey. */
    public static final String RSA_PRIVATE_KEY = "RSA PRIVATE KEY";
    /** OpenSSL's label for SEC 1 ECPrivateKey (RFC 5915 §4). */
    public static final String EC_PRIVATE_KEY = "EC PRIVATE KEY";
    /** RFC 7468 §13: SubjectPublicKeyInfo. */
    public static final String PUBLIC_KEY = "PUBLIC KEY";

    private final String label;
    private final byte[] content;

    public PemBlock(String label, byte[] content) {
        this.label = Objects.requireNonNull(label, "label");
        this.content = content.clone();
    }

    /** The label, such as {@code CERTIFICATE}. */
    public String label() {
        return label;
    }

    /** A copy of the decoded octets. */
    public byte[] content() {
        return content.clone();
    }

    /** Overwrites the decoded octets with zeros. */
    public void wipe() {
        Arrays.fill(content, (byte) 0);
    }

    @Override
    public String toString() {
        return "PemBlock[" + label + ", " + content.length + " octets]";
    }
}
