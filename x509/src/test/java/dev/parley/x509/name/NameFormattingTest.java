package dev.parley.x509.name;

import static dev.parley.x509.name.Names.attribute;
import static dev.parley.x509.name.Names.name;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.crypto.Bytes;
import dev.parley.x509.Oids;
import dev.parley.x509.X509Exception;
import dev.parley.x509.der.DerTag;
import dev.parley.x509.der.DerWriter;
import dev.parley.x509.der.ObjectIdentifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The RFC 4514 string form; the expected strings are the examples of RFC 4514 §4. */
class NameFormattingTest {

    private static final ObjectIdentifier DC = Oids.DOMAIN_COMPONENT;

    @Test
    void writesRdnsLastToFirst() throws X509Exception {
        Name name = name(attribute(DC, DerTag.IA5_STRING, "net"), attribute(DC, DerTag.IA5_STRING, "example"),
                attribute(Oids.USER_ID, DerTag.UTF8_STRING, "jsmith"));
        assertEquals("UID=jsmith,DC=example,DC=net", name.toString());
    }

    @Test
    void joinsTheAttributesOfAMultiValuedRdnWithPlus() throws X509Exception {
        Name name = name(List.of(attribute(DC, DerTag.IA5_STRING, "net")), List.of(attribute(DC, DerTag.IA5_STRING, "example")),
                List.of(attribute(Oids.COMMON_NAME, DerTag.UTF8_STRING, "J.  Smith"),
                        attribute(Oids.ORGANIZATIONAL_UNIT_NAME, DerTag.UTF8_STRING, "Sales")));
        assertEquals("OU=Sales+CN=J.  Smith,DC=example,DC=net", name.toString());
    }

    @Test
    void escapesQuotesAndCommas() throws X509Exception {
        Name name = name(attribute(DC, DerTag.IA5_STRING, "net"), attribute(DC, DerTag.IA5_STRING, "example"),
                attribute(Oids.COMMON_NAME, DerTag.UTF8_STRING, "James \"Jim\" Smith, III"));
        assertEquals("CN=James \\\"Jim\\\" Smith\\, III,DC=example,DC=net", name.toString());
    }

    @Test
    void escapesControlCharactersAsHex() throws X509Exception {
        Name name = name(attribute(DC, DerTag.IA5_STRING, "net"), attribute(DC, DerTag.IA5_STRING, "example"),
                attribute(Oids.COMMON_NAME, DerTag.UTF8_STRING, "Before\rAfter"));
        assertEquals("CN=Before\\0dAfter,DC=example,DC=net", name.toString());
    }

    @Test
    void writesUnknownTypesAsDottedOidsWithHexValues() throws X509Exception {
        Name name = Name.parse(DerWriter.encode(w -> w.sequence(s -> s.set(rdn -> rdn.sequence(atv -> {
            atv.oid(ObjectIdentifier.of("1.3.6.1.4.1.1466.0"));
            atv.octetString(Bytes.fromHex("4869"));
        })))));
        assertEquals("1.3.6.1.4.1.1466.0=#04024869", name.toString());
    }

    @Test
    void writesNonStringValuesOfKnownTypesAsHex() throws X509Exception {
        Name name = Name.parse(DerWriter.encode(w -> w.sequence(s -> s.set(rdn -> rdn.sequence(atv -> {
            atv.oid(Oids.COMMON_NAME);
            atv.integer(5);
        })))));
        assertEquals("CN=#020105", name.toString());
    }

    @Test
    void escapesLeadingAndTrailingSpacesAndALeadingHash() throws X509Exception {
        assertEquals("CN=\\ padded\\ ", name(attribute(Oids.COMMON_NAME, DerTag.UTF8_STRING, " padded ")).toString());
        assertEquals("CN=\\#1", name(attribute(Oids.COMMON_NAME, DerTag.UTF8_STRING, "#1")).toString());
        assertEquals("CN=a\\+b\\;c\\<d\\>e\\\\f", name(attribute(Oids.COMMON_NAME, DerTag.UTF8_STRING, "a+b;c<d>e\\f")).toString());
        assertEquals("CN=\\00", name(attribute(Oids.COMMON_NAME, DerTag.UTF8_STRING, "\0")).toString());
    }

    @Test
    void keepsNonAsciiCharactersAsTheyAre() throws X509Exception {
        // RFC 4514 §2.4 lets UTF-8 characters stand unescaped (its §4 example escapes them, which is also allowed).
        assertEquals("CN=Lučić", name(attribute(Oids.COMMON_NAME, DerTag.UTF8_STRING, "Lučić")).toString());
    }

    @Test
    void writesAnEmptyNameAsTheEmptyString() throws X509Exception {
        assertEquals("", Name.parse(Bytes.fromHex("3000").toByteArray()).toString());
    }
}
