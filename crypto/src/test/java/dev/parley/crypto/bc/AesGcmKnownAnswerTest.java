package dev.parley.crypto.bc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parley.crypto.Aead;
import dev.parley.crypto.AeadAlgorithm;
import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * AES-GCM against the test cases with a 96-bit IV in McGrew and Viega, "The Galois/Counter Mode
 * of Operation (GCM)", Appendix B (test cases 2, 3, 4 for AES-128 and 14, 15, 16 for AES-256),
 * and the key-once contract of {@link Aead}.
 */
class AesGcmKnownAnswerTest {

    private static final String KEY = "feffe9928665731c6d6a8f9467308308";
    private static final String IV = "cafebabefacedbaddecaf888";
    private static final String P = "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
            + "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255";
    /** Test cases 4 and 16 use the first 60 bytes of P. */
    private static final String P60 = "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
            + "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39";
    private static final String A = "feedfacedeadbeeffeedfacedeadbeefabaddad2";

    private final BouncyCastleCryptoProvider provider = new BouncyCastleCryptoProvider();

    @ParameterizedTest(name = "test case {0}")
    @CsvSource({
        "2, AES_128_GCM, 00000000000000000000000000000000, 000000000000000000000000,"
            + "00000000000000000000000000000000, '', 0388dace60b6a392f328c2b971b2fe78, ab6e47d42cec13bdf53a67b21257bddf",
        "3, AES_128_GCM, " + KEY + ", " + IV + ", " + P + ", '',"
            + "42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e"
            + "21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091473f5985, 4d5c2af327cd64a62cf35abd2ba6fab4",
        "4, AES_128_GCM, " + KEY + ", " + IV + ", " + P60 + ", " + A + ","
            + "42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e"
            + "21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091, 5bc94fbc3221a5db94fae95ae7121a47",
        "14, AES_256_GCM, 0000000000000000000000000000000000000000000000000000000000000000, 000000000000000000000000,"
            + "00000000000000000000000000000000, '', cea7403d4d606b6e074ec5d3baf39d18, d0d1c8a799996bf0265b98b5d48ab919",
        "15, AES_256_GCM, " + KEY + KEY + ", " + IV + ", " + P + ", '',"
            + "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
            + "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad, b094dac5d93471bdec1a502270e3cc6c",
        "16, AES_256_GCM, " + KEY + KEY + ", " + IV + ", " + P60 + ", " + A + ","
            + "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
            + "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662, 76fc6ece0f4e1768cddf8853bb2d551b",
    })
    void sealMatchesGcmSpecification(int testCase, AeadAlgorithm algorithm, String key, String iv,
                                     String plaintext, String aad, String ciphertext, String tag)
            throws CryptoException {
        byte[] p = Bytes.fromHex(plaintext).toByteArray();
        byte[] a = Bytes.fromHex(aad).toByteArray();
        byte[] nonce = Bytes.fromHex(iv).toByteArray();
        Aead aead = provider.aead(algorithm, Bytes.fromHex(key).toByteArray());

        byte[] sealed = new byte[p.length + 16];
        assertEquals(sealed.length, aead.seal(nonce, a, 0, a.length, p, 0, p.length, sealed, 0));
        assertEquals(Bytes.fromHex(ciphertext + tag), Bytes.of(sealed));

        byte[] opened = new byte[p.length];
        assertEquals(p.length, aead.open(nonce, a, 0, a.length, sealed, 0, sealed.length, opened, 0));
        assertArrayEquals(p, opened);

        sealed[sealed.length - 1] ^= (byte) 0x80;
        CryptoException e = assertThrows(CryptoException.class,
                () -> aead.open(nonce, a, 0, a.length, sealed, 0, sealed.length, opened, 0));
        assertEquals(CryptoException.Kind.AUTHENTICATION_FAILED, e.kind());
        assertArrayEquals(new byte[p.length], opened, "no unauthenticated plaintext is released");
    }

    /** Aead's contract: the key is set up once; many nonces through one instance equal fresh instances. */
    @ParameterizedTest
    @EnumSource(AeadAlgorithm.class)
    void oneInstanceForManyNoncesEqualsFreshInstances(AeadAlgorithm algorithm) throws CryptoException {
        byte[] key = new byte[algorithm.keyLength()];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (7 * i + 1);
        }
        Aead sealer = provider.aead(algorithm, key);
        Aead opener = provider.aead(algorithm, key);
        byte[] aad = {23, 3, 3, 0, 40};
        for (int sequence = 0; sequence < 50; sequence++) {
            byte[] nonce = new byte[12];
            nonce[11] = (byte) sequence;
            nonce[0] = 0x5a;
            byte[] plaintext = new byte[sequence * 7];
            java.util.Arrays.fill(plaintext, (byte) sequence);

            byte[] reused = new byte[plaintext.length + 16];
            sealer.seal(nonce, aad, 0, aad.length, plaintext, 0, plaintext.length, reused, 0);
            byte[] fresh = new byte[plaintext.length + 16];
            provider.aead(algorithm, key).seal(nonce, aad, 0, aad.length, plaintext, 0, plaintext.length, fresh, 0);
            assertArrayEquals(fresh, reused, "record " + sequence);

            byte[] back = new byte[plaintext.length];
            opener.open(nonce, aad, 0, aad.length, reused, 0, reused.length, back, 0);
            assertArrayEquals(plaintext, back);
        }
    }

    /** After a failed open, the same instance still opens the next genuine record. */
    @Test
    void failedOpenDoesNotSpoilTheInstance() throws CryptoException {
        byte[] key = Bytes.fromHex(KEY).toByteArray();
        byte[] nonce = Bytes.fromHex(IV).toByteArray();
        byte[] p = Bytes.fromHex(P).toByteArray();
        Aead aead = provider.aead(AeadAlgorithm.AES_128_GCM, key);
        byte[] sealed = new byte[p.length + 16];
        aead.seal(nonce, new byte[0], 0, 0, p, 0, p.length, sealed, 0);
        byte[] forged = sealed.clone();
        forged[0] ^= 1;
        byte[] out = new byte[p.length];
        assertThrows(CryptoException.class, () -> aead.open(nonce, new byte[0], 0, 0, forged, 0, forged.length, out, 0));
        aead.open(nonce, new byte[0], 0, 0, sealed, 0, sealed.length, out, 0);
        assertArrayEquals(p, out);
        assertThrows(CryptoException.class, () -> aead.open(nonce, new byte[0], 0, 0, sealed, 0, 15, out, 0));
    }
}
