package dev.parley.x509.crl;

import static dev.parley.x509.testing.Failures.assertValueOrX509Exception;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Hostile input to the CRL parser gives a CRL or an X509Exception, never another exception:
 * arbitrary octets, and real CRLs with octets changed, cut or inserted.
 */
class CertificateListProperties {

    private static final List<byte[]> SEEDS = List.of(resource("testdata/root-crl.der"),
            der("path/ica.crl"), new CrlEncoder().revoke(7, CrlEncoder.reasonCode(1)).revoke(9).encode());

    @Property(tries = 1000)
    void arbitraryOctetsParseCleanly(@ForAll @Size(max = 300) byte[] input) {
        assertValueOrX509Exception(() -> CertificateList.parse(input));
        assertValueOrX509Exception(() -> CertificateList.readAll(input));
    }

    @Property(tries = 3000)
    void mutatedCrlsParseCleanly(@ForAll("mutations") byte[] input) {
        assertValueOrX509Exception(() -> CertificateList.parse(input));
    }

    @Provide
    Arbitrary<byte[]> mutations() {
        return Combinators.combine(Arbitraries.of(SEEDS), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 100_000), Arbitraries.bytes()).as(CertificateListProperties::mutate);
    }

    private static byte[] mutate(byte[] original, int kind, int where, byte octet) {
        int at = where % original.length;
        return switch (kind) {
            case 0 -> {
                byte[] copy = original.clone();
                copy[at] ^= (byte) (octet == 0 ? 1 : octet);
                yield copy;
            }
            case 1 -> Arrays.copyOf(original, at);
            default -> {
                byte[] copy = new byte[original.length + 1];
                System.arraycopy(original, 0, copy, 0, at);
                copy[at] = octet;
                System.arraycopy(original, at, copy, at + 1, original.length - at);
                yield copy;
            }
        };
    }

    private static byte[] der(String name) {
        try {
            return CertificateList.readAll(resource(name)).get(0).encoded().toByteArray();
        } catch (dev.parley.x509.X509Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = CertificateListProperties.class.getResourceAsStream("/dev/parley/x509/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
