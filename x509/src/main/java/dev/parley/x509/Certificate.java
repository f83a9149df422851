package dev.parley.x509;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.Hash;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.PublicKey;
import dev.parley.crypto.SignatureAlgorithm;
import dev.parley.x509.algorithm.AlgorithmIdentifier;
import dev.parley.x509.der.BitString;
import dev.parley.x509.ext.Extensions;
import dev.parley.x509.key.SubjectPublicKeyInfo;
import dev.parley.x509.name.Name;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;

/**
 * An X.509 certificate, v1 to v3, parsed strictly from DER (RFC 5280 §4.1).
 *
 * <p>{@link #parse} checks syntax and the rules of RFC 5280 §4.1 that concern one certificate
 * alone: DER everywhere, the outer and inner signature algorithms identical, a non-negative
 * serial number, unique identifiers and extensions only in the versions that allow them, every
 * extension at most once and every known extension well-formed. It checks nothing that needs
 * another certificate, a clock or a signature: that is path validation's work, and
 * {@link #tbsCertificate()} keeps the signed octets exactly as they arrived for it.
 *
 * <p>Equality is equality of the encodings.
 */
public final class Certificate {

    /** The largest encoding {@link #parse} accepts: 256 KiB, far above any certificate in use. */
    public static final int MAX_ENCODED_LENGTH = 256 * 1024;

    private final Bytes encoded;
    private final Bytes tbsCertificate;
    private final CertificateVersion version;
    private final BigInteger serialNumber;
    private final AlgorithmIdentifier signatureAlgorithm;
    private final Optional<SignatureAlgorithm> supportedSignatureAlgorithm;
    private final Name issuer;
    private final Validity validity;
    private final Name subject;
    private final SubjectPublicKeyInfo subjectPublicKeyInfo;
    private final Optional<BitString> issuerUniqueId;
    private final Optional<BitString> subjectUniqueId;
    private final Extensions extensions;
    private final BitString signatureValue;

    Certificate(Bytes encoded, Bytes tbsCertificate, CertificateVersion version, BigInteger serialNumber,
                AlgorithmIdentifier signatureAlgorithm, Optional<SignatureAlgorithm> supportedSignatureAlgorithm,
                Name issuer, Validity validity, Name subject, SubjectPublicKeyInfo subjectPublicKeyInfo,
                Optional<BitString> issuerUniqueId, Optional<BitString> subjectUniqueId, Extensions extensions,
                BitString signatureValue) {
        this.encoded = Objects.requireNonNull(encoded);
        this.tbsCertificate = Objects.requireNonNull(tbsCertificate);
        this.version = Objects.requireNonNull(version);
        this.serialNumber = Objects.requireNonNull(serialNumber);
        this.signatureAlgorithm = Objects.requireNonNull(signatureAlgorithm);
        this.supportedSignatureAlgorithm = Objects.requireNonNull(supportedSignatureAlgorithm);
        this.issuer = Objects.requireNonNull(issuer);
        this.validity = Objects.requireNonNull(validity);
        this.subject = Objects.requireNonNull(subject);
        this.subjectPublicKeyInfo = Objects.requireNonNull(subjectPublicKeyInfo);
        this.issuerUniqueId = Objects.requireNonNull(issuerUniqueId);
        this.subjectUniqueId = Objects.requireNonNull(subjectUniqueId);
        this.extensions = Objects.requireNonNull(extensions);
        this.signatureValue = Objects.requireNonNull(signatureValue);
    }

    /**
     * Parses one DER-encoded certificate, which must be all of {@code der}.
     *
     * @throws X509Exception if it is not a well-formed certificate; nothing else escapes
     */
    public static Certificate parse(byte[] der) throws X509Exception {
        return CertificateParser.parse(der);
    }

    /** Parses one DER-encoded certificate. */
    public static Certificate parse(Bytes der) throws X509Exception {
        return parse(der.toByteArray());
    }

    /** The whole certificate as it arrived. */
    public Bytes encoded() {
        return encoded;
    }

    /** The TBSCertificate exactly as it arrived: the octets the signature covers (RFC 5280 §4.1.1.3). */
    public Bytes tbsCertificate() {
        return tbsCertificate;
    }

    public CertificateVersion version() {
        return version;
    }

    /** The serial number: never negative; possibly zero or longer than 20 octets, which validation judges. */
    public BigInteger serialNumber() {
        return serialNumber;
    }

    /** The signature algorithm, identical in the outer certificate and the TBSCertificate (RFC 5280 §4.1.1.2). */
    public AlgorithmIdentifier signatureAlgorithm() {
        return signatureAlgorithm;
    }

    /** The signature algorithm as crypto names it, or empty if Parley cannot verify it. */
    public Optional<SignatureAlgorithm> supportedSignatureAlgorithm() {
        return supportedSignatureAlgorithm;
    }

    public Name issuer() {
        return issuer;
    }

    public Validity validity() {
        return validity;
    }

    public Name subject() {
        return subject;
    }

    public SubjectPublicKeyInfo subjectPublicKeyInfo() {
        return subjectPublicKeyInfo;
    }

    /** The certified key, if its algorithm is one Parley implements. */
    public Optional<PublicKey> publicKey() {
        return subjectPublicKeyInfo.publicKey();
    }

    /** The issuerUniqueID of v2 and v3 certificates, tolerated and otherwise ignored (RFC 5280 §4.1.2.8). */
    public Optional<BitString> issuerUniqueId() {
        return issuerUniqueId;
    }

    /** The subjectUniqueID of v2 and v3 certificates, tolerated and otherwise ignored (RFC 5280 §4.1.2.8). */
    public Optional<BitString> subjectUniqueId() {
        return subjectUniqueId;
    }

    /** The extensions; empty for v1 and v2 certificates. */
    public Extensions extensions() {
        return extensions;
    }

    /** The signature over {@link #tbsCertificate()}. */
    public BitString signatureValue() {
        return signatureValue;
    }

    /** Whether issuer and subject are the same name under RFC 5280 §7.1 comparison (RFC 5280 §6.1). */
    public boolean isSelfIssued() {
        return issuer.matches(subject);
    }

    /** The {@code hash} of the whole encoding, which is what a certificate fingerprint is. */
    public Bytes fingerprint(HashAlgorithm hash, CryptoProvider crypto) {
        Hash running = crypto.hash(hash);
        running.update(encoded.toByteArray());
        return Bytes.wrap(running.digest());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Certificate other && encoded.equals(other.encoded);
    }

    @Override
    public int hashCode() {
        return encoded.hashCode();
    }

    @Override
    public String toString() {
        return "Certificate[subject=" + subject + ", issuer=" + issuer + ", serial=" + serialNumber.toString(16) + "]";
    }
}
