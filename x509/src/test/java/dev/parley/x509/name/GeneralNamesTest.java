package dev.parley.x509.name;

import static dev.parley.x509.testing.Failures.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.parley.crypto.Bytes;
import dev.parley.x509.Oids;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import dev.parley.x509.der.DerReader;
import dev.parley.x509.der.DerTag;
import dev.parley.x509.der.DerWriter;
import dev.parley.x509.der.ObjectIdentifier;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The GeneralName CHOICE and its implicit and explicit tags (RFC 5280 §4.2.1.6, Appendix A.2). */
class GeneralNamesTest {

    private static List<GeneralName> read(Consumer<DerWriter> names) throws X509Exception {
        return GeneralNames.readSequence(DerReader.of(DerWriter.encode(w -> w.sequence(names))), "names");
    }

    @Test
    void readsEveryChoice() throws X509Exception {
        List<GeneralName> names = read(w -> {
            w.constructed(DerTag.contextConstructed(0), o -> o.oid(ObjectIdentifier.of("1.2.3.4")).explicit(0, v -> v.nul()));
            w.element(DerTag.contextPrimitive(1), Bytes.wrap("a@example.com".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
            w.element(DerTag.contextPrimitive(2), Bytes.wrap("example.com".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
            w.constructed(DerTag.contextConstructed(3), x -> x.sequence(s -> { }));
            w.explicit(4, n -> n.sequence(rdns -> rdns.set(rdn -> rdn.sequence(atv -> atv.oid(Oids.COMMON_NAME)
                    .string(DerTag.UTF8_STRING, "dir")))));
            w.constructed(DerTag.contextConstructed(5), e -> e.explicit(1, p -> p.string(DerTag.UTF8_STRING, "party")));
            w.element(DerTag.contextPrimitive(6), Bytes.wrap("https://example.com/".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
            w.element(DerTag.contextPrimitive(7), Bytes.fromHex("7f000001"));
            w.element(DerTag.contextPrimitive(8), ObjectIdentifier.of("1.2.3").contentOctets());
        });
        assertEquals(ObjectIdentifier.of("1.2.3.4"), ((GeneralName.OtherName) names.get(0)).typeId());
        assertEquals(new GeneralName.Rfc822Name("a@example.com"), names.get(1));
        assertEquals(new GeneralName.DnsName("example.com"), names.get(2));
        assertInstanceOf(GeneralName.X400Address.class, names.get(3));
        assertEquals("CN=dir", ((GeneralName.DirectoryName) names.get(4)).name().toString());
        assertInstanceOf(GeneralName.EdiPartyName.class, names.get(5));
        assertEquals(new GeneralName.UniformResourceIdentifier("https://example.com/"), names.get(6));
        assertEquals("IpAddress[127.0.0.1]", names.get(7).toString());
        assertEquals(new GeneralName.RegisteredId(ObjectIdentifier.of("1.2.3")), names.get(8));
    }

    @Test
    void rejectsPrimitiveEncodingsOfConstructedChoices() {
        // The bettertls name-constraint cases encode otherName as a primitive [0].
        assertFails(X509Failure.UNEXPECTED_TAG, () -> read(w -> w.element(DerTag.contextPrimitive(0), Bytes.fromHex("0500"))));
        assertFails(X509Failure.UNEXPECTED_TAG, () -> read(w -> w.element(DerTag.contextPrimitive(4), Bytes.fromHex("3000"))));
    }

    @Test
    void rejectsUniversalTagsWhereAChoiceBelongs() {
        assertFails(X509Failure.UNEXPECTED_TAG, () -> read(w -> w.string(DerTag.IA5_STRING, "example.com")));
    }

    @Test
    void rejectsDirectoryNamesWithTrailingData() {
        assertFails(X509Failure.TRAILING_DATA, () -> read(w -> w.explicit(4, n -> n.sequence(s -> { }).nul())));
    }

    @Test
    void formatsIpAddressesAndConstraints() {
        assertEquals("IpAddress[10.0.0.0/255.0.0.0]", new GeneralName.IpAddress(Bytes.fromHex("0a000000ff000000")).toString());
        assertEquals("IpAddress[2001:db8:0:0:0:0:0:1]",
                new GeneralName.IpAddress(Bytes.fromHex("20010db8000000000000000000000001")).toString());
        assertEquals("IpAddress[0102]", new GeneralName.IpAddress(Bytes.fromHex("0102")).toString());
    }
}
