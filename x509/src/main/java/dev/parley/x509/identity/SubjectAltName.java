package dev.parley.x509.identity;

import dev.parley.crypto.Bytes;
import java.util.Objects;

/**
 * The subjectAltName entries that hostname verification reads (RFC 5280 §4.2.1.6): dNSName and
 * iPAddress. Other GeneralName forms (rfc822Name, URI, otherName, ...) play no part in it.
 */
public sealed interface SubjectAltName permits SubjectAltName.DnsName, SubjectAltName.IpAddress {

    /** A dNSName entry exactly as the certificate carries it (an IA5String, possibly a wildcard). */
    record DnsName(String name) implements SubjectAltName {
        public DnsName {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String toString() {
            return "DNS:" + name;
        }
    }

    /**
     * An iPAddress entry: four octets for IPv4, sixteen for IPv6. Other lengths are kept as the
     * certificate has them and match nothing.
     */
    record IpAddress(Bytes address) implements SubjectAltName {
        public IpAddress {
            Objects.requireNonNull(address, "address");
        }

        @Override
        public String toString() {
            return "IP:" + IpLiteral.format(address);
        }
    }

    /** A dNSName entry. */
    static SubjectAltName dns(String name) {
        return new DnsName(name);
    }

    /** An iPAddress entry holding {@code address}. */
    static SubjectAltName ip(Bytes address) {
        return new IpAddress(address);
    }

    /**
     * An iPAddress entry written as text, for tests and configuration.
     *
     * @throws IllegalArgumentException if {@code literal} is no IPv4 or IPv6 literal
     */
    static SubjectAltName ip(String literal) {
        return new IpAddress(IpLiteral.parse(literal)
                .orElseThrow(() -> new IllegalArgumentException("not an IP literal: " + literal)));
    }
}
