package dev.parley.crypto.bc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parley.crypto.BlockCipherAlgorithm;
import dev.parley.crypto.Bytes;
import dev.parley.crypto.CbcCipher;
import dev.parley.crypto.CryptoException;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.RC2ParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * CBC without padding: AES against NIST SP 800-38A Appendix F.2, RC2 against RFC 2268 §5 (one
 * block under a zero IV is the bare block cipher), and Triple DES and 40-bit RC2, for which no
 * such vector is at hand, against the JDK's SunJCE (tests only).
 */
class CbcCipherTest {

    private static final String IV = "000102030405060708090a0b0c0d0e0f";
    private static final String PLAINTEXT = "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51"
            + "30c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710";

    private final BouncyCastleCryptoProvider provider = new BouncyCastleCryptoProvider();

    /** NIST SP 800-38A F.2.1 (CBC-AES128), F.2.3 (CBC-AES192) and F.2.5 (CBC-AES256), encryption. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "AES_128, 2b7e151628aed2a6abf7158809cf4f3c,"
            + "7649abac8119b246cee98e9b12e9197d5086cb9b507219ee95db113a917678b2"
            + "73bed6b8e3c1743b7116e69e222295163ff1caa1681fac09120eca307586e1a7",
        "AES_192, 8e73b0f7da0e6452c810f32b809079e562f8ead2522c6b7b,"
            + "4f021db243bc633d7178183a9fa071e8b4d9ada9ad7dedf4e5e738763f69145a"
            + "571b242012fb7ae07fa9baac3df102e008b0e27988598881d920a9e64f5615cd",
        "AES_256, 603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4,"
            + "f58c4c04d6e5f1ba779eabfb5f7bfbd69cfc4e967edb808d679f777bc6702c7d"
            + "39f23369a9d9bacfa530e26304231461b2eb05e2c39be9fcda6c19078c6a9d1b",
    })
    void aesMatchesSp80038a(BlockCipherAlgorithm algorithm, String key, String ciphertext) throws CryptoException {
        CbcCipher cbc = provider.cbc(algorithm, Bytes.fromHex(key).toByteArray());
        byte[] iv = Bytes.fromHex(IV).toByteArray();
        assertEquals(Bytes.fromHex(ciphertext), Bytes.of(cbc.encrypt(iv, Bytes.fromHex(PLAINTEXT).toByteArray())));
        assertEquals(Bytes.fromHex(PLAINTEXT), Bytes.of(cbc.decrypt(iv, Bytes.fromHex(ciphertext).toByteArray())));
    }

    /** RFC 2268 §5: 16-byte key, 128 effective bits, one zero block. */
    @Test
    void rc2With128EffectiveBitsMatchesRfc2268() throws CryptoException {
        CbcCipher cbc = provider.cbc(BlockCipherAlgorithm.RC2_128, Bytes.fromHex("88bca90e90875a7f0f79c384627bafb2").toByteArray());
        assertEquals(Bytes.fromHex("2269552ab0f85ca6"), Bytes.of(cbc.encrypt(new byte[8], new byte[8])));
        assertArrayEquals(new byte[8], cbc.decrypt(new byte[8], Bytes.fromHex("2269552ab0f85ca6").toByteArray()));
    }

    @Test
    void tripleDesMatchesTheJdk() throws Exception {
        byte[] key = Bytes.fromHex("0123456789abcdef23456789abcdef01456789abcdef0123").toByteArray();
        byte[] iv = Bytes.fromHex("f69f2445df4f9b17").toByteArray();
        byte[] plaintext = Bytes.fromHex(PLAINTEXT).toByteArray();
        Cipher jdk = Cipher.getInstance("DESede/CBC/NoPadding");
        jdk.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "DESede"), new IvParameterSpec(iv));
        byte[] expected = jdk.doFinal(plaintext);
        CbcCipher cbc = provider.cbc(BlockCipherAlgorithm.DES_EDE3, key);
        assertArrayEquals(expected, cbc.encrypt(iv, plaintext));
        assertArrayEquals(plaintext, cbc.decrypt(iv, expected));
    }

    @Test
    void rc2With40EffectiveBitsMatchesTheJdk() throws Exception {
        byte[] key = Bytes.fromHex("0102030405").toByteArray();
        byte[] iv = Bytes.fromHex("0011223344556677").toByteArray();
        byte[] plaintext = Bytes.fromHex(PLAINTEXT).toByteArray();
        Cipher jdk = Cipher.getInstance("RC2/CBC/NoPadding");
        jdk.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "RC2"), new RC2ParameterSpec(40, iv));
        byte[] expected = jdk.doFinal(plaintext);
        CbcCipher cbc = provider.cbc(BlockCipherAlgorithm.RC2_40, key);
        assertArrayEquals(expected, cbc.encrypt(iv, plaintext));
        assertArrayEquals(plaintext, cbc.decrypt(iv, expected));
        // The effective key length matters: 128 effective bits give another ciphertext.
        Cipher jdk128 = Cipher.getInstance("RC2/CBC/NoPadding");
        jdk128.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "RC2"), new RC2ParameterSpec(128, iv));
        assertFalse(java.util.Arrays.equals(jdk128.doFinal(plaintext), expected));
    }

    @ParameterizedTest
    @EnumSource(BlockCipherAlgorithm.class)
    void refusesWrongIvLengthsPartialBlocksAndWrongKeys(BlockCipherAlgorithm algorithm) throws CryptoException {
        CbcCipher cbc = provider.cbc(algorithm, new byte[algorithm.keyLength()]);
        int block = algorithm.blockLength();
        for (byte[][] bad : new byte[][][] {
                {new byte[block - 1], new byte[block]},
                {new byte[block + 1], new byte[block]},
                {new byte[block], new byte[block + 1]},
                {new byte[block], new byte[block - 1]}}) {
            CryptoException e = assertThrows(CryptoException.class, () -> cbc.decrypt(bad[0], bad[1]));
            assertEquals(CryptoException.Kind.INVALID_INPUT, e.kind());
            assertThrows(IllegalArgumentException.class, () -> cbc.encrypt(bad[0], bad[1]));
        }
        assertEquals(0, cbc.decrypt(new byte[block], new byte[0]).length);
        CryptoException wrongKey = assertThrows(CryptoException.class,
                () -> provider.cbc(algorithm, new byte[algorithm.keyLength() + 1]));
        assertEquals(CryptoException.Kind.INVALID_KEY, wrongKey.kind());
        assertEquals(algorithm, cbc.algorithm());
    }
}
