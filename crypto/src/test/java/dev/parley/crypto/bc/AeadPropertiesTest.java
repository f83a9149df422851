package dev.parley.crypto.bc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parley.crypto.Aead;
import dev.parley.crypto.AeadAlgorithm;
import dev.parley.crypto.CryptoException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * AEAD properties for all three algorithms (RFC 5116 §2): open(seal(p)) = p, and any change to the
 * ciphertext, the tag, the additional data or the nonce makes open fail without releasing plaintext.
 */
class AeadPropertiesTest {

    private final BouncyCastleCryptoProvider provider = new BouncyCastleCryptoProvider();

    @Property(tries = 300)
    void sealThenOpenIsTheIdentity(@ForAll AeadAlgorithm algorithm, @ForAll("keys") byte[] keyMaterial,
                                   @ForAll @Size(12) byte[] nonce, @ForAll @Size(max = 64) byte[] aad,
                                   @ForAll @Size(max = 2000) byte[] plaintext) throws CryptoException {
        byte[] key = java.util.Arrays.copyOf(keyMaterial, algorithm.keyLength());
        byte[] sealed = seal(algorithm, key, nonce, aad, plaintext);
        assertEquals(plaintext.length + AeadAlgorithm.TAG_LENGTH, sealed.length);
        byte[] opened = new byte[plaintext.length];
        provider.aead(algorithm, key).open(nonce, aad, 0, aad.length, sealed, 0, sealed.length, opened, 0);
        assertArrayEquals(plaintext, opened);
    }

    @Property(tries = 300)
    void anyFlippedBitMakesOpenFail(@ForAll AeadAlgorithm algorithm, @ForAll("keys") byte[] keyMaterial,
                                    @ForAll @Size(12) byte[] nonce, @ForAll @Size(min = 1, max = 64) byte[] aad,
                                    @ForAll @Size(max = 300) byte[] plaintext,
                                    @ForAll("places") Place place, @ForAll("bits") int bitSeed) {
        byte[] key = java.util.Arrays.copyOf(keyMaterial, algorithm.keyLength());
        byte[] sealed = seal(algorithm, key, nonce, aad, plaintext);
        byte[] target = switch (place) {
            case CIPHERTEXT_OR_TAG -> sealed;
            case AAD -> aad;
            case NONCE -> nonce;
        };
        int bit = Math.floorMod(bitSeed, target.length * 8);
        target[bit / 8] ^= (byte) (1 << (bit % 8));
        byte[] out = new byte[plaintext.length];
        java.util.Arrays.fill(out, (byte) 0x55);
        Aead opener = provider.aead(algorithm, key);
        CryptoException e = assertThrows(CryptoException.class,
                () -> opener.open(nonce, aad, 0, aad.length, sealed, 0, sealed.length, out, 0));
        assertEquals(CryptoException.Kind.AUTHENTICATION_FAILED, e.kind());
        for (byte b : out) {
            if (b != 0 && b != 0x55) {
                throw new AssertionError("plaintext released after a failed open");
            }
        }
    }

    /** Where a bit is flipped. */
    enum Place { CIPHERTEXT_OR_TAG, AAD, NONCE }

    @Provide
    Arbitrary<Place> places() {
        return Arbitraries.of(Place.class);
    }

    @Provide
    Arbitrary<Integer> bits() {
        return Arbitraries.integers().between(0, Integer.MAX_VALUE);
    }

    @Provide
    Arbitrary<byte[]> keys() {
        return Arbitraries.bytes().array(byte[].class).ofSize(32);
    }

    private byte[] seal(AeadAlgorithm algorithm, byte[] key, byte[] nonce, byte[] aad, byte[] plaintext) {
        byte[] sealed = new byte[plaintext.length + AeadAlgorithm.TAG_LENGTH];
        provider.aead(algorithm, key).seal(nonce, aad, 0, aad.length, plaintext, 0, plaintext.length, sealed, 0);
        return sealed;
    }
}
