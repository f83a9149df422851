package dev.parley.x509.name;

import static dev.parley.x509.name.Names.attribute;
import static dev.parley.x509.name.Names.name;
import static dev.parley.x509.testing.Failures.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.x509.Oids;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import dev.parley.x509.der.DerTag;
import dev.parley.x509.der.DerWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 5280 §7.1 name comparison, with the RFC 4518 preparation subset of StringPrep. */
class NameComparisonTest {

    @Test
    void comparesIgnoringCase() throws X509Exception {
        Name upper = name(attribute(Oids.COMMON_NAME, DerTag.UTF8_STRING, "PARLEY ROOT"));
        Name lower = name(attribute(Oids.COMMON_NAME, DerTag.UTF8_STRING, "parley root"));
        assertTrue(upper.matches(lower));
        assertNotEquals(upper, lower, "equals compares encodings");
        assertEquals(upper.key(), lower.key());
    }

    @Test
    void foldsInsignificantSpaces() throws X509Exception {
        Name spaced = name(attribute(Oids.ORGANIZATION_NAME, DerTag.UTF8_STRING, "  Parley \t  Test  "));
        Name plain = name(attribute(Oids.ORGANIZATION_NAME, DerTag.UTF8_STRING, "Parley Test"));
        assertTrue(spaced.matches(plain));
        assertFalse(plain.matches(name(attribute(Oids.ORGANIZATION_NAME, DerTag.UTF8_STRING, "ParleyTest"))));
    }

    @Test
    void matchesAcrossStringTypes() throws X509Exception {
        Name printable = name(attribute(Oids.COUNTRY_NAME, DerTag.PRINTABLE_STRING, "US"));
        Name utf8 = name(attribute(Oids.COUNTRY_NAME, DerTag.UTF8_STRING, "us"));
        Name bmp = name(attribute(Oids.COUNTRY_NAME, DerTag.BMP_STRING, "Us"));
        assertTrue(printable.matches(utf8));
        assertTrue(utf8.matches(bmp));
    }

    @Test
    void normalizesCompatibilityCharactersAndIgnorableOnes() throws X509Exception {
        // NFKC maps the ligature U+FB01 to "fi"; a soft hyphen maps to nothing.
        Name ligature = name(attribute(Oids.COMMON_NAME, DerTag.UTF8_STRING, "\uFB01le"));
        Name soft = name(attribute(Oids.COMMON_NAME, DerTag.UTF8_STRING, "fi\u00ADle"));
        assertTrue(ligature.matches(soft));
    }

    @Test
    void requiresTheSameRdnStructure() throws X509Exception {
        Name one = name(attribute(Oids.COMMON_NAME, DerTag.UTF8_STRING, "a"), attribute(Oids.COMMON_NAME, DerTag.UTF8_STRING, "b"));
        Name swapped = name(attribute(Oids.COMMON_NAME, DerTag.UTF8_STRING, "b"), attribute(Oids.COMMON_NAME, DerTag.UTF8_STRING, "a"));
        Name shorter = name(attribute(Oids.COMMON_NAME, DerTag.UTF8_STRING, "a"));
        assertFalse(one.matches(swapped), "RDN order matters");
        assertFalse(one.matches(shorter));
        Name typeDiffers = name(attribute(Oids.ORGANIZATION_NAME, DerTag.UTF8_STRING, "a"));
        assertFalse(shorter.matches(typeDiffers));
    }

    @Test
    void comparesMultiValuedRdnsAsSets() throws X509Exception {
        Name a = name(List.of(attribute(Oids.COMMON_NAME, DerTag.UTF8_STRING, "x"), attribute(Oids.ORGANIZATIONAL_UNIT_NAME, DerTag.UTF8_STRING, "Y")));
        Name b = name(List.of(attribute(Oids.ORGANIZATIONAL_UNIT_NAME, DerTag.PRINTABLE_STRING, "y"), attribute(Oids.COMMON_NAME, DerTag.UTF8_STRING, "X")));
        assertTrue(a.matches(b));
    }

    @Test
    void comparesNonStringValuesByEncoding() throws X509Exception {
        Name one = Name.parse(DerWriter.encode(w -> w.sequence(s -> s.set(r -> r.sequence(atv -> {
            atv.oid(Oids.COMMON_NAME);
            atv.octetString(Bytes.fromHex("41"));
        })))));
        Name other = name(attribute(Oids.COMMON_NAME, DerTag.UTF8_STRING, "A"));
        assertFalse(one.matches(other));
        assertTrue(one.matches(Name.parse(one.encoded().toByteArray())));
    }

    @Test
    void comparesUnpreparableStringsByEncoding() throws X509Exception {
        // A private-use character cannot be prepared (RFC 4518 §2.4), so only identical encodings match.
        Name privateUse = name(attribute(Oids.COMMON_NAME, DerTag.UTF8_STRING, "A\uE000"));
        Name lower = name(attribute(Oids.COMMON_NAME, DerTag.UTF8_STRING, "a\uE000"));
        assertFalse(privateUse.matches(lower));
        assertTrue(privateUse.matches(name(attribute(Oids.COMMON_NAME, DerTag.UTF8_STRING, "A\uE000"))));
    }

    @Test
    void rejectsAnEmptyRelativeDistinguishedName() {
        assertFails(X509Failure.INVALID_NAME, () -> Name.parse(Bytes.fromHex("30023100").toByteArray()));
    }

    @Test
    void rejectsAnRdnWhoseAttributesAreOutOfDerOrder() {
        // SET { CN=b, CN=a }: DerWriter.set keeps the order given, which here is not DER's.
        byte[] der = DerWriter.encode(w -> w.sequence(s -> s.set(rdn -> {
            rdn.sequence(atv -> atv.oid(Oids.COMMON_NAME).string(DerTag.UTF8_STRING, "b"));
            rdn.sequence(atv -> atv.oid(Oids.COMMON_NAME).string(DerTag.UTF8_STRING, "a"));
        })));
        assertFails(X509Failure.SET_NOT_SORTED, () -> Name.parse(der));
    }

    @Test
    void listsCommonNamesInOrder() throws X509Exception {
        Name name = name(attribute(Oids.COMMON_NAME, DerTag.UTF8_STRING, "first"), attribute(Oids.ORGANIZATION_NAME, DerTag.UTF8_STRING, "o"),
                attribute(Oids.COMMON_NAME, DerTag.PRINTABLE_STRING, "last"));
        assertEquals(List.of("first", "last"), name.commonNames());
    }
}
