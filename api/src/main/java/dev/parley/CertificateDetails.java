package dev.parley;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.x509.Certificate;
import dev.parley.x509.identity.CertificateIdentity;
import dev.parley.x509.identity.Fingerprint;
import dev.parley.x509.identity.HostnameScheme;
import dev.parley.x509.identity.HostnameVerifier;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The fields of a certificate that a program asks about, under IO::Socket::SSL's names:
 * {@code peer_certificate($field)} (subject/owner, issuer/authority, commonName, subjectAltNames),
 * {@code get_fingerprint} and {@code get_fingerprint_bin}, {@code dump_peer_certificate} and
 * {@code verify_hostname}. Works on any certificate, the peer's or one loaded from a file.
 */
public final class CertificateDetails {

    private static final CryptoProvider DIGESTS = new BouncyCastleCryptoProvider();

    private final Certificate certificate;

    private CertificateDetails(Certificate certificate) {
        this.certificate = Objects.requireNonNull(certificate, "certificate");
    }

    /** The details of {@code certificate}. */
    public static CertificateDetails of(Certificate certificate) {
        return new CertificateDetails(certificate);
    }

    /** The certificate itself. */
    public Certificate certificate() {
        return certificate;
    }

    /** The subject, RFC 4514 ({@code CN=www.example.com,O=Example}); IO::Socket::SSL's {@code subject}/{@code owner}. */
    public String subject() {
        return certificate.subject().toString();
    }

    /** The issuer, RFC 4514; IO::Socket::SSL's {@code issuer}/{@code authority}. */
    public String issuer() {
        return certificate.issuer().toString();
    }

    /** The subject's common name, if it has one; IO::Socket::SSL's {@code commonName}/{@code cn}. */
    public Optional<String> commonName() {
        return CertificateIdentity.of(certificate).commonName();
    }

    /** The subjectAltName entries as typed pairs; IO::Socket::SSL's {@code subjectAltNames}. */
    public List<AltName> subjectAltNames() {
        return certificate.extensions().subjectAlternativeName()
                .map(san -> san.names().stream().map(AltName::of).toList())
                .orElse(List.of());
    }

    public Instant notBefore() {
        return certificate.validity().notBefore();
    }

    public Instant notAfter() {
        return certificate.validity().notAfter();
    }

    /** The serial number in hex. */
    public String serialNumber() {
        return certificate.serialNumber().toString(16);
    }

    /** {@code sha256$hex} of the whole certificate; IO::Socket::SSL's {@code get_fingerprint()}. */
    public String fingerprint() {
        return fingerprint("sha256", false);
    }

    /**
     * {@code algo$hex}, or {@code algo$pub$hex} of the public key with {@code publicKey}, as
     * {@code SSL_fingerprint} accepts it; IO::Socket::SSL's {@code get_fingerprint(algo, cert, pubkey)}.
     *
     * @throws IllegalArgumentException for an algorithm other than sha1, sha256, sha384, sha512
     */
    public String fingerprint(String algorithm, boolean publicKey) {
        return digest(algorithm, publicKey).toString();
    }

    /** The digest alone, binary; IO::Socket::SSL's {@code get_fingerprint_bin(algo, cert, pubkey)}. */
    public byte[] fingerprintBinary(String algorithm, boolean publicKey) {
        return digest(algorithm, publicKey).digest().toByteArray();
    }

    private Fingerprint digest(String algorithm, boolean publicKey) {
        if (publicKey) {
            Bytes key = certificate.subjectPublicKeyInfo().subjectPublicKey().bytes();
            return Fingerprint.ofPublicKey(key.toByteArray(), Fingerprint.algorithmNamed(algorithm), DIGESTS);
        }
        return Fingerprint.of(certificate.encoded().toByteArray(), algorithm, DIGESTS);
    }

    /**
     * Whether the certificate fits {@code name} under the named scheme ({@code http}, {@code smtp},
     * ...; see {@link HostnameScheme#forName}); IO::Socket::SSL's {@code verify_hostname}.
     */
    public boolean verifyHostname(String name, String scheme) {
        return HostnameVerifier.matches(certificate, name, HostnameScheme.forName(scheme));
    }

    /** A printable summary, one field per line; IO::Socket::SSL's {@code dump_peer_certificate}. */
    public String dump() {
        StringBuilder text = new StringBuilder()
                .append("Subject Name: ").append(subject()).append('\n')
                .append("Issuer  Name: ").append(issuer()).append('\n')
                .append("Serial:       ").append(serialNumber()).append('\n')
                .append("Not Before:   ").append(notBefore()).append('\n')
                .append("Not After:    ").append(notAfter()).append('\n');
        List<AltName> names = subjectAltNames();
        if (!names.isEmpty()) {
            text.append("Alt Names:    ").append(String.join(", ", names.stream().map(AltName::toString).toList()))
                    .append('\n');
        }
        text.append("Public Key:   ").append(certificate.publicKey().map(k -> k.getClass().getSimpleName())
                        .orElse(certificate.subjectPublicKeyInfo().algorithm().toString())).append('\n')
                .append("Signature:    ").append(certificate.signatureAlgorithm()).append('\n')
                .append("SHA-256:      ").append(fingerprint()).append('\n');
        return text.toString();
    }

    @Override
    public String toString() {
        return "CertificateDetails[" + subject() + "]";
    }
}
