package dev.parley.crypto.bc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.CryptoException;
import dev.parley.crypto.KeyAgreement;
import dev.parley.crypto.KeyAgreementAlgorithm;
import dev.parley.crypto.KeyShare;
import java.math.BigInteger;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The finite-field groups of RFC 7919 and the share encoding and checks of RFC 8446 §4.2.8.1. */
class FfdheTest {

    private static final String COMMON_PREFIX = "FFFFFFFF FFFFFFFF ADF85458 A2BB4A9A AFDC5620 273D3CF1"
            + "D8B9C583 CE2D3695 A9E13641 146433FB CC939DCE 249B3EF9"
            + "7D2FE363 630C75D8 F681B202 AEC4617A D3DF1ED5 D5FD6561"
            + "2433F51F 5F066ED0 85636555 3DED1AF3 B557135E 7F57C935"
            + "984F0C70 E0E68B77 E2A689DA F3EFE872 1DF158A1 36ADE735"
            + "30ACCA4F 483A797A BC0AB182 B324FB61 D108A94B B2C8E3FB"
            + "B96ADAB7 60D7F468 1D4F42A3 DE394DF4 AE56EDE7 6372BB19"
            + "0B07A7C8 EE0A6D70 9E02FCE1 CDF7E2EC C03404CD 28342F61"
            + "9172FE9C E98583FF 8E4F1232 EEF28183 C3FE3B1B 4C6FAD73"
            + "3BB5FCBC 2EC22005 C58EF183 7D1683B2 C6F34A26 C1B2EFFA";

    /** RFC 7919 Appendix A.1, ffdhe2048: p. */
    private static final String FFDHE2048_P = COMMON_PREFIX + "886B4238 61285C97 FFFFFFFF FFFFFFFF";

    private static final String MIDDLE = "886B4238 611FCFDC DE355B3B 6519035B BC34F4DE F99C0238"
            + "61B46FC9 D6E6C907 7AD91D26 91F7F7EE 598CB0FA C186D91C"
            + "AEFE1309 85139270 B4130C93 BC437944 F4FD4452 E2D74DD3"
            + "64F2E21E 71F54BFF 5CAE82AB 9C9DF69E E86D2BC5 22363A0D"
            + "ABC52197 9B0DEADA 1DBF9A42 D5C4484E 0ABCD06B FA53DDEF";

    /** RFC 7919 Appendix A.2, ffdhe3072: p. */
    private static final String FFDHE3072_P = COMMON_PREFIX + MIDDLE
            + "3C1B20EE 3FD59D7C 25E41D2B 66C62E37 FFFFFFFF FFFFFFFF";

    /** RFC 7919 Appendix A.3, ffdhe4096: p. */
    private static final String FFDHE4096_P = COMMON_PREFIX + MIDDLE
            + "3C1B20EE 3FD59D7C 25E41D2B 669E1EF1 6E6F52C3 164DF4FB"
            + "7930E9E4 E58857B6 AC7D5F42 D69F6D18 7763CF1D 55034004"
            + "87F55BA5 7E31CC7A 7135C886 EFB4318A ED6A1E01 2D9E6832"
            + "A907600A 918130C4 6DC778F9 71AD0038 092999A3 33CB8B7A"
            + "1A1DB93D 7140003C 2A4ECEA9 F98D0ACC 0A8291CD CEC97DCF"
            + "8EC9B55A 7F88A46B 4DB5A851 F44182E1 C68A007E 5E655F6A"
            + "FFFFFFFF FFFFFFFF";

    private final BouncyCastleCryptoProvider provider = new BouncyCastleCryptoProvider();

    /** The primes Parley uses (Bouncy Castle's table) are those printed in RFC 7919 Appendix A, with g = 2. */
    @ParameterizedTest
    @EnumSource(value = KeyAgreementAlgorithm.class, names = {"FFDHE2048", "FFDHE3072", "FFDHE4096"})
    void groupsAreThoseOfRfc7919AppendixA(KeyAgreementAlgorithm algorithm) {
        String hex = switch (algorithm) {
            case FFDHE2048 -> FFDHE2048_P;
            case FFDHE3072 -> FFDHE3072_P;
            default -> FFDHE4096_P;
        };
        FfdheGroup group = FfdheGroup.of(algorithm);
        assertEquals(new BigInteger(hex.replace(" ", ""), 16), group.p());
        assertEquals(BigInteger.TWO, group.g());
        assertEquals(algorithm.publicShareLength() * 8, group.p().bitLength());
    }

