package dev.parley.x509.name;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The form of a {@link Name} in which RFC 5280 §7.1 equality is plain equality, so names can key a
 * hash map (a trust store indexed by subject, a path builder looking up issuers).
 *
 * <p>Each RDN becomes the set of its attributes, each attribute a string: the type's dotted OID,
 * then {@code =} and the prepared text ({@link StringPrep}) for string values, or {@code #} and
 * the hexadecimal encoding for other values and for strings that cannot be prepared.
 *
 * @param rdns one set of attribute keys per RDN, in RDNSequence order
 */
public record NameKey(List<Set<String>> rdns) {

    public NameKey {
        rdns = List.copyOf(Objects.requireNonNull(rdns, "rdns"));
    }

    static NameKey of(List<RelativeDistinguishedName> rdns) {
        return new NameKey(rdns.stream().map(NameKey::rdnKey).toList());
    }

    private static Set<String> rdnKey(RelativeDistinguishedName rdn) {
        return Set.copyOf(rdn.attributes().stream().map(NameKey::attributeKey).toList());
    }

    private static String attributeKey(AttributeTypeAndValue attribute) {
        String type = attribute.type().value();
        return attribute.text()
                .flatMap(StringPrep::prepare)
                .map(prepared -> type + "=" + prepared)
                .orElseGet(() -> type + "#" + attribute.value().encoded().toHex());
    }
}
