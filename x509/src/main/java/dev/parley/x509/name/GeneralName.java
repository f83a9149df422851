package dev.parley.x509.name;

import dev.parley.crypto.Bytes;
import dev.parley.x509.der.DerValue;
import dev.parley.x509.der.ObjectIdentifier;
import java.util.Objects;

/**
 * One name of the {@code GeneralName} CHOICE (RFC 5280 §4.2.1.6), as subjectAltName, nameConstraints,
 * authorityInfoAccess and CRL distribution points use it. {@link GeneralNames} reads them.
 *
 * <p>The forms a TLS client checks are typed (DNS names, IP addresses, email addresses, URIs,
 * directory names); otherName, x400Address and ediPartyName are kept as they arrived.
 */
public sealed interface GeneralName {

    /** {@code otherName [0]}: a type identifier and its value, kept raw. */
    record OtherName(ObjectIdentifier typeId, DerValue value) implements GeneralName {
        public OtherName {
            Objects.requireNonNull(typeId, "typeId");
            Objects.requireNonNull(value, "value");
        }
    }

    /** {@code rfc822Name [1] IA5String}: an email address, or in name constraints a mailbox, host or domain. */
    record Rfc822Name(String value) implements GeneralName {
        public Rfc822Name {
            Objects.requireNonNull(value, "value");
        }
    }

    /** {@code dNSName [2] IA5String}: a host name, possibly a wildcard; in name constraints a domain. */
    record DnsName(String value) implements GeneralName {
        public DnsName {
            Objects.requireNonNull(value, "value");
        }
    }

    /** {@code x400Address [3]}: kept as the whole element. */
    record X400Address(DerValue value) implements GeneralName {
        public X400Address {
            Objects.requireNonNull(value, "value");
        }
    }

    /** {@code directoryName [4]}: a distinguished name. */
    record DirectoryName(Name name) implements GeneralName {
        public DirectoryName {
            Objects.requireNonNull(name, "name");
        }
    }

    /** {@code ediPartyName [5]}: kept as the whole element. */
    record EdiPartyName(DerValue value) implements GeneralName {
        public EdiPartyName {
            Objects.requireNonNull(value, "value");
        }
    }

    /** {@code uniformResourceIdentifier [6] IA5String}. */
    record UniformResourceIdentifier(String value) implements GeneralName {
        public UniformResourceIdentifier {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * {@code iPAddress [7] OCTET STRING}: 4 or 16 octets in subjectAltName; 8 or 32 (address, then
     * mask) in name constraints. The extension that holds the name checks which length applies.
     */
    record IpAddress(Bytes octets) implements GeneralName {
        public IpAddress {
            Objects.requireNonNull(octets, "octets");
        }

        /** Dotted quad for 4 octets, eight groups of hex for 16, address/mask for 8 and 32, hex otherwise. */
        @Override
        public String toString() {
            return "IpAddress[" + IpAddresses.format(octets) + "]";
        }
    }

    /** {@code registeredID [8] OBJECT IDENTIFIER}. */
    record RegisteredId(ObjectIdentifier oid) implements GeneralName {
        public RegisteredId {
            Objects.requireNonNull(oid, "oid");
        }
    }
}
