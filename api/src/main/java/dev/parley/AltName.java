package dev.parley;

import dev.parley.x509.identity.IpLiteral;
import dev.parley.x509.name.GeneralName;
import java.util.Objects;

/**
 * One subjectAltName entry as a typed pair, the way IO::Socket::SSL's
 * {@code peer_certificate('subjectAltNames')} returns {@code (GEN_DNS, 'example.com')}.
 *
 * @param type the kind of name, with OpenSSL's {@code GEN_*} number
 * @param value the name as text: a DNS name, an IP address in its usual notation, an email
 *        address, a URI, an RFC 4514 directory name, an OID; other forms as hex of their DER
 */
public record AltName(Type type, String value) {

    /** The GeneralName forms of RFC 5280 §4.2.1.6, numbered like OpenSSL's {@code GEN_*} constants. */
    public enum Type {
        OTHER_NAME(0), EMAIL(1), DNS(2), X400(3), DIRECTORY_NAME(4), EDI_PARTY(5), URI(6), IP_ADDRESS(7),
        REGISTERED_ID(8);

        private final int gen;

        Type(int gen) {
            this.gen = gen;
        }

        /** OpenSSL's number: GEN_DNS is 2, GEN_IPADD 7, ... */
        public int gen() {
            return gen;
        }
    }

    public AltName {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }

    /** The pair for one parsed GeneralName. */
    static AltName of(GeneralName name) {
        if (name instanceof GeneralName.DnsName dns) {
            return new AltName(Type.DNS, dns.value());
        } else if (name instanceof GeneralName.IpAddress ip) {
            return new AltName(Type.IP_ADDRESS, IpLiteral.format(ip.octets()));
        } else if (name instanceof GeneralName.Rfc822Name email) {
            return new AltName(Type.EMAIL, email.value());
        } else if (name instanceof GeneralName.UniformResourceIdentifier uri) {
            return new AltName(Type.URI, uri.value());
        } else if (name instanceof GeneralName.DirectoryName directory) {
            return new AltName(Type.DIRECTORY_NAME, directory.name().toString());
        } else if (name instanceof GeneralName.RegisteredId id) {
            return new AltName(Type.REGISTERED_ID, id.oid().toString());
        } else if (name instanceof GeneralName.OtherName other) {
            return new AltName(Type.OTHER_NAME, other.typeId() + ";" + other.value().encoded().toHex());
        } else if (name instanceof GeneralName.X400Address x400) {
            return new AltName(Type.X400, x400.value().encoded().toHex());
        }
        return new AltName(Type.EDI_PARTY, ((GeneralName.EdiPartyName) name).value().encoded().toHex());
    }

    /** OpenSSL's text form: {@code DNS:example.com}, {@code IP Address:192.0.2.1}, {@code email:a@b}, ... */
    @Override
    public String toString() {
        String prefix = switch (type) {
            case DNS -> "DNS";
            case IP_ADDRESS -> "IP Address";
            case EMAIL -> "email";
            case URI -> "URI";
            case DIRECTORY_NAME -> "DirName";
            case REGISTERED_ID -> "Registered ID";
            case OTHER_NAME -> "othername";
            case X400 -> "X400Name";
            case EDI_PARTY -> "EdiPartyName";
        };
        return prefix + ":" + value;
    }
}
