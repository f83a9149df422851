package dev.parley.x509.pkcs12;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.PrivateKey;
import dev.parley.crypto.PublicKey;
import dev.parley.x509.Certificate;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import dev.parley.x509.der.DerReader;
import dev.parley.x509.der.DerTag;
import dev.parley.x509.der.ObjectIdentifier;
import dev.parley.x509.key.CertifiedKey;
import dev.parley.x509.key.IterationBudget;
import dev.parley.x509.key.PasswordCallback;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a PKCS #12 file (RFC 7292) holds: certificates and private keys, read in password
 * integrity and password privacy mode, the modes {@code openssl pkcs12 -export} writes.
 *
 * <pre>
 * PFX ::= SEQUENCE { version INTEGER {v3(3)}, authSafe ContentInfo, macData MacData OPTIONAL }
 * </pre>
 *
 * <p>{@link #read} checks the {@link MacData MAC} over the authSafe before anything inside it is
 * decoded or decrypted: only the outer PFX, the authSafe's type and the MacData are parsed
 * first. A file without a MAC is refused ({@link X509Failure#INTEGRITY_CHECK_FAILED}), since
 * nothing would vouch for its content. The password is asked once, through the callback, and
 * overwritten when the file has been read.
 *
 * <p>Bounds: the file is at most {@link #MAX_ENCODED_LENGTH} octets and holds at most 1,024 bags,
 * nested at most 4 deep; all key derivations together cost at most
 * {@link IterationBudget#DEFAULT_LIMIT} hash invocations. Only DER is read: a BER file
 * (indefinite lengths, as some Windows exports have) is refused; {@code openssl pkcs12} converts it.
 */
public final class Pkcs12 {

    /** The largest file {@link #read} accepts: 4 MiB, room for a trust store of thousands of certificates. */
    public static final int MAX_ENCODED_LENGTH = 4 * 1024 * 1024;

    private final List<SafeContentsReader.CertificateEntry> certificates;
    private final List<SafeContentsReader.KeyEntry> keys;
    private final int skippedBags;

    private Pkcs12(SafeContentsReader contents) {
        this.certificates = List.copyOf(contents.certificates());
        this.keys = List.copyOf(contents.keys());
        this.skippedBags = contents.skippedBags();
    }

    /**
     * Reads the PKCS #12 file {@code der}, asking {@code passwords} for its password with
     * {@code resource} as the name to show.
     *
     * @throws X509Exception with {@link X509Failure#INTEGRITY_CHECK_FAILED} if the MAC does not
     *         verify (a wrong password or a modified file) or is absent; with
     *         {@link X509Failure#WRONG_PASSWORD} if a bag does not decrypt; with
     *         {@link X509Failure#UNSUPPORTED_ALGORITHM} for public-key modes, PBMAC1 or unsupported
     *         ciphers; or with the DER failure of a malformed structure
     */
    public static Pkcs12 read(byte[] der, PasswordCallback passwords, String resource, CryptoProvider crypto)
            throws X509Exception {
        Objects.requireNonNull(passwords, "passwords");
        Objects.requireNonNull(crypto, "crypto");
        try {
            DerReader in = DerReader.of(der, MAX_ENCODED_LENGTH);
            DerReader pfx = in.sequence("PFX");
            in.expectEnd("PFX");
            // RFC 7292 §4: version is v3.
            pfx.intValue(3, 3, "version");
            byte[] authSafeContent = authSafeContent(pfx.sequence("authSafe"));
            Optional<MacData> macData = pfx.isEmpty() ? Optional.empty() : Optional.of(MacData.read(pfx));
            pfx.expectEnd("PFX");
            if (macData.isEmpty()) {
                throw new X509Exception(X509Failure.INTEGRITY_CHECK_FAILED,
                        "the PKCS #12 file has no MAC, so nothing vouches for its content");
            }
            char[] password = Objects.requireNonNull(passwords.password(resource), "the password callback returned null");
            try {
                IterationBudget budget = IterationBudget.forOneFile();
                // RFC 7292 §4: the MAC first; nothing in the authSafe is decoded before it verifies.
                macData.get().verify(authSafeContent, password, crypto, budget);
                SafeContentsReader contents = new SafeContentsReader(password, crypto, budget);
                contents.readAuthenticatedSafe(authSafeContent);
                return new Pkcs12(contents);
            } finally {
                Arrays.fill(password, '\0');
            }
        } catch (X509Exception e) {
            throw e.within("PKCS #12 file");
        }
    }

    /** Whether {@code der} has the outer shape of a PFX: a SEQUENCE that starts with INTEGER 3 and a SEQUENCE. */
    public static boolean looksLikePkcs12(byte[] der) {
        try {
            DerReader pfx = DerReader.of(der, MAX_ENCODED_LENGTH).sequence("PFX");
            return pfx.intValue(0, Integer.MAX_VALUE, "version") == 3 && pfx.nextIs(DerTag.SEQUENCE);
        } catch (X509Exception notPkcs12) {
            return false;
        }
    }

    /** Every certificate, in the order of the file. */
    public List<Certificate> certificates() {
        return certificates.stream().map(SafeContentsReader.CertificateEntry::certificate).toList();
    }

    /** Every private key, in the order of the file. */
    public List<PrivateKey> privateKeys() {
        return keys.stream().map(k -> k.key).toList();
    }

    /** The friendlyName of the first key, such as {@code openssl pkcs12 -name} gives it. */
    public Optional<String> friendlyName() {
        return keys.isEmpty() ? Optional.empty() : keys.get(0).attributes.friendlyName();
    }

    /** How many bags of kinds Parley does not use (CRLs, secrets, SDSI certificates, unknown types) were skipped. */
    public int skippedBags() {
        return skippedBags;
    }

    /**
     * The file's one key with its certificate chain: the leaf is the certificate whose public key
     * the key implies (among several, the one whose localKeyId the key shares); the other
     * certificates follow, issuer after subject as far as their names chain, then in file order.
     *
     * @throws X509Exception with {@link X509Failure#NO_SINGLE_PRIVATE_KEY} unless there is exactly
     *         one key, or {@link X509Failure#KEY_CERTIFICATE_MISMATCH} if no certificate has its public key
     */
    public CertifiedKey certifiedKey(CryptoProvider crypto) throws X509Exception {
        if (keys.size() != 1) {
            throw new X509Exception(X509Failure.NO_SINGLE_PRIVATE_KEY, "the PKCS #12 file holds " + keys.size()
                    + " private keys, not one");
        }
        SafeContentsReader.KeyEntry key = keys.get(0);
        PublicKey implied = CertifiedKey.publicKeyOf(key.key, crypto);
        SafeContentsReader.CertificateEntry leaf = null;
        for (SafeContentsReader.CertificateEntry candidate : certificates) {
            boolean matches = candidate.certificate().publicKey().map(k -> CertifiedKey.belongTogether(k, implied)).orElse(false);
            if (matches && (leaf == null || sameLocalKeyId(candidate, key) && !sameLocalKeyId(leaf, key))) {
                leaf = candidate;
            }
        }
        if (leaf == null) {
            throw new X509Exception(X509Failure.KEY_CERTIFICATE_MISMATCH, "the private key in the PKCS #12 file "
                    + "belongs to none of its " + certificates.size() + " certificates");
        }
        return CertifiedKey.of(chainFrom(leaf.certificate()), key.key, crypto);
    }

    /** The leaf, then its issuer, that one's issuer and so on by name, then every other certificate. */
    private List<Certificate> chainFrom(Certificate leaf) {
        List<Certificate> remaining = new ArrayList<>(certificates());
        remaining.remove(leaf);
        List<Certificate> chain = new ArrayList<>(List.of(leaf));
        Certificate current = leaf;
        while (!current.isSelfIssued()) {
            Certificate subject = current;
            Optional<Certificate> issuer = remaining.stream().filter(c -> c.subject().matches(subject.issuer())).findFirst();
            if (issuer.isEmpty()) {
                break;
            }
            chain.add(issuer.get());
            remaining.remove(issuer.get());
            current = issuer.get();
        }
        chain.addAll(remaining);
        return chain;
    }

    private static boolean sameLocalKeyId(SafeContentsReader.CertificateEntry certificate, SafeContentsReader.KeyEntry key) {
        Optional<Bytes> id = key.attributes.localKeyId();
        return id.isPresent() && id.equals(certificate.attributes().localKeyId());
    }

    /** RFC 7292 §4: the authSafe is data in password integrity mode; signedData would be public-key integrity. */
    private static byte[] authSafeContent(DerReader authSafe) throws X509Exception {
        ObjectIdentifier type = authSafe.oid("contentType");
        if (type.equals(Pkcs12Oids.SIGNED_DATA)) {
            throw new X509Exception(X509Failure.UNSUPPORTED_ALGORITHM,
                    "PKCS #12 in public-key integrity mode (signedData) is not supported");
        }
        if (!type.equals(Pkcs12Oids.DATA)) {
            throw new X509Exception(X509Failure.UNEXPECTED_TAG, "authSafe of type " + type + ", expected data");
        }
        DerReader content = authSafe.readConstructed(DerTag.contextConstructed(0), "authSafe content");
        Bytes octets = content.octetString("authSafe content");
        content.expectEnd("authSafe content");
        authSafe.expectEnd("authSafe");
        return octets.toByteArray();
    }

    @Override
    public String toString() {
        return "Pkcs12[" + certificates.size() + " certificates, " + keys.size() + " keys]";
    }
}