    @ParameterizedTest
    @EnumSource(value = KeyAgreementAlgorithm.class, names = {"FFDHE2048", "FFDHE3072", "FFDHE4096"})
    void generatedSharesAgreeOnAPaddedSecret(KeyAgreementAlgorithm algorithm) throws CryptoException {
        KeyAgreement agreement = provider.keyAgreement(algorithm);
        KeyShare a = agreement.generate();
        KeyShare b = agreement.generate();
        assertEquals(algorithm.publicShareLength(), a.publicShare().length);
        byte[] secret = a.agree(b.publicShare());
        assertEquals(algorithm.sharedSecretLength(), secret.length);
        assertArrayEquals(secret, b.agree(a.publicShare()));
    }

    /** RFC 8446 §4.2.8.1 and RFC 7919 §5.1: 1 < Y < p-1, encoded at exactly the length of p. */
    @ParameterizedTest
    @EnumSource(value = KeyAgreementAlgorithm.class, names = {"FFDHE2048", "FFDHE3072", "FFDHE4096"})
    void refusesSharesOutOfRangeOrOfTheWrongLength(KeyAgreementAlgorithm algorithm) {
        KeyShare mine = provider.keyAgreement(algorithm).generate();
        BigInteger p = FfdheGroup.of(algorithm).p();
        int length = algorithm.publicShareLength();
        for (BigInteger y : new BigInteger[] {BigInteger.ZERO, BigInteger.ONE, p.subtract(BigInteger.ONE), p,
                p.add(BigInteger.ONE), BigInteger.TWO.pow(length * 8).subtract(BigInteger.ONE)}) {
            refused(mine, padded(y, length), "y = " + y.toString(16));
        }
        byte[] two = padded(BigInteger.TWO, length);
        refused(mine, Arrays.copyOfRange(two, 1, length), "unpadded share");
        refused(mine, Arrays.copyOf(new byte[] {0}, length + 1), "over-length share");
        refused(mine, new byte[0], "empty share");
    }

    @Test
    void smallestAndLargestLegalSharesAreAccepted() throws CryptoException {
        KeyShare mine = provider.keyAgreement(KeyAgreementAlgorithm.FFDHE2048).generate();
        BigInteger p = FfdheGroup.of(KeyAgreementAlgorithm.FFDHE2048).p();
        assertEquals(256, mine.agree(padded(BigInteger.TWO, 256)).length);
        assertEquals(256, mine.agree(padded(p.subtract(BigInteger.TWO), 256)).length);
    }

    /**
     * RFC 7919 Appendix A: short exponents of at least 225, 275 and 325 bits. The generated exponent
     * has exactly that many bits, so the public value is g^x with x of that size.
     */
    @Test
    void privateExponentFollowsRfc7919AppendixA() {
        assertEquals(225, FfdheGroup.of(KeyAgreementAlgorithm.FFDHE2048).exponentBits());
        assertEquals(275, FfdheGroup.of(KeyAgreementAlgorithm.FFDHE3072).exponentBits());
        assertEquals(325, FfdheGroup.of(KeyAgreementAlgorithm.FFDHE4096).exponentBits());
    }

    @Test
    void knownPrivateExponentGivesItsPublicValue() throws CryptoException {
        KeyAgreement agreement = provider.keyAgreement(KeyAgreementAlgorithm.FFDHE2048);
        // g^2 = 4 and g^3 = 8 mod p, so with x = 2 and y = 8 the secret is 8^2 = 64 (tiny exponents
        // are only for this arithmetic check; fromPrivateKey accepts any 1 < x < p-1).
        KeyShare share = agreement.fromPrivateKey(new byte[] {2});
        assertEquals(BigInteger.valueOf(4), new BigInteger(1, share.publicShare()));
        assertEquals(BigInteger.valueOf(64), new BigInteger(1, share.agree(padded(BigInteger.valueOf(8), 256))));
        for (byte[] bad : new byte[][] {{0}, {1}, new byte[0], new byte[257]}) {
            CryptoException e = assertThrows(CryptoException.class, () -> agreement.fromPrivateKey(bad));
            assertEquals(CryptoException.Kind.INVALID_KEY, e.kind());
        }
    }

    private static void refused(KeyShare mine, byte[] peer, String what) {
        CryptoException e = assertThrows(CryptoException.class, () -> mine.agree(peer), what);
        assertEquals(CryptoException.Kind.INVALID_PUBLIC_SHARE, e.kind(), what);
    }

    private static byte[] padded(BigInteger value, int length) {
        byte[] magnitude = value.toByteArray();
        int start = magnitude.length > length ? magnitude.length - length : 0;
        byte[] out = new byte[length];
        System.arraycopy(magnitude, start, out, length - (magnitude.length - start), magnitude.length - start);
        assertTrue(new BigInteger(1, out).equals(value.mod(BigInteger.TWO.pow(8 * length))));
        return out;
    }
}
