package dev.parley.crypto.bc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.parley.crypto.CryptoException;
import dev.parley.crypto.KeyAgreementAlgorithm;
import dev.parley.crypto.SignatureAlgorithm;
import dev.parley.crypto.SignatureVerifier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * Hostile input from the peer: arbitrary bytes as a key share give a secret of the right length or
 * a {@link CryptoException}, and arbitrary bytes as a signature make verify return false; nothing
 * else may come out.
 */
class PeerInputPropertiesTest {

    @Property(tries = 400)
    void arbitraryPeerSharesGiveASecretOrCryptoException(@ForAll("shares") Tuple2<KeyAgreementAlgorithm, byte[]> input) {
        KeyAgreementAlgorithm algorithm = input.get1();
        try {
            byte[] secret = CryptoFixtures.SHARES.get(algorithm).agree(input.get2());
            assertEquals(algorithm.sharedSecretLength(), secret.length);
        } catch (CryptoException expected) {
            assertEquals(CryptoException.Kind.INVALID_PUBLIC_SHARE, expected.kind());
        }
    }

    @Property(tries = 400)
    void arbitrarySignaturesAreInvalid(@ForAll("signatures") Tuple2<SignatureAlgorithm, byte[]> input) {
        SignatureVerifier verifier = CryptoFixtures.VERIFIERS.get(input.get1());
        assertFalse(verifier.verify(CryptoFixtures.MESSAGE, input.get2()));
    }

    /** A genuine signature with one bit flipped is invalid (RSA, ECDSA and EdDSA all bind every bit). */
    @Property(tries = 400)
    void flippingAnyBitOfAGenuineSignatureInvalidatesIt(@ForAll("algorithms") SignatureAlgorithm algorithm,
                                                         @ForAll("bitSeeds") int bitSeed) {
        byte[] signature = CryptoFixtures.SIGNATURES.get(algorithm).clone();
        int bit = Math.floorMod(bitSeed, signature.length * 8);
        signature[bit / 8] ^= (byte) (1 << (bit % 8));
        assertFalse(CryptoFixtures.VERIFIERS.get(algorithm).verify(CryptoFixtures.MESSAGE, signature));
    }

    @Provide
    Arbitrary<Tuple2<KeyAgreementAlgorithm, byte[]>> shares() {
        return Arbitraries.of(KeyAgreementAlgorithm.class).flatMap(algorithm -> {
            int length = algorithm.publicShareLength();
            Arbitrary<byte[]> exact = Arbitraries.bytes().array(byte[].class).ofSize(length);
            Arbitrary<byte[]> uncompressedLooking = exact.map(bytes -> {
                bytes[0] = 4;
                return bytes;
            });
            Arbitrary<byte[]> anyLength = Arbitraries.bytes().array(byte[].class).ofMaxSize(length + 2);
            return Arbitraries.oneOf(exact, uncompressedLooking, anyLength).map(bytes -> Tuple.of(algorithm, bytes));
        });
    }

    @Provide
    Arbitrary<Tuple2<SignatureAlgorithm, byte[]>> signatures() {
        return algorithms().flatMap(algorithm -> {
            int length = CryptoFixtures.SIGNATURES.get(algorithm).length;
            Arbitrary<byte[]> exact = Arbitraries.bytes().array(byte[].class).ofSize(length);
            Arbitrary<byte[]> derLooking = Combinators.combine(
                    Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(length), Arbitraries.integers().between(0, 255))
                    .as((body, declared) -> {
                        byte[] der = new byte[body.length + 2];
                        der[0] = 0x30;
                        der[1] = (byte) declared.intValue();
                        System.arraycopy(body, 0, der, 2, body.length);
                        return der;
                    });
            Arbitrary<byte[]> anyLength = Arbitraries.bytes().array(byte[].class).ofMaxSize(length + 2);
            return Arbitraries.oneOf(exact, derLooking, anyLength).map(bytes -> Tuple.of(algorithm, bytes));
        });
    }

    @Provide
    Arbitrary<SignatureAlgorithm> algorithms() {
        return Arbitraries.of(CryptoFixtures.VERIFIERS.keySet());
    }

    @Provide
    Arbitrary<Integer> bitSeeds() {
        return Arbitraries.integers().between(0, Integer.MAX_VALUE);
    }
}
