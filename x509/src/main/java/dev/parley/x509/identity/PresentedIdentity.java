package dev.parley.x509.identity;

import dev.parley.crypto.Bytes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a certificate says about whom it belongs to, as far as hostname verification cares: the
 * subject's most specific common name, if any, and the dNSName and iPAddress entries of its
 * subjectAltName extension in certificate order (RFC 6125 §6.4, RFC 2818 §3.1).
 *
 * <p>This value is independent of certificate parsing, so matching can be tested and fuzzed on
 * its own; an adapter builds it from a parsed certificate. The common name is kept exactly as
 * decoded from its DirectoryString; names are normalised only when they are compared.
 */
public final class PresentedIdentity {

    private final String commonName;
    private final List<SubjectAltName> subjectAltNames;

    private PresentedIdentity(String commonName, List<SubjectAltName> subjectAltNames) {
        this.commonName = commonName;
        this.subjectAltNames = List.copyOf(subjectAltNames);
    }

    /** An identity with a common name and subjectAltName entries (the list may be empty). */
    public static PresentedIdentity of(String commonName, List<SubjectAltName> subjectAltNames) {
        return new PresentedIdentity(Objects.requireNonNull(commonName, "commonName"), subjectAltNames);
    }

    /** An identity without a common name in its subject. */
    public static PresentedIdentity of(List<SubjectAltName> subjectAltNames) {
        return new PresentedIdentity(null, subjectAltNames);
    }

    /** An identity with only a common name, as old certificates have. */
    public static PresentedIdentity commonNameOnly(String commonName) {
        return of(commonName, List.of());
    }

    /** The subject's most specific common name, if it has one. */
    public Optional<String> commonName() {
        return Optional.ofNullable(commonName);
    }

    /** The dNSName and iPAddress entries, in certificate order. */
    public List<SubjectAltName> subjectAltNames() {
        return subjectAltNames;
    }

    /** The dNSName entries, in certificate order. */
    public List<String> dnsNames() {
        List<String> names = new ArrayList<>();
        for (SubjectAltName entry : subjectAltNames) {
            if (entry instanceof SubjectAltName.DnsName dns) {
                names.add(dns.name());
            }
        }
        return List.copyOf(names);
    }

    /** The iPAddress entries, in certificate order. */
    public List<Bytes> ipAddresses() {
        List<Bytes> addresses = new ArrayList<>();
        for (SubjectAltName entry : subjectAltNames) {
            if (entry instanceof SubjectAltName.IpAddress ip) {
                addresses.add(ip.address());
            }
        }
        return List.copyOf(addresses);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PresentedIdentity other
                && Objects.equals(commonName, other.commonName)
                && subjectAltNames.equals(other.subjectAltNames);
    }

    @Override
    public int hashCode() {
        return Objects.hash(commonName, subjectAltNames);
    }

    /** For example {@code CN=www.example.com, SAN=[DNS:www.example.com, IP:192.0.2.1]}. */
    @Override
    public String toString() {
        return (commonName == null ? "no CN" : "CN=" + commonName) + ", SAN=" + subjectAltNames;
    }
}
