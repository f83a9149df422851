package dev.parley.x509.der;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parley.crypto.Bytes;
import dev.parley.x509.X509Exception;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * decode(encode(x)) = x for every primitive the writer writes, and every strict prefix of an
 * encoding is refused: a reader never mistakes part of an element for a whole one.
 */
class DerRoundTripPropertiesTest {

    @Property(tries = 300)
    void integersRoundTrip(@ForAll BigInteger value) throws X509Exception {
        byte[] der = DerWriter.encode(w -> w.integer(value));
        assertEquals(value, whole(der).integer("x"));
        assertTruncationsFail(der, in -> in.integer("x"));
    }

    @Property
    void booleansRoundTrip(@ForAll boolean value) throws X509Exception {
        assertEquals(value, whole(DerWriter.encode(w -> w.bool(value))).bool("x"));
    }

    @Property(tries = 300)
    void objectIdentifiersRoundTrip(@ForAll("oids") ObjectIdentifier oid) throws X509Exception {
        byte[] der = DerWriter.encode(w -> w.oid(oid));
        assertEquals(oid, whole(der).oid("x"));
        assertTruncationsFail(der, in -> in.oid("x"));
    }

    @Property(tries = 300)
    void bitStringsRoundTrip(@ForAll("bitStrings") BitString bits) throws X509Exception {
        byte[] der = DerWriter.encode(w -> w.bitString(bits));
        assertEquals(bits, whole(der).bitString("x"));
        assertTruncationsFail(der, in -> in.bitString("x"));
    }

    @Property(tries = 300)
    void octetStringsRoundTrip(@ForAll @Size(max = 300) byte[] octets) throws X509Exception {
        byte[] der = DerWriter.encode(w -> w.octetString(Bytes.of(octets)));
        assertEquals(Bytes.of(octets), whole(der).octetString("x"));
        assertTruncationsFail(der, in -> in.octetString("x"));
    }

    @Property
    void utf8StringsRoundTrip(@ForAll String text) throws X509Exception {
        String valid = text.codePoints().filter(c -> c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        roundTrip(DerTag.UTF8_STRING, valid);
        roundTrip(DerTag.UNIVERSAL_STRING, valid);
    }

    @Property
    void printableStringsRoundTrip(@ForAll("printable") String text) throws X509Exception {
        roundTrip(DerTag.PRINTABLE_STRING, text);
    }

    @Property
    void ia5AndBmpStringsRoundTrip(@ForAll("ia5") String ascii, @ForAll("bmp") String bmp) throws X509Exception {
        roundTrip(DerTag.IA5_STRING, ascii);
        roundTrip(DerTag.BMP_STRING, bmp);
    }

    @Property
    void timesRoundTripInTheFormRfc5280Chooses(@ForAll("seconds") long epochSecond) throws X509Exception {
        Instant time = Instant.ofEpochSecond(epochSecond);
        byte[] der = DerWriter.encode(w -> w.time(time));
        assertEquals(time, whole(der).time("x"));
    }

    @Property
    void nestedContextTagsRoundTrip(@ForAll @IntRange(max = 40) int number, @ForAll BigInteger value,
                                    @ForAll @IntRange(min = 1, max = 31) int depth) throws X509Exception {
        byte[] der = DerWriter.encode(nested(depth, w -> w.explicit(number, x -> x.integer(value))));
        DerReader in = DerReader.of(der);
        for (int level = 0; level < depth; level++) {
            in = in.sequence("level");
        }
        DerReader tagged = in.readConstructed(DerTag.contextConstructed(number), "tagged");
        assertEquals(value, tagged.integer("x"));
        tagged.expectEnd("tagged");
    }

    @Property
    void setOfIsWrittenInTheOrderTheReaderRequires(@ForAll @Size(max = 8) List<@Size(max = 4) byte[]> elements)
            throws X509Exception {
        List<Consumer<DerWriter>> writers = elements.stream()
                .map(octets -> (Consumer<DerWriter>) w -> w.octetString(Bytes.of(octets))).toList();
        DerReader set = DerReader.of(DerWriter.encode(w -> w.setOf(writers))).setOf("set");
        int count = 0;
        while (!set.isEmpty()) {
            set.octetString("element");
            count++;
        }
        assertEquals(elements.size(), count);
    }

    @Provide
    Arbitrary<ObjectIdentifier> oids() {
        Arbitrary<Integer> first = Arbitraries.integers().between(0, 2);
        Arbitrary<BigInteger> arcs = Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.TWO.pow(128));
        return Combinators.combine(first, Arbitraries.integers().between(0, 39), arcs.list().ofMaxSize(8), arcs)
                .as((a, b, rest, big) -> {
                    StringBuilder dotted = new StringBuilder().append(a).append('.').append(a == 2 ? big : BigInteger.valueOf(b));
                    rest.forEach(arc -> dotted.append('.').append(arc));
                    return ObjectIdentifier.of(dotted.toString());
                });
    }

    @Provide
    Arbitrary<BitString> bitStrings() {
        return Combinators.combine(Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(40),
                Arbitraries.integers().between(0, 7)).as((octets, unused) -> {
                    octets[octets.length - 1] &= (byte) (0xFF << unused);
                    return new BitString(Bytes.of(octets), unused);
                });
    }

    @Provide
    Arbitrary<String> printable() {
        return Arbitraries.strings().withChars("ABCxyz0189 '()+,-./:=?").ofMaxLength(64);
    }

    @Provide
    Arbitrary<String> ia5() {
        return Arbitraries.strings().withCharRange('\u0000', '\u007f').ofMaxLength(64);
    }

    @Provide
    Arbitrary<String> bmp() {
        return Arbitraries.strings().withCharRange('\u0000', '\ud7ff').ofMaxLength(32);
    }

    @Provide
    Arbitrary<Long> seconds() {
        return Arbitraries.longs().between(Instant.parse("0000-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("9999-12-31T23:59:59Z").getEpochSecond());
    }

    private static void roundTrip(DerTag type, String text) throws X509Exception {
        byte[] der = DerWriter.encode(w -> w.string(type, text));
        assertEquals(text, whole(der).string(type, "x"));
    }

    private static Consumer<DerWriter> nested(int depth, Consumer<DerWriter> inner) {
        Consumer<DerWriter> body = inner;
        for (int i = 0; i < depth; i++) {
            Consumer<DerWriter> content = body;
            body = w -> w.sequence(content);
        }
        return body;
    }

    private interface Read {
        Object from(DerReader in) throws X509Exception;
    }

    private static DerReader whole(byte[] der) throws X509Exception {
        return DerReader.of(der);
    }

    private static void assertTruncationsFail(byte[] der, Read read) {
        for (int length = 0; length < der.length; length++) {
            byte[] prefix = Arrays.copyOf(der, length);
            assertThrows(X509Exception.class, () -> {
                DerReader in = DerReader.of(prefix);
                read.from(in);
                in.expectEnd("prefix");
            });
        }
    }
}
