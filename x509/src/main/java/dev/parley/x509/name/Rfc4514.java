package dev.parley.x509.name;

import dev.parley.x509.Oids;
import dev.parley.x509.der.ObjectIdentifier;
import java.util.List;
import java.util.Map;

/**
 * The string representation of distinguished names of RFC 4514: RDNs last to first, separated by
 * commas; attributes of one RDN joined by {@code +}; the short names of §3 where one exists and
 * the dotted OID otherwise; {@code #} and the hexadecimal encoding for values without a string
 * form (§2.4).
 */
final class Rfc4514 {

    /** RFC 4514 §3: the attribute type names every implementation recognises. */
    private static final Map<ObjectIdentifier, String> SHORT_NAMES = Map.of(
            Oids.COMMON_NAME, "CN",
            Oids.LOCALITY_NAME, "L",
            Oids.STATE_OR_PROVINCE_NAME, "ST",
            Oids.ORGANIZATION_NAME, "O",
            Oids.ORGANIZATIONAL_UNIT_NAME, "OU",
            Oids.COUNTRY_NAME, "C",
            Oids.STREET_ADDRESS, "STREET",
            Oids.DOMAIN_COMPONENT, "DC",
            Oids.USER_ID, "UID");

    private static final String MUST_ESCAPE = "\"+,;<>\\";

    private Rfc4514() {
    }

    static String format(List<RelativeDistinguishedName> rdns) {
        StringBuilder out = new StringBuilder();
        // RFC 4514 §2.1: start with the last element of the RDNSequence and work backwards.
        for (int i = rdns.size() - 1; i >= 0; i--) {
            if (out.length() > 0) {
                out.append(',');
            }
            List<AttributeTypeAndValue> attributes = rdns.get(i).attributes();
            for (int j = 0; j < attributes.size(); j++) {
                if (j > 0) {
                    out.append('+');
                }
                appendAttribute(out, attributes.get(j));
            }
        }
        return out.toString();
    }

    private static void appendAttribute(StringBuilder out, AttributeTypeAndValue attribute) {
        String shortName = SHORT_NAMES.get(attribute.type());
        out.append(shortName != null ? shortName : attribute.type().value()).append('=');
        // RFC 4514 §2.4: a type in dotted form, or a value with no string form, is written as #hex of its BER.
        if (shortName == null || attribute.text().isEmpty()) {
            out.append('#').append(attribute.value().encoded().toHex());
        } else {
            appendEscaped(out, attribute.text().get());
        }
    }

    private static void appendEscaped(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean first = i == 0;
            boolean last = i == value.length() - 1;
            if (MUST_ESCAPE.indexOf(c) >= 0 || (first && (c == ' ' || c == '#')) || (last && c == ' ')) {
                // RFC 4514 §2.4: these characters are escaped with a backslash.
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7F) {
                // RFC 4514 §2.4 escapes NUL as \00; other control characters are escaped alike so that
                // a name never carries a line break or terminal control into a log.
                out.append('\\').append(String.format("%02x", (int) c));
            } else {
                out.append(c);
            }
        }
    }
}
