package dev.parley.x509.key;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoException;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.EcPublicKey;
import dev.parley.crypto.PrivateKey;
import dev.parley.crypto.PublicKey;
import dev.parley.x509.Certificate;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import java.util.List;
import java.util.Objects;

/**
 * A certificate chain together with the private key of its first certificate: what a TLS server
 * or a client authenticating itself presents (IO::Socket::SSL's {@code SSL_cert_file} and
 * {@code SSL_key_file}, or one PKCS #12 file).
 *
 * <p>{@link #of} refuses a key that does not belong to the certificate, comparing the public key
 * the private key implies ({@link CryptoProvider#publicKeyOf}) with the certified one, so that a
 * server never starts with a pair that no client could verify.
 *
 * <p>Not a record, so that {@code toString} cannot print the key.
 */
public final class CertifiedKey {

    private final List<Certificate> chain;
    private final PrivateKey privateKey;

    private CertifiedKey(List<Certificate> chain, PrivateKey privateKey) {
        this.chain = List.copyOf(chain);
        this.privateKey = privateKey;
    }

    /**
     * The chain {@code chain}, leaf first, with the leaf's private key {@code privateKey}.
     *
     * @throws X509Exception with {@link X509Failure#KEY_CERTIFICATE_MISMATCH} if the key does not
     *         belong to the leaf, {@link X509Failure#UNSUPPORTED_ALGORITHM} if the leaf's key is of an
     *         algorithm Parley does not implement, or {@link X509Failure#INVALID_PRIVATE_KEY} if the
     *         private key is not a valid key
     * @throws IllegalArgumentException if {@code chain} is empty
     */
    public static CertifiedKey of(List<Certificate> chain, PrivateKey privateKey, CryptoProvider crypto) throws X509Exception {
        return of(chain, privateKey, crypto, "", "");
    }

    /**
     * Like {@link #of(List, PrivateKey, CryptoProvider)}, naming where the key and the chain came
     * from (such as file names) so that a mismatch reads "the private key in {@code keyOrigin} does
     * not belong to the certificate CN=... in {@code chainOrigin}"; an empty origin is left out.
     */
    public static CertifiedKey of(List<Certificate> chain, PrivateKey privateKey, CryptoProvider crypto,
                                  String keyOrigin, String chainOrigin) throws X509Exception {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a certified key needs at least its own certificate");
        }
        Objects.requireNonNull(privateKey, "privateKey");
        Certificate leaf = chain.get(0);
        if (leaf.publicKey().isEmpty()) {
            throw new X509Exception(X509Failure.UNSUPPORTED_ALGORITHM, "the certificate " + leaf.subject() + " has a key "
                    + "Parley cannot use: " + leaf.subjectPublicKeyInfo().unsupportedReason().orElse("unsupported"));
        }
        if (!belongTogether(leaf.publicKey().get(), publicKeyOf(privateKey, crypto))) {
            throw new X509Exception(X509Failure.KEY_CERTIFICATE_MISMATCH, "the private key" + in(keyOrigin)
                    + " does not belong to the certificate " + leaf.subject() + in(chainOrigin));
        }
        return new CertifiedKey(chain, privateKey);
    }

    /**
     * The public key of {@code privateKey}.
     *
     * @throws X509Exception with {@link X509Failure#INVALID_PRIVATE_KEY} if it is not a valid key,
     *         such as an EC scalar outside [1, n-1]
     */
    public static PublicKey publicKeyOf(PrivateKey privateKey, CryptoProvider crypto) throws X509Exception {
        try {
            return crypto.publicKeyOf(privateKey);
        } catch (CryptoException e) {
            throw new X509Exception(X509Failure.INVALID_PRIVATE_KEY, "not a usable private key: " + e.getMessage());
        }
    }

    /**
     * Whether {@code certified} (from a certificate) and {@code implied} (from a private key) are
     * the same key. EC points are compared by their x coordinate and the parity of y, so that a
     * point in compressed form (SEC 1 §2.3.3) matches its uncompressed form.
     */
    public static boolean belongTogether(PublicKey certified, PublicKey implied) {
        if (certified instanceof EcPublicKey a && implied instanceof EcPublicKey b) {
            return a.curve() == b.curve() && compressed(a).equals(compressed(b));
        }
        return certified.equals(implied);
    }

    /** The certificate chain, leaf first. */
    public List<Certificate> chain() {
        return chain;
    }

    /** The leaf certificate, whose key {@link #privateKey()} is. */
    public Certificate certificate() {
        return chain.get(0);
    }

    /** The private key of {@link #certificate()}. */
    public PrivateKey privateKey() {
        return privateKey;
    }

    @Override
    public String toString() {
        return "CertifiedKey[" + certificate().subject() + ", chain of " + chain.size() + ", " + privateKey + "]";
    }

    private static String in(String origin) {
        return origin.isEmpty() ? "" : " in " + origin;
    }

    /** SEC 1 §2.3.3: 02 or 03 (the parity of y) followed by x; an invalid encoding stays as it is. */
    private static Bytes compressed(EcPublicKey key) {
        Bytes point = key.point();
        if (point.length() == key.curve().uncompressedPointLength() && point.getUnsigned(0) == 0x04) {
            int parity = point.getUnsigned(point.length() - 1) & 1;
            return Bytes.of((byte) (0x02 | parity)).concat(point.slice(1, 1 + key.curve().fieldLength()));
        }
        return point;
    }
}
