package dev.parley.x509.key;

import static dev.parley.x509.testing.Failures.assertFails;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The PKCS #12 key derivation (RFC 7292 Appendix B.2) against published vectors: Dr Stephen
 * Henson's PKCS #12 test vectors (drh-consultancy.demon.co.uk/test.txt, as reproduced in Bouncy
 * Castle's {@code core/src/test/java/org/bouncycastle/crypto/test/PKCS12Test.java}), read there
 * and typed in; and OpenSSL 3.0's {@code openssl kdf ... PKCS12KDF} for SHA-256 and SHA-512.
 */
class Pkcs12KdfTest {

    private final CryptoProvider crypto = new BouncyCastleCryptoProvider();

    /** Henson's vectors 1 to 10: keys of 24 octets (ID 1), IVs of 8 (ID 2), MAC keys of 20 (ID 3), SHA-1. */
    @ParameterizedTest
    @CsvSource({
        "smeg, 1, 0A58CF64530D823F, 1, 24, 8AAAE6297B6CB04642AB5B077851284EB7128F1A2A7FBCA3",
        "smeg, 2, 0A58CF64530D823F, 1, 8, 79993DFE048D3B76",
        "smeg, 1, 642B99AB44FB4B1F, 1, 24, F3A95FEC48D7711E985CFE67908C5AB79FA3D7C5CAA5D966",
        "smeg, 2, 642B99AB44FB4B1F, 1, 8, C0A38D64A79BEA1D",
        "smeg, 3, 3D83C0E4546AC140, 1, 20, 8D967D88F6CAA9D714800AB3D48051D63F73A312",
        "queeg, 1, 05DEC959ACFF72F7, 1000, 24, ED2034E36328830FF09DF1E1A07DD357185DAC0D4F9EB3D4",
        "queeg, 2, 05DEC959ACFF72F7, 1000, 8, 11DEDAD7758D4860",
        "queeg, 1, 1682C0FC5B3F7EC5, 1000, 24, 483DD6E919D7DE2E8E648BA8F862F3FBFBDC2BCB2C02957F",
        "queeg, 2, 1682C0FC5B3F7EC5, 1000, 8, 9D461D1B00355C50",
        "queeg, 3, 263216FCC2FAB31C, 1000, 20, 5EC4C7A80DF652294C3925B6489A7AB857C83476",
    })
    void matchesHensonsVectors(String password, int id, String salt, int iterations, int length, String expected)
            throws X509Exception {
        byte[] derived = Pkcs12Kdf.derive(crypto, HashAlgorithm.SHA1, id, Pkcs12Kdf.bmpPassword(password.toCharArray()),
                Bytes.fromHex(salt).toByteArray(), iterations, length, IterationBudget.forOneFile());
        assertEquals(expected.toLowerCase(Locale.ROOT), Bytes.wrap(derived).toHex());
    }

    /**
     * OpenSSL 3.0.19, {@code openssl kdf -keylen L -kdfopt digest:D -kdfopt hexpass:P -kdfopt hexsalt:S
     * -kdfopt iter:N -kdfopt id:I PKCS12KDF}: a SHA-256 MAC key as OpenSSL 3 derives it for its default
     * MAC, a SHA-512 key over two blocks (v = 128), and a SHA-1 IV over four blocks from the empty
     * password and an all-ones salt, which makes the addition of RFC 7292 B.2 step 6c carry.
     */
    @ParameterizedTest
    @CsvSource({
        "SHA256, 3, 007000610072006c006500790000, 0102030405060708, 2048, 32, 56e471ae87745d1ac2ce22f8466a919b78a93885d00e33ae26920d4ca24cba24",
        "SHA512, 1, 007000610072006c006500790000, 0102030405060708090a0b0c0d0e0f10, 3, 100, acca947a411dac818cd825daf24f045ec615fd66fb05eff69c2098afc64580140c3cd78caac75a6c54081ad157e9139bd19400c067948ed25dbd2ae2ac88d85a804bcf1c063128a9a5f5207cedc6cce17c7888f4041ade21fc899750cbede2efa9812ff9",
        "SHA1, 2, 0000, ffffffffffffffff, 2, 70, 2ce80ceacdb5b562214e8839c2891fc1ee8b349eb7f4696b47e0362d55f2213a23f6ee4e1b095112a4ba4f3b71df047c80f2d824ea7858bba6929176ede8561ee1f93d6df436",
    })
    void matchesOpenSsl(HashAlgorithm hash, int id, String password, String salt, int iterations, int length, String expected)
            throws X509Exception {
        byte[] derived = Pkcs12Kdf.derive(crypto, hash, id, Bytes.fromHex(password).toByteArray(),
                Bytes.fromHex(salt).toByteArray(), iterations, length, IterationBudget.forOneFile());
        assertEquals(expected, Bytes.wrap(derived).toHex());
    }

    /** RFC 7292 Appendix B.1: "smeg" is 0x00 0x73 0x00 0x6D 0x00 0x65 0x00 0x67 0x00 0x00. */
    @Test
    void encodesPasswordsAsBmpStringsWithTwoZeroOctets() {
        assertArrayEquals(Bytes.fromHex("0073006d006500670000").toByteArray(), Pkcs12Kdf.bmpPassword("smeg".toCharArray()));
        assertArrayEquals(Bytes.fromHex("0000").toByteArray(), Pkcs12Kdf.bmpPassword(new char[0]));
        assertArrayEquals(Bytes.fromHex("00e420ac0000").toByteArray(), Pkcs12Kdf.bmpPassword("\u00e4\u20ac".toCharArray()));
    }

    @Test
    void refusesIterationCountsBeyondTheBudget() {
        assertFails(X509Failure.INVALID_ALGORITHM_PARAMETERS, () -> Pkcs12Kdf.derive(crypto, HashAlgorithm.SHA1,
                Pkcs12Kdf.KEY_MATERIAL, new byte[2], new byte[8], Integer.MAX_VALUE, 24, IterationBudget.forOneFile()));
    }
}
