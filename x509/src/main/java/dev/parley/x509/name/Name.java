package dev.parley.x509.name;

import dev.parley.crypto.Bytes;
import dev.parley.x509.Oids;
import dev.parley.x509.X509Exception;
import dev.parley.x509.der.DerReader;
import dev.parley.x509.der.DerTag;
import dev.parley.x509.der.DerValue;
import dev.parley.x509.der.ObjectIdentifier;
import java.util.ArrayList;
import java.util.List;

/**
 * A distinguished name: the issuer or subject of a certificate, or a directoryName
 * (RFC 5280 §4.1.2.4: {@code Name ::= CHOICE { rdnSequence RDNSequence }}).
 *
 * <p>Three notions of sameness, on purpose apart:
 * <ul>
 *   <li>{@link #equals} compares encodings, octet for octet;</li>
 *   <li>{@link #matches} is RFC 5280 §7.1 name comparison: same number of RDNs, each with the same
 *       set of attributes, string values compared after {@link StringPrep preparation} (ignoring
 *       case and insignificant spaces, across string types), other values by encoding;</li>
 *   <li>{@link #toString} is the RFC 4514 string form, for people and logs.</li>
 * </ul>
 */
public final class Name {

    private final List<RelativeDistinguishedName> rdns;
    private final Bytes encoded;
    private NameKey key;

    private Name(List<RelativeDistinguishedName> rdns, Bytes encoded) {
        this.rdns = List.copyOf(rdns);
        this.encoded = encoded;
    }

    /** Reads a Name (an RDNSequence, possibly empty) from {@code in}. */
    public static Name read(DerReader in) throws X509Exception {
        DerValue element = in.read(DerTag.SEQUENCE, "Name");
        DerReader sequence = in.contentOf(element);
        List<RelativeDistinguishedName> rdns = new ArrayList<>();
        while (!sequence.isEmpty()) {
            rdns.add(RelativeDistinguishedName.read(sequence));
        }
        return new Name(rdns, element.encoded());
    }

    /** Parses the DER encoding of a Name, which must be all of {@code der}. */
    public static Name parse(byte[] der) throws X509Exception {
        DerReader in = DerReader.of(der);
        Name name = read(in);
        in.expectEnd("Name");
        return name;
    }

    /** The RDNs in RDNSequence order: the most significant (usually the country) first. */
    public List<RelativeDistinguishedName> rdns() {
        return rdns;
    }

    /** The DER encoding as it arrived. */
    public Bytes encoded() {
        return encoded;
    }

    /** Whether the sequence has no RDN at all (allowed for a subject named only in subjectAltName). */
    public boolean isEmpty() {
        return rdns.isEmpty();
    }

    /** Every attribute of type {@code type}, in RDNSequence order. */
    public List<AttributeTypeAndValue> attributes(ObjectIdentifier type) {
        List<AttributeTypeAndValue> found = new ArrayList<>();
        for (RelativeDistinguishedName rdn : rdns) {
            for (AttributeTypeAndValue attribute : rdn.attributes()) {
                if (attribute.type().equals(type)) {
                    found.add(attribute);
                }
            }
        }
        return found;
    }

    /** The text of every commonName attribute, in RDNSequence order (the most specific one last). */
    public List<String> commonNames() {
        return attributes(Oids.COMMON_NAME).stream().flatMap(a -> a.text().stream()).toList();
    }

    /** The form in which RFC 5280 §7.1 equality is plain equality. */
    public NameKey key() {
        NameKey cached = key;
        if (cached == null) {
            cached = NameKey.of(rdns);
            key = cached;
        }
        return cached;
    }

    /** RFC 5280 §7.1 name comparison. */
    public boolean matches(Name other) {
        return encoded.equals(other.encoded) || key().equals(other.key());
    }

    /** Octet-for-octet equality of the encodings. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Name other && encoded.equals(other.encoded);
    }

    @Override
    public int hashCode() {
        return encoded.hashCode();
    }

    /** The RFC 4514 string form, such as {@code CN=example.com,O=Example,C=US}. */
    @Override
    public String toString() {
        return Rfc4514.format(rdns);
    }
}
