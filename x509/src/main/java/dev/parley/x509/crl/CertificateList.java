package dev.parley.x509.crl;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.SignatureAlgorithm;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import dev.parley.x509.algorithm.AlgorithmIdentifier;
import dev.parley.x509.der.BitString;
import dev.parley.x509.ext.AuthorityKeyIdentifier;
import dev.parley.x509.ext.Extension;
import dev.parley.x509.name.Name;
import dev.parley.x509.pem.Pem;
import dev.parley.x509.pem.PemBlock;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A certificate revocation list, parsed strictly from DER (RFC 5280 §5.1):
 *
 * <pre>
 * CertificateList ::= SEQUENCE { tbsCertList TBSCertList, signatureAlgorithm AlgorithmIdentifier,
 *                                signatureValue BIT STRING }
 * </pre>
 *
 * <p>{@link #parse} checks syntax only. Whether a CRL may be used (its issuer's signature and
 * cRLSign key usage, {@code thisUpdate} and {@code nextUpdate} against the validation time, the
 * mandatory CRL number, critical extensions, its scope) is decided by the path validator when
 * {@code ValidationParameters} ask for revocation checking, the way the manual's SSL_check_crl
 * and SSL_crl_file do. {@link #isCurrentAt}, {@link #revocationOf} and
 * {@link #unrecognizedCritical} are the pieces it uses.
 */
public final class CertificateList {

    /** The largest encoding {@link #parse} accepts: 16 MiB, as large as a PEM file may be. */
    public static final int MAX_ENCODED_LENGTH = Pem.MAX_FILE_LENGTH;

    private final Bytes encoded;
    private final Bytes tbsCertList;
    private final int version;
    private final AlgorithmIdentifier signatureAlgorithm;
    private final Optional<SignatureAlgorithm> supportedSignatureAlgorithm;
    private final Name issuer;
    private final Instant thisUpdate;
    private final Optional<Instant> nextUpdate;
    private final Map<BigInteger, RevokedCertificate> revoked;
    private final List<Extension> extensions;
    private final CrlExtensions decoded;
    private final BitString signatureValue;

    CertificateList(Bytes encoded, Bytes tbsCertList, int version, AlgorithmIdentifier signatureAlgorithm,
                    Optional<SignatureAlgorithm> supportedSignatureAlgorithm, Name issuer, Instant thisUpdate,
                    Optional<Instant> nextUpdate, Map<BigInteger, RevokedCertificate> revoked,
                    List<Extension> extensions, CrlExtensions decoded, BitString signatureValue) {
        this.encoded = Objects.requireNonNull(encoded);
        this.tbsCertList = Objects.requireNonNull(tbsCertList);
        this.version = version;
        this.signatureAlgorithm = Objects.requireNonNull(signatureAlgorithm);
        this.supportedSignatureAlgorithm = Objects.requireNonNull(supportedSignatureAlgorithm);
        this.issuer = Objects.requireNonNull(issuer);
        this.thisUpdate = Objects.requireNonNull(thisUpdate);
        this.nextUpdate = Objects.requireNonNull(nextUpdate);
        this.revoked = Map.copyOf(revoked);
        this.extensions = List.copyOf(extensions);
        this.decoded = Objects.requireNonNull(decoded);
        this.signatureValue = Objects.requireNonNull(signatureValue);
    }

    /**
     * Parses one DER-encoded CRL, which must be all of {@code der}.
     *
     * @throws X509Exception if it is not a well-formed CRL; nothing else escapes
     */
    public static CertificateList parse(byte[] der) throws X509Exception {
        return CertificateListParser.parse(der);
    }

    /**
     * Every CRL of a file's content: the {@code X509 CRL} blocks of a PEM text (other blocks are
     * skipped), or one DER CRL. This is what the manual's SSL_crl_file holds.
     */
    public static List<CertificateList> readAll(byte[] content) throws X509Exception {
        if (!Pem.looksLikePem(content)) {
            return List.of(parse(content));
        }
        List<CertificateList> crls = new ArrayList<>();
        for (PemBlock block : Pem.blocks(content)) {
            if (block.label().equals(PemBlock.X509_CRL)) {
                try {
                    crls.add(parse(block.content()));
                } catch (X509Exception e) {
                    throw e.within("CRL " + (crls.size() + 1));
                }
            }
        }
        return List.copyOf(crls);
    }

    /** Every CRL of a PEM or DER file of at most {@link Pem#MAX_FILE_LENGTH} octets. */
    public static List<CertificateList> readAll(Path file) throws IOException, X509Exception {
        if (Files.size(file) > MAX_ENCODED_LENGTH) {
            throw new X509Exception(X509Failure.INPUT_TOO_LARGE, file + " is larger than " + MAX_ENCODED_LENGTH + " octets");
        }
        return readAll(Files.readAllBytes(file));
    }

    /** The whole CRL as it arrived. */
    public Bytes encoded() {
        return encoded;
    }

    /** The TBSCertList exactly as it arrived: the octets the signature covers. */
    public Bytes tbsCertList() {
        return tbsCertList;
    }

    /** 2 for a v2 CRL, 1 for a v1 CRL (which has no version field and no extensions). */
    public int version() {
        return version;
    }

    /** The signature algorithm, identical in the outer structure and the TBSCertList (RFC 5280 §5.1.1.2). */
    public AlgorithmIdentifier signatureAlgorithm() {
        return signatureAlgorithm;
    }

    /** The signature algorithm as crypto names it, or empty if Parley cannot verify it. */
    public Optional<SignatureAlgorithm> supportedSignatureAlgorithm() {
        return supportedSignatureAlgorithm;
    }

    /** The signature over {@link #tbsCertList()}. */
    public BitString signatureValue() {
        return signatureValue;
    }

    /** Who issued the CRL (RFC 5280 §5.1.2.3). */
    public Name issuer() {
        return issuer;
    }

    /** When this CRL was issued (RFC 5280 §5.1.2.4). */
    public Instant thisUpdate() {
        return thisUpdate;
    }

    /** When the next CRL will be issued at the latest (RFC 5280 §5.1.2.5); conforming CAs always set it. */
    public Optional<Instant> nextUpdate() {
        return nextUpdate;
    }

    /**
     * Whether {@code time} lies between thisUpdate and nextUpdate, both included, compared at the
     * granularity of whole seconds like certificate validity. A CRL without nextUpdate is never
     * current: nothing says how long it may be relied on.
     */
    public boolean isCurrentAt(Instant time) {
        Instant second = Instant.ofEpochSecond(time.getEpochSecond());
        return !second.isBefore(thisUpdate) && nextUpdate.map(next -> !second.isAfter(next)).orElse(false);
    }

    /** Every revoked certificate. */
    public List<RevokedCertificate> revokedCertificates() {
        return List.copyOf(revoked.values());
    }

    /** The entry for serial number {@code serial}, if this CRL revokes it. */
    public Optional<RevokedCertificate> revocationOf(BigInteger serial) {
        return Optional.ofNullable(revoked.get(serial));
    }

    /** Every CRL extension as it arrived. */
    public List<Extension> extensions() {
        return extensions;
    }

    /** The cRLNumber (RFC 5280 §5.2.3), which conforming CRLs always carry. */
    public Optional<BigInteger> crlNumber() {
        return decoded.crlNumber();
    }

    /** Whether the cRLNumber extension is marked critical, which RFC 5280 §5.2.3 forbids. */
    public boolean isCrlNumberCritical() {
        return extensions.stream().anyMatch(e -> e.id().equals(CrlOids.CRL_NUMBER) && e.critical());
    }

    /** The authority key identifier (RFC 5280 §5.2.1): which of the issuer's keys signed. */
    public Optional<AuthorityKeyIdentifier> authorityKeyIdentifier() {
        return decoded.authorityKeyIdentifier();
    }

    /** The issuing distribution point (RFC 5280 §5.2.5): the CRL's scope, if limited. */
    public Optional<IssuingDistributionPoint> issuingDistributionPoint() {
        return decoded.issuingDistributionPoint();
    }

    /** Whether this is a delta CRL (RFC 5280 §5.2.4), which only amends a complete CRL. */
    public boolean isDelta() {
        return decoded.deltaCrlIndicator().isPresent();
    }

    /**
     * The critical CRL and entry extensions Parley does not process. RFC 5280 §5.2: a CRL with
     * such an extension must not be used to decide revocation.
     */
    public List<Extension> unrecognizedCritical() {
        List<Extension> found = new ArrayList<>(extensions.stream()
                .filter(e -> e.critical() && !CrlOids.isRecognizedExtension(e.id())).toList());
        revoked.values().forEach(entry -> found.addAll(entry.unrecognizedCritical()));
        return found;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CertificateList other && encoded.equals(other.encoded);
    }

    @Override
    public int hashCode() {
        return encoded.hashCode();
    }

    @Override
    public String toString() {
        return "CertificateList[issuer=" + issuer + ", thisUpdate=" + thisUpdate + ", " + revoked.size() + " revoked]";
    }
}
