package dev.parley.x509.der;

import static dev.parley.x509.testing.Failures.assertValueOrX509Exception;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.parley.x509.X509Exception;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/** Arbitrary octets give a value or an X509Exception, never another exception. */
class DerRobustnessPropertiesTest {

    @Property(tries = 2000)
    void arbitraryBytesWalkCleanly(@ForAll @Size(max = 300) byte[] input) {
        assertValueOrX509Exception(() -> DerWalk.walk(DerReader.of(input)));
    }

    @Property(tries = 2000)
    void everyPrimitiveReaderFailsCleanly(@ForAll @Size(max = 40) byte[] input) {
        assertValueOrX509Exception(() -> DerReader.of(input).integer("x"));
        assertValueOrX509Exception(() -> DerReader.of(input).bool("x"));
        assertValueOrX509Exception(() -> DerReader.of(input).oid("x"));
        assertValueOrX509Exception(() -> DerReader.of(input).bitString("x"));
        assertValueOrX509Exception(() -> DerReader.of(input).time("x"));
        assertValueOrX509Exception(() -> DerReader.of(input).setOf("x"));
        for (DerTag type : new DerTag[] {DerTag.UTF8_STRING, DerTag.PRINTABLE_STRING, DerTag.BMP_STRING,
            DerTag.UNIVERSAL_STRING, DerTag.IA5_STRING}) {
            assertValueOrX509Exception(() -> DerReader.of(input).string(type, "x"));
        }
    }

    @Property(tries = 1000)
    void whatTheWalkAcceptsReEncodesToItself(@ForAll @Size(max = 64) byte[] input) {
        byte[] reEncoded;
        try {
            reEncoded = DerWalk.reEncode(DerReader.of(input));
        } catch (X509Exception rejected) {
            return;
        }
        assertArrayEquals(input, reEncoded, "DER has one encoding per value");
    }
}
