package dev.parley.x509;

import static dev.parley.x509.testing.Failures.assertValueOrX509Exception;

import dev.parley.x509.key.PrivateKeys;
import dev.parley.x509.key.SubjectPublicKeyInfo;
import dev.parley.x509.name.Name;
import dev.parley.x509.pem.KeyFile;
import dev.parley.x509.pem.Pem;
import dev.parley.x509.testing.TestData;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Hostile input to every public parser gives a value or an X509Exception, never another exception:
 * arbitrary octets, and real certificates and keys with octets changed, cut or inserted, which
 * reach much deeper into the parsers than random octets do.
 */
class ParserRobustnessPropertiesTest {

    private static final List<byte[]> SEEDS = List.of(TestData.pemBody("leaf.pem"), TestData.pemBody("ica.pem"),
            TestData.pemBody("rsa-pss.pem"), TestData.pemBody("v1.pem"), TestData.bytes("ec-p-256-sec1.der"),
            TestData.bytes("rsa2048-pkcs8.der"), TestData.pemBody("ed448.key"), TestData.bytes("ec-p-256-encrypted.der"));

    @Property(tries = 1000)
    void arbitraryOctetsParseCleanly(@ForAll @Size(max = 200) byte[] input) {
        everyParser(input);
    }

    @Property(tries = 3000)
    void mutatedCertificatesAndKeysParseCleanly(@ForAll("mutations") byte[] input) {
        everyParser(input);
    }

    @Property(tries = 500)
    void arbitraryTextAsPemParsesCleanly(@ForAll("pemLike") String text) {
        assertValueOrX509Exception(() -> Pem.blocks(text));
        assertValueOrX509Exception(() -> Pem.certificates(text));
    }

    @Provide
    Arbitrary<byte[]> mutations() {
        Arbitrary<byte[]> seed = Arbitraries.of(SEEDS);
        return Combinators.combine(seed, Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 100_000),
                Arbitraries.bytes()).as((original, kind, where, octet) -> mutate(original, kind, where, octet));
    }

    @Provide
    Arbitrary<String> pemLike() {
        Arbitrary<String> pieces = Arbitraries.of("-----BEGIN CERTIFICATE-----", "-----END CERTIFICATE-----",
                "-----BEGIN PRIVATE KEY-----", "-----END PRIVATE KEY-----", "MIIB", "AA==", "=", "\n", "\r\n", " ",
                "Proc-Type: 4,ENCRYPTED", "text", "-----");
        return pieces.list().ofMaxSize(30).map(list -> String.join("", list));
    }

    private static byte[] mutate(byte[] original, int kind, int where, byte octet) {
        int at = where % original.length;
        byte[] copy;
        switch (kind) {
            case 0 -> {
                copy = original.clone();
                copy[at] ^= (byte) (octet == 0 ? 1 : octet);
            }
            case 1 -> copy = java.util.Arrays.copyOf(original, at);
            default -> {
                copy = new byte[original.length + 1];
                System.arraycopy(original, 0, copy, 0, at);
                copy[at] = octet;
                System.arraycopy(original, at, copy, at + 1, original.length - at);
            }
        }
        return copy;
    }

    private static void everyParser(byte[] input) {
        assertValueOrX509Exception(() -> Certificate.parse(input));
        assertValueOrX509Exception(() -> Name.parse(input));
        assertValueOrX509Exception(() -> SubjectPublicKeyInfo.parse(input));
        assertValueOrX509Exception(() -> PrivateKeys.fromPkcs8(input));
        assertValueOrX509Exception(() -> PrivateKeys.fromPkcs1(input));
        assertValueOrX509Exception(() -> PrivateKeys.fromSec1(input));
        assertValueOrX509Exception(() -> KeyFile.read(input));
        assertValueOrX509Exception(() -> Pem.blocks(input));
    }
}
