package dev.parley.x509.ext;

import dev.parley.crypto.Bytes;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import dev.parley.x509.der.DerReader;
import dev.parley.x509.name.GeneralName;
import dev.parley.x509.name.GeneralNames;
import java.util.List;
import java.util.Objects;

/**
 * The identities the certificate binds to its key (RFC 5280 §4.2.1.6:
 * {@code SubjectAltName ::= GeneralNames}). Hostname verification reads {@link #dnsNames()} and
 * {@link #ipAddresses()}; whether a name is a valid host name is for that check to decide.
 *
 * @param names the names, in the order they arrived
 */
public record SubjectAlternativeName(List<GeneralName> names) {

    public SubjectAlternativeName {
        names = List.copyOf(Objects.requireNonNull(names, "names"));
    }

    /** Every dNSName. */
    public List<String> dnsNames() {
        return names.stream().filter(GeneralName.DnsName.class::isInstance)
                .map(n -> ((GeneralName.DnsName) n).value()).toList();
    }

    /** Every iPAddress, 4 or 16 octets each. */
    public List<Bytes> ipAddresses() {
        return names.stream().filter(GeneralName.IpAddress.class::isInstance)
                .map(n -> ((GeneralName.IpAddress) n).octets()).toList();
    }

    /** Every rfc822Name. */
    public List<String> emailAddresses() {
        return names.stream().filter(GeneralName.Rfc822Name.class::isInstance)
                .map(n -> ((GeneralName.Rfc822Name) n).value()).toList();
    }

    /** Every uniformResourceIdentifier. */
    public List<String> uris() {
        return names.stream().filter(GeneralName.UniformResourceIdentifier.class::isInstance)
                .map(n -> ((GeneralName.UniformResourceIdentifier) n).value()).toList();
    }

    static SubjectAlternativeName decode(Bytes value) throws X509Exception {
        return new SubjectAlternativeName(readNames(value, "SubjectAltName"));
    }

    /** GeneralNames filling all of {@code value}, each iPAddress an address of 4 or 16 octets. */
    static List<GeneralName> readNames(Bytes value, String field) throws X509Exception {
        DerReader in = DerReader.of(value);
        List<GeneralName> names = GeneralNames.readSequence(in, field);
        in.expectEnd(field);
        for (GeneralName name : names) {
            // RFC 5280 §4.2.1.6: an address is four octets (IPv4) or sixteen (IPv6).
            if (name instanceof GeneralName.IpAddress ip && ip.octets().length() != 4 && ip.octets().length() != 16) {
                throw new X509Exception(X509Failure.INVALID_GENERAL_NAME,
                        field + ": iPAddress of " + ip.octets().length() + " octets");
            }
        }
        return names;
    }
}
