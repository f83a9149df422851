package dev.parley.x509.builder;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.PrivateKey;
import dev.parley.crypto.SignatureAlgorithm;
import dev.parley.x509.Oids;
import dev.parley.x509.der.ObjectIdentifier;
import dev.parley.x509.ext.Extension;
import dev.parley.x509.ext.KeyUsage;
import dev.parley.x509.key.CertifiedKey;
import dev.parley.x509.name.GeneralName;
import dev.parley.x509.name.Name;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes X.509 v3 certificates: a root CA, an intermediate or a leaf, for tests, the command line
 * and the intercepting proxy (IO::Socket::SSL::Utils' {@code CERT_create}).
 *
 * <pre>{@code
 * CertifiedKey ca = CertificateBuilder.ca("CN=Parley Test CA").selfSigned(crypto);
 * CertifiedKey intermediate = CertificateBuilder.intermediate("CN=Parley Test Intermediate").signedBy(ca, crypto);
 * CertifiedKey leaf = CertificateBuilder.leaf("CN=localhost").dnsNames("localhost").ipAddresses("127.0.0.1")
 *         .signedBy(intermediate, crypto);
 * }</pre>
 *
 * <p>Each setter returns a new builder, so one configured builder can stamp out many
 * certificates. Defaults, per kind:
 * <ul>
 *   <li>a new ECDSA P-256 key ({@link #keySpec}, {@link #key});</li>
 *   <li>a random positive 127-bit serial number (RFC 5280 §4.1.2.2; the CA/Browser Forum asks for
 *       64 bits of randomness);</li>
 *   <li>validity from one hour ago (for clocks that lag) for 10 years (CA), 5 years
 *       (intermediate) or 1 year (leaf);</li>
 *   <li>basicConstraints, critical: CA with no path length limit (CA), CA with path length 0
 *       (intermediate: it may issue leaves only), not a CA (leaf);</li>
 *   <li>keyUsage, critical: keyCertSign, cRLSign and digitalSignature for CAs; digitalSignature,
 *       plus keyEncipherment for RSA keys, for leaves;</li>
 *   <li>extKeyUsage serverAuth and clientAuth for leaves; none for CAs;</li>
 *   <li>subject key identifier (RFC 5280 §4.2.1.2 method 1: the SHA-1 of the key) always, and
 *       the authority key identifier in every certificate not self-signed.</li>
 * </ul>
 * The signature follows the issuer's key: PKCS #1 v1.5 with SHA-256 for RSA (or RSA-PSS, through
 * {@link #signatureAlgorithm}), ECDSA with SHA-256, -384 or -512 by curve, Ed25519 or Ed448.
 *
 * <p>Mistakes in the request (a malformed name, an issuer that is not a CA, an algorithm that
 * does not fit the key) throw {@link IllegalArgumentException}.
 */
public final class CertificateBuilder {

    /** What the certificate is for, which sets the defaults. */
    enum Kind { CA, INTERMEDIATE, LEAF }

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    final Kind kind;
    Name subject;
    Optional<BigInteger> serialNumber = Optional.empty();
    Optional<Instant> notBefore = Optional.empty();
    Optional<Instant> notAfter = Optional.empty();
    Duration lifetime;
    Clock clock = Clock.systemUTC();
    List<GeneralName> subjectAltNames = List.of();
    Optional<Set<KeyUsage.Bit>> keyUsage = Optional.empty();
    List<ObjectIdentifier> extendedKeyUsage;
    Optional<Integer> pathLength;
    List<String> ocspUrls = List.of();
    List<String> caIssuersUrls = List.of();
    List<String> crlUrls = List.of();
    Optional<PrivateKey> key = Optional.empty();
    KeySpec keySpec = KeySpec.EC_P256;
    Optional<SignatureAlgorithm> signatureAlgorithm = Optional.empty();
    List<Extension> extraExtensions = List.of();

    private CertificateBuilder(Kind kind, Name subject) {
        this.kind = kind;
        this.subject = Objects.requireNonNull(subject, "subject");
        this.lifetime = switch (kind) {
            case CA -> Duration.ofDays(3650);
            case INTERMEDIATE -> Duration.ofDays(1825);
            case LEAF -> Duration.ofDays(365);
        };
        this.pathLength = kind == Kind.INTERMEDIATE ? Optional.of(0) : Optional.empty();
        this.extendedKeyUsage = kind == Kind.LEAF ? List.of(Oids.KP_SERVER_AUTH, Oids.KP_CLIENT_AUTH) : List.of();
    }

    private CertificateBuilder copy() {
        CertificateBuilder next = new CertificateBuilder(kind, subject);
        next.serialNumber = serialNumber;
        next.notBefore = notBefore;
        next.notAfter = notAfter;
        next.lifetime = lifetime;
        next.clock = clock;
        next.subjectAltNames = subjectAltNames;
        next.keyUsage = keyUsage;
        next.extendedKeyUsage = extendedKeyUsage;
        next.pathLength = pathLength;
        next.ocspUrls = ocspUrls;
        next.caIssuersUrls = caIssuersUrls;
        next.crlUrls = crlUrls;
        next.key = key;
        next.keySpec = keySpec;
        next.signatureAlgorithm = signatureAlgorithm;
        next.extraExtensions = extraExtensions;
        return next;
    }

    /** A root CA named {@code subject}, an RFC 4514 string such as {@code "CN=Parley Test CA,O=Parley"}. */
    public static CertificateBuilder ca(String subject) {
        return new CertificateBuilder(Kind.CA, NameParser.parse(subject));
    }

    /** An intermediate CA named {@code subject}. */
    public static CertificateBuilder intermediate(String subject) {
        return new CertificateBuilder(Kind.INTERMEDIATE, NameParser.parse(subject));
    }

    /** A leaf (end-entity) certificate named {@code subject}; it may be empty if subject alternative names follow. */
    public static CertificateBuilder leaf(String subject) {
        return new CertificateBuilder(Kind.LEAF, NameParser.parse(subject));
    }

    /** A root CA named {@code subject}. */
    public static CertificateBuilder ca(Name subject) {
        return new CertificateBuilder(Kind.CA, subject);
    }

    /** An intermediate CA named {@code subject}. */
    public static CertificateBuilder intermediate(Name subject) {
        return new CertificateBuilder(Kind.INTERMEDIATE, subject);
    }

    /** A leaf certificate named {@code subject}. */
    public static CertificateBuilder leaf(Name subject) {
        return new CertificateBuilder(Kind.LEAF, subject);
    }

    /** The serial number, which must be positive and at most 20 octets (RFC 5280 §4.1.2.2). */
    public CertificateBuilder serialNumber(BigInteger value) {
        if (value.signum() <= 0 || value.toByteArray().length > 20) {
            throw new IllegalArgumentException("a serial number is positive and at most 20 octets: " + value);
        }
        CertificateBuilder next = copy();
        next.serialNumber = Optional.of(value);
        return next;
    }

    /** The validity period; instants are cut to whole seconds, as certificates carry them. */
    public CertificateBuilder validity(Instant from, Instant until) {
        Instant start = from.truncatedTo(ChronoUnit.SECONDS);
        Instant end = until.truncatedTo(ChronoUnit.SECONDS);
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("notAfter " + end + " is before notBefore " + start);
        }
        CertificateBuilder next = copy();
        next.notBefore = Optional.of(start);
        next.notAfter = Optional.of(end);
        return next;
    }

    /** Valid from one hour before now for {@code duration} past now. */
    public CertificateBuilder validFor(Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("a certificate is valid for a positive time, not " + duration);
        }
        CertificateBuilder next = copy();
        next.notBefore = Optional.empty();
        next.notAfter = Optional.empty();
        next.lifetime = duration;
        return next;
    }

    /** The clock whose "now" the default validity starts from. */
    public CertificateBuilder clock(Clock value) {
        CertificateBuilder next = copy();
        next.clock = Objects.requireNonNull(value, "clock");
        return next;
    }

    /** Adds dNSName subject alternative names (ASCII; internationalised names as A-labels). */
    public CertificateBuilder dnsNames(String... names) {
        List<GeneralName> added = new ArrayList<>();
        for (String name : names) {
            if (name.isEmpty() || !name.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
                throw new IllegalArgumentException("not an ASCII DNS name: " + name);
            }
            added.add(new GeneralName.DnsName(name));
        }
        return withNames(added);
    }

    /** Adds iPAddress subject alternative names, given as IPv4 or IPv6 literals (never looked up in DNS). */
    public CertificateBuilder ipAddresses(String... addresses) {
        List<GeneralName> added = new ArrayList<>();
        for (String address : addresses) {
            added.add(new GeneralName.IpAddress(Bytes.wrap(ipLiteral(address))));
        }
        return withNames(added);
    }

    /** Adds rfc822Name subject alternative names. */
    public CertificateBuilder emailAddresses(String... addresses) {
        List<GeneralName> added = new ArrayList<>();
        for (String address : addresses) {
            added.add(new GeneralName.Rfc822Name(address));
        }
        return withNames(added);
    }

    /** Adds uniformResourceIdentifier subject alternative names. */
    public CertificateBuilder uris(String... uris) {
        List<GeneralName> added = new ArrayList<>();
        for (String uri : uris) {
            added.add(new GeneralName.UniformResourceIdentifier(uri));
        }
        return withNames(added);
    }

    /** The key usages, replacing the default; at least one. */
    public CertificateBuilder keyUsage(KeyUsage.Bit... bits) {
        if (bits.length == 0) {
            throw new IllegalArgumentException("keyUsage needs at least one bit (RFC 5280 §4.2.1.3)");
        }
        CertificateBuilder next = copy();
        next.keyUsage = Optional.of(Set.copyOf(EnumSet.of(bits[0], bits)));
        return next;
    }

    /** The extended key usages, replacing the default; none leaves the extension out. */
    public CertificateBuilder extendedKeyUsage(ObjectIdentifier... purposes) {
        CertificateBuilder next = copy();
        next.extendedKeyUsage = List.of(purposes);
        return next;
    }

    /** For a CA: how many non-self-issued intermediates may follow it (RFC 5280 §4.2.1.9). */
    public CertificateBuilder pathLength(int length) {
        requireCa("a path length");
        if (length < 0) {
            throw new IllegalArgumentException("negative path length " + length);
        }
        CertificateBuilder next = copy();
        next.pathLength = Optional.of(length);
        return next;
    }

    /** For a CA: no path length constraint. */
    public CertificateBuilder noPathLength() {
        requireCa("a path length");
        CertificateBuilder next = copy();
        next.pathLength = Optional.empty();
        return next;
    }

    /** Adds an OCSP responder URL to authorityInfoAccess (RFC 5280 §4.2.2.1). */
    public CertificateBuilder ocspUrl(String url) {
        CertificateBuilder next = copy();
        next.ocspUrls = append(ocspUrls, url);
        return next;
    }

    /** Adds a caIssuers URL to authorityInfoAccess, where the issuer's certificate can be fetched. */
    public CertificateBuilder caIssuersUrl(String url) {
        CertificateBuilder next = copy();
        next.caIssuersUrls = append(caIssuersUrls, url);
        return next;
    }

    /** Adds a CRL distribution point URL (RFC 5280 §4.2.1.13). */
    public CertificateBuilder crlUrl(String url) {
        CertificateBuilder next = copy();
        next.crlUrls = append(crlUrls, url);
        return next;
    }

    /** Certifies {@code privateKey}'s public key instead of a new key. */
    public CertificateBuilder key(PrivateKey privateKey) {
        CertificateBuilder next = copy();
        next.key = Optional.of(privateKey);
        return next;
    }

    /** The kind of new key to make when no {@link #key} is given. */
    public CertificateBuilder keySpec(KeySpec spec) {
        CertificateBuilder next = copy();
        next.keySpec = Objects.requireNonNull(spec, "spec");
        return next;
    }

    /** The signature algorithm, instead of the default for the issuer's key; it must fit that key. */
    public CertificateBuilder signatureAlgorithm(SignatureAlgorithm algorithm) {
        CertificateBuilder next = copy();
        next.signatureAlgorithm = Optional.of(algorithm);
        return next;
    }

    /** Adds an extension of the caller's own making; it must not repeat one the builder writes. */
    public CertificateBuilder extension(Extension extension) {
        CertificateBuilder next = copy();
        next.extraExtensions = append(extraExtensions, extension);
        return next;
    }

    /** A self-signed certificate: its own issuer, signed by its own key. */
    public CertifiedKey selfSigned(CryptoProvider crypto) {
        return new CertificateSigner(this, crypto).selfSigned();
    }

    /**
     * A certificate issued by {@code issuer}, which must be a CA allowed to sign certificates. The
     * result's chain is the new certificate followed by the issuer's chain.
     */
    public CertifiedKey signedBy(CertifiedKey issuer, CryptoProvider crypto) {
        return new CertificateSigner(this, crypto).signedBy(issuer);
    }

    private CertificateBuilder withNames(List<GeneralName> added) {
        CertificateBuilder next = copy();
        List<GeneralName> all = new ArrayList<>(subjectAltNames);
        all.addAll(added);
        next.subjectAltNames = List.copyOf(all);
        return next;
    }

    private void requireCa(String what) {
        if (kind == Kind.LEAF) {
            throw new IllegalArgumentException("a leaf certificate has no " + what);
        }
    }

    /** RFC 5280 §4.2.1.6: four octets for IPv4, sixteen for IPv6, in network byte order. */
    private static byte[] ipLiteral(String address) {
        if (IPV4.matcher(address).matches()) {
            String[] parts = address.split("\\.");
            byte[] octets = new byte[4];
            for (int i = 0; i < 4; i++) {
                int part = Integer.parseInt(parts[i]);
                if (part > 255) {
                    throw new IllegalArgumentException("not an IPv4 address: " + address);
                }
                octets[i] = (byte) part;
            }
            return octets;
        }
        if (address.contains(":") && address.indexOf('%') < 0 && address.indexOf('[') < 0) {
            try {
                // In brackets InetAddress takes the text as an IPv6 literal or refuses it; it never resolves it.
                return InetAddress.getByName("[" + address + "]").getAddress();
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("not an IPv6 address: " + address, e);
            }
        }
        throw new IllegalArgumentException("not an IP address literal: " + address);
    }

    private static <T> List<T> append(List<T> list, T element) {
        List<T> all = new ArrayList<>(list);
        all.add(Objects.requireNonNull(element));
        return List.copyOf(all);
    }
}
