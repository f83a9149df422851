package dev.parley.x509.der;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.x509.X509Exception;
import dev.parley.x509.testing.TestData;
import dev.parley.x509.testing.TestData.DerVector;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/**
 * Decodes and encodes the values OpenSSL encoded in {@code der-vectors.tsv} (testdata README), so
 * both directions are checked against an independent implementation.
 */
class DerKnownAnswerTest {

    @Test
    void integersMatchOpenSsl() throws X509Exception {
        for (DerVector vector : TestData.derVectors("INTEGER:")) {
            String literal = vector.literal();
            BigInteger expected = literal.startsWith("0x") ? new BigInteger(literal.substring(2), 16) : new BigInteger(literal);
            assertEquals(expected, reader(vector).integer(vector.value()), vector.value());
            assertArrayEquals(vector.der().toByteArray(), DerWriter.encode(w -> w.integer(expected)), vector.value());
        }
    }

    @Test
    void booleansAndNullMatchOpenSsl() throws X509Exception {
        assertTrue(reader(TestData.derVectors("BOOLEAN:TRUE").get(0)).bool("true"));
        assertFalse(reader(TestData.derVectors("BOOLEAN:FALSE").get(0)).bool("false"));
        assertEquals(TestData.derVectors("BOOLEAN:TRUE").get(0).der(), Bytes.wrap(DerWriter.encode(w -> w.bool(true))));
        assertEquals(TestData.derVectors("NULL").get(0).der(), Bytes.wrap(DerWriter.encode(DerWriter::nul)));
    }

    @Test
    void objectIdentifiersMatchOpenSsl() throws X509Exception {
        for (DerVector vector : TestData.derVectors("OID:")) {
            ObjectIdentifier oid = ObjectIdentifier.of(vector.literal());
            assertEquals(oid, reader(vector).oid(vector.value()), vector.value());
            assertEquals(vector.der(), Bytes.wrap(DerWriter.encode(w -> w.oid(oid))), vector.value());
        }
    }

    @Test
    void timesMatchOpenSsl() throws X509Exception {
        for (String prefix : new String[] {"UTCTIME:", "GENTIME:"}) {
            for (DerVector vector : TestData.derVectors(prefix)) {
                String literal = vector.literal();
                String full = prefix.equals("UTCTIME:")
                        ? (Integer.parseInt(literal.substring(0, 2)) >= 50 ? "19" : "20") + literal : literal;
                Instant expected = LocalDateTime.parse(full.substring(0, 14), DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                        .toInstant(ZoneOffset.UTC);
                assertEquals(expected, reader(vector).time(vector.value()), vector.value());
                Bytes written = Bytes.wrap(DerWriter.encode(w -> {
                    if (prefix.equals("UTCTIME:")) {
                        w.utcTime(expected);
                    } else {
                        w.generalizedTime(expected);
                    }
                }));
                assertEquals(vector.der(), written, vector.value());
            }
        }
    }

    @Test
    void octetStringsWithLongLengthsMatchOpenSsl() throws X509Exception {
        for (DerVector vector : TestData.derVectors("FORMAT:HEX,OCTETSTRING:")) {
            Bytes content = Bytes.fromHex(vector.literal());
            assertEquals(content, reader(vector).octetString(vector.value()));
            assertEquals(vector.der(), Bytes.wrap(DerWriter.encode(w -> w.octetString(content))));
        }
    }

    @Test
    void bitStringsMatchOpenSsl() throws X509Exception {
        BitString named = reader(TestData.derVectors("FORMAT:BITLIST,BITSTRING:0,5,6").get(0)).bitString("bits");
        assertEquals(new BitString(Bytes.fromHex("86"), 1), named);
        BitString bit8 = reader(TestData.derVectors("FORMAT:BITLIST,BITSTRING:8").get(0)).bitString("bits");
        assertEquals(new BitString(Bytes.fromHex("0080"), 7), bit8);
        DerVector whole = TestData.derVectors("FORMAT:HEX,BITSTRING:").get(0);
        assertEquals(BitString.of(Bytes.fromHex("0102")), reader(whole).bitString("bits"));
        assertEquals(whole.der(), Bytes.wrap(DerWriter.encode(w -> w.bitString(BitString.of(Bytes.fromHex("0102"))))));
    }

    @Test
    void stringsMatchOpenSsl() throws X509Exception {
        check("UTF8String:Parley", DerTag.UTF8_STRING, "Parley");
        check("FORMAT:UTF8,UTF8String:", DerTag.UTF8_STRING, "Lučić");
        check("PRINTABLESTRING:", DerTag.PRINTABLE_STRING, "Parley Test (1)");
        check("IA5STRING:", DerTag.IA5_STRING, "admin@example.com");
        check("VISIBLESTRING:", DerTag.VISIBLE_STRING, "Hello, World!");
        check("NUMERICSTRING:", DerTag.NUMERIC_STRING, "123 456");
        check("T61STRING:", DerTag.TELETEX_STRING, "Cafe");
        check("FORMAT:UTF8,BMPSTRING:", DerTag.BMP_STRING, "Lučić");
        check("FORMAT:UTF8,UNIVERSALSTRING:", DerTag.UNIVERSAL_STRING, "Lučić");
    }

    private static void check(String prefix, DerTag type, String text) throws X509Exception {
        DerVector vector = TestData.derVectors(prefix).get(0);
        assertEquals(text, reader(vector).string(type, vector.value()), vector.value());
        assertEquals(vector.der(), Bytes.wrap(DerWriter.encode(w -> w.string(type, text))), vector.value());
    }

    private static DerReader reader(DerVector vector) throws X509Exception {
        return DerReader.of(vector.der());
    }
}
