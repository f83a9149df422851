package dev.parley.x509.builder;

import dev.parley.crypto.Bytes;
import dev.parley.x509.Oids;
import dev.parley.x509.der.BitString;
import dev.parley.x509.der.DerStrings;
import dev.parley.x509.der.DerTag;
import dev.parley.x509.der.DerWriter;
import dev.parley.x509.der.ObjectIdentifier;
import dev.parley.x509.ext.Extension;
import dev.parley.x509.ext.KeyUsage;
import dev.parley.x509.name.GeneralName;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Encodes the certificate extensions the builder writes, each in the syntax of its RFC 5280 section. */
final class ExtensionWriter {

    private ExtensionWriter() {
    }

    /** RFC 5280 §4.2.1.9: critical in CA certificates, as the section requires; critical in leaves too, as OpenSSL writes it. */
    static Extension basicConstraints(boolean ca, Optional<Integer> pathLength) {
        return new Extension(Oids.BASIC_CONSTRAINTS, true, Bytes.wrap(DerWriter.encode(w -> w.sequence(seq -> {
            // X.690 §11.5: cA DEFAULT FALSE is written only when true.
            if (ca) {
                seq.bool(true);
            }
            pathLength.ifPresent(seq::integer);
        }))));
    }

    /** RFC 5280 §4.2.1.3: a named bit list, trailing zero bits dropped (X.690 §11.2.2); critical, as the section advises. */
    static Extension keyUsage(Set<KeyUsage.Bit> bits) {
        int length = bits.stream().mapToInt(b -> b.ordinal() + 1).max().orElseThrow();
        byte[] octets = new byte[(length + 7) / 8];
        for (KeyUsage.Bit bit : bits) {
            octets[bit.ordinal() / 8] |= (byte) (0x80 >>> (bit.ordinal() % 8));
        }
        BitString value = new BitString(Bytes.wrap(octets), octets.length * 8 - length);
        return new Extension(Oids.KEY_USAGE, true, Bytes.wrap(DerWriter.encode(w -> w.bitString(value))));
    }

    /** RFC 5280 §4.2.1.12: the key purposes, not critical. */
    static Extension extendedKeyUsage(List<ObjectIdentifier> purposes) {
        return new Extension(Oids.EXT_KEY_USAGE, false, Bytes.wrap(DerWriter.encode(w -> w.sequence(seq -> purposes.forEach(seq::oid)))));
    }

    /** RFC 5280 §4.2.1.6: critical exactly when the subject is empty. */
    static Extension subjectAltName(List<GeneralName> names, boolean emptySubject) {
        return new Extension(Oids.SUBJECT_ALT_NAME, emptySubject, Bytes.wrap(DerWriter.encode(w -> w.sequence(seq -> {
            for (GeneralName name : names) {
                generalName(seq, name);
            }
        }))));
    }

    /** RFC 5280 §4.2.1.2: the key identifier, not critical. */
    static Extension subjectKeyIdentifier(Bytes keyIdentifier) {
        return new Extension(Oids.SUBJECT_KEY_IDENTIFIER, false, Bytes.wrap(DerWriter.encode(w -> w.octetString(keyIdentifier))));
    }

    /** RFC 5280 §4.2.1.1: {@code SEQUENCE { keyIdentifier [0] IMPLICIT OCTET STRING }}, not critical. */
    static Extension authorityKeyIdentifier(Bytes keyIdentifier) {
        return new Extension(Oids.AUTHORITY_KEY_IDENTIFIER, false, Bytes.wrap(DerWriter.encode(w -> w.sequence(
                seq -> seq.element(DerTag.contextPrimitive(0), keyIdentifier)))));
    }

    /** RFC 5280 §4.2.2.1: AccessDescriptions for OCSP responders and CA issuer certificates, as URIs; not critical. */
    static Extension authorityInformationAccess(List<String> ocsp, List<String> caIssuers) {
        return new Extension(Oids.AUTHORITY_INFO_ACCESS, false, Bytes.wrap(DerWriter.encode(w -> w.sequence(seq -> {
            ocsp.forEach(url -> accessDescription(seq, Oids.AD_OCSP, url));
            caIssuers.forEach(url -> accessDescription(seq, Oids.AD_CA_ISSUERS, url));
        }))));
    }

    /** RFC 5280 §4.2.1.13: one DistributionPoint per URL, each a fullName; not critical. */
    static Extension crlDistributionPoints(List<String> urls) {
        return new Extension(Oids.CRL_DISTRIBUTION_POINTS, false, Bytes.wrap(DerWriter.encode(w -> w.sequence(seq -> {
            for (String url : urls) {
                // DistributionPoint { distributionPoint [0] { fullName [0] IMPLICIT GeneralNames } }
                seq.sequence(point -> point.explicit(0, name -> name.constructed(DerTag.contextConstructed(0),
                        full -> generalName(full, new GeneralName.UniformResourceIdentifier(url)))));
            }
        }))));
    }

    private static void accessDescription(DerWriter out, ObjectIdentifier method, String url) {
        out.sequence(description -> {
            description.oid(method);
            generalName(description, new GeneralName.UniformResourceIdentifier(url));
        });
    }

    /** RFC 5280 Appendix A.2: the string forms IMPLICIT, directoryName EXPLICIT (a CHOICE cannot be implicit). */
    static void generalName(DerWriter out, GeneralName name) {
        if (name instanceof GeneralName.Rfc822Name email) {
            out.element(DerTag.contextPrimitive(1), DerStrings.encode(DerTag.IA5_STRING, email.value()));
        } else if (name instanceof GeneralName.DnsName dns) {
            out.element(DerTag.contextPrimitive(2), DerStrings.encode(DerTag.IA5_STRING, dns.value()));
        } else if (name instanceof GeneralName.DirectoryName directory) {
            out.explicit(4, w -> w.raw(directory.name().encoded()));
        } else if (name instanceof GeneralName.UniformResourceIdentifier uri) {
            out.element(DerTag.contextPrimitive(6), DerStrings.encode(DerTag.IA5_STRING, uri.value()));
        } else if (name instanceof GeneralName.IpAddress ip) {
            out.element(DerTag.contextPrimitive(7), ip.octets());
        } else {
            throw new IllegalArgumentException("the builder writes DNS, IP, email, URI and directory names, not " + name);
        }
    }
}
