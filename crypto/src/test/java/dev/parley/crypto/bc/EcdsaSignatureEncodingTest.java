package dev.parley.crypto.bc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.NamedCurve;
import java.math.BigInteger;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The strict DER decoding of Ecdsa-Sig-Value (RFC 3279 §2.2.3, X.690 §10): one encoding per value. */
class EcdsaSignatureEncodingTest {

    private static final BigInteger N = EcCurves.domain(NamedCurve.SECP256R1).getN();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "minimal,                         3006020101020102, true",
        "leading zero before a high bit,  300702020080020102, true",
        "trailing byte,                   300602010102010200, false",
        "sequence longer than the input,  3007020101020102, false",
        "sequence shorter than the input, 3005020101020102, false",
        "long-form length for 6,          308106020101020102, false",
        "indefinite length,               3080020101020102, false",
        "two-byte long form,              30820006020101020102, false",
        "unneeded leading zero,           30070202000102010102, false",
        "negative r,                      3006020181020102, false",
        "zero r,                          3006020100020102, false",
        "empty integer,                   30050200020102, false",
        "missing s,                       3003020101, false",
        "three integers,                  3009020101020102020103, false",
        "set instead of sequence,         3106020101020102, false",
        "octet string instead of integer, 3006040101020102, false",
        "empty input,                     '', false",
        "tag only,                        30, false",
    })
    void decodesOnlyStrictDer(String name, String hex, boolean valid) {
        Optional<EcdsaSignature> decoded = EcdsaSignature.decode(Bytes.fromHex(hex).toByteArray(), N);
        assertEquals(valid, decoded.isPresent(), name);
        decoded.ifPresent(signature -> assertEquals(Bytes.fromHex(hex), Bytes.of(signature.encode()), name));
    }

    /** FIPS 186-4 §6.4.2 step 1: r and s must lie in [1, n-1]. */
    @Test
    void valuesMustBeBelowTheOrder() {
        BigInteger largest = N.subtract(BigInteger.ONE);
        assertTrue(EcdsaSignature.decode(new EcdsaSignature(largest, largest).encode(), N).isPresent());
        assertTrue(EcdsaSignature.decode(new EcdsaSignature(N, BigInteger.ONE).encode(), N).isEmpty());
        assertTrue(EcdsaSignature.decode(new EcdsaSignature(BigInteger.ONE, N).encode(), N).isEmpty());
    }

    @Property
    void encodeThenDecodeIsTheIdentity(@ForAll("scalars") BigInteger r, @ForAll("scalars") BigInteger s) {
        EcdsaSignature signature = new EcdsaSignature(r, s);
        assertEquals(Optional.of(signature), EcdsaSignature.decode(signature.encode(), N));
    }

    /** Arbitrary bytes decode to a signature or to empty; when they decode, they are the DER form. */
    @Property
    void arbitraryBytesDecodeOnlyWhenTheyAreTheEncoding(@ForAll byte[] bytes) {
        EcdsaSignature.decode(bytes, N).ifPresent(
                signature -> assertTrue(java.util.Arrays.equals(bytes, signature.encode())));
    }

    @Provide
    Arbitrary<BigInteger> scalars() {
        return Arbitraries.bigIntegers().between(BigInteger.ONE, N.subtract(BigInteger.ONE))
                .edgeCases(edges -> edges.add(BigInteger.valueOf(127), BigInteger.valueOf(128), BigInteger.ONE));
    }
}
