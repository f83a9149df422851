package dev.parley.x509.name;

import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import dev.parley.x509.der.DerReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One step of a distinguished name: a non-empty set of attributes, usually exactly one
 * (RFC 5280 §4.1.2.4: {@code RelativeDistinguishedName ::= SET SIZE (1..MAX) OF AttributeTypeAndValue}).
 *
 * @param attributes the attributes, in DER (sorted) order
 */
public record RelativeDistinguishedName(List<AttributeTypeAndValue> attributes) {

    public RelativeDistinguishedName {
        attributes = List.copyOf(Objects.requireNonNull(attributes, "attributes"));
    }

    /** Reads one RDN: a SET OF in DER order, with at least one attribute. */
    public static RelativeDistinguishedName read(DerReader in) throws X509Exception {
        DerReader set = in.setOf("RelativeDistinguishedName");
        if (set.isEmpty()) {
            // RFC 5280 §4.1.2.4: SET SIZE (1..MAX).
            throw new X509Exception(X509Failure.INVALID_NAME, "empty RelativeDistinguishedName");
        }
        List<AttributeTypeAndValue> attributes = new ArrayList<>();
        while (!set.isEmpty()) {
            attributes.add(AttributeTypeAndValue.read(set));
        }
        return new RelativeDistinguishedName(attributes);
    }
}
