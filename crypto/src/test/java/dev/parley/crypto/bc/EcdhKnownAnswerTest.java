package dev.parley.crypto.bc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoException;
import dev.parley.crypto.KeyAgreement;
import dev.parley.crypto.KeyAgreementAlgorithm;
import dev.parley.crypto.KeyShare;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * ECDH on the NIST curves against RFC 5903 §8 (whose shared value's x-coordinate, girx, is the
 * TLS shared secret, RFC 8446 §7.4.2), and the peer-share checks of RFC 8446 §4.2.8.2.
 */
class EcdhKnownAnswerTest {

    private final BouncyCastleCryptoProvider provider = new BouncyCastleCryptoProvider();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // RFC 5903 §8.1, 256-bit random ECP group.
        "SECP256R1,"
            + "C88F01F510D9AC3F70A292DAA2316DE544E9AAB8AFE84049C62A9C57862D1433,"
            + "DAD0B65394221CF9B051E1FECA5787D098DFE637FC90B9EF945D0C3772581180,"
            + "5271A0461CDB8252D61F1C456FA3E59AB1F45B33ACCF5F58389E0577B8990BB3,"
            + "C6EF9C5D78AE012A011164ACB397CE2088685D8F06BF9BE0B283AB46476BEE53,"
            + "D12DFB5289C8D4F81208B70270398C342296970A0BCCB74C736FC7554494BF63,"
            + "56FBF3CA366CC23E8157854C13C58D6AAC23F046ADA30F8353E74F33039872AB,"
            + "D6840F6B42F6EDAFD13116E0E12565202FEF8E9ECE7DCE03812464D04B9442DE",
        // RFC 5903 §8.2, 384-bit random ECP group.
        "SECP384R1,"
            + "099F3C7034D4A2C699884D73A375A67F7624EF7C6B3C0F160647B67414DCE655E35B538041E649EE3FAEF896783AB194,"
            + "667842D7D180AC2CDE6F74F37551F55755C7645C20EF73E31634FE72B4C55EE6DE3AC808ACB4BDB4C88732AEE95F41AA,"
            + "9482ED1FC0EEB9CAFC4984625CCFC23F65032149E0E144ADA024181535A0F38EEB9FCFF3C2C947DAE69B4C634573A81C,"
            + "41CB0779B4BDB85D47846725FBEC3C9430FAB46CC8DC5060855CC9BDA0AA2942E0308312916B8ED2960E4BD55A7448FC,"
            + "E558DBEF53EECDE3D3FCCFC1AEA08A89A987475D12FD950D83CFA41732BC509D0D1AC43A0336DEF96FDA41D0774A3571,"
            + "DCFBEC7AACF3196472169E838430367F66EEBE3C6E70C416DD5F0C68759DD1FFF83FA40142209DFF5EAAD96DB9E6386C,"
            + "11187331C279962D93D604243FD592CB9D0A926F422E47187521287E7156C5C4D603135569B9E9D09CF5D4A270F59746",
        // RFC 5903 §8.3, 521-bit random ECP group.
        "SECP521R1,"
            + "0037ADE9319A89F4DABDB3EF411AACCCA5123C61ACAB57B5393DCE47608172A095AA85"
            + "A30FE1C2952C6771D937BA9777F5957B2639BAB072462F68C27A57382D4A52,"
            + "0015417E84DBF28C0AD3C278713349DC7DF153C897A1891BD98BAB4357C9ECBEE1E3BF"
            + "42E00B8E380AEAE57C2D107564941885942AF5A7F4601723C4195D176CED3E,"
            + "017CAE20B6641D2EEB695786D8C946146239D099E18E1D5A514C739D7CB4A10AD8A788"
            + "015AC405D7799DC75E7B7D5B6CF2261A6A7F1507438BF01BEB6CA3926F9582,"
            + "0145BA99A847AF43793FDD0E872E7CDFA16BE30FDC780F97BCCC3F078380201E9C677D"
            + "600B343757A3BDBF2A3163E4C2F869CCA7458AA4A4EFFC311F5CB151685EB9,"
            + "00D0B3975AC4B799F5BEA16D5E13E9AF971D5E9B984C9F39728B5E5739735A219B97C3"
            + "56436ADC6E95BB0352F6BE64A6C2912D4EF2D0433CED2B6171640012D9460F,"
            + "015C68226383956E3BD066E797B623C27CE0EAC2F551A10C2C724D9852077B87220B65"
            + "36C5C408A1D2AEBB8E86D678AE49CB57091F4732296579AB44FCD17F0FC56A,"
            + "01144C7D79AE6956BC8EDB8E7C787C4521CB086FA64407F97894E5E6B2D79B04D1427E"
            + "73CA4BAA240A34786859810C06B3C715A3A8CC3151F2BEE417996D19F3DDEA",
    })
    void agreementMatchesRfc5903(KeyAgreementAlgorithm algorithm, String i, String gix, String giy,
                                 String r, String grx, String gry, String girx) throws CryptoException {
        KeyAgreement agreement = provider.keyAgreement(algorithm);
        KeyShare initiator = agreement.fromPrivateKey(Bytes.fromHex(i).toByteArray());
        KeyShare responder = agreement.fromPrivateKey(Bytes.fromHex(r).toByteArray());
        byte[] initiatorShare = Bytes.fromHex("04" + gix + giy).toByteArray();
        byte[] responderShare = Bytes.fromHex("04" + grx + gry).toByteArray();

        assertArrayEquals(initiatorShare, initiator.publicShare());
        assertArrayEquals(responderShare, responder.publicShare());
        assertEquals(Bytes.fromHex(girx), Bytes.of(initiator.agree(responderShare)));
        assertEquals(Bytes.fromHex(girx), Bytes.of(responder.agree(initiatorShare)));
    }

    @ParameterizedTest
    @EnumSource(value = KeyAgreementAlgorithm.class, names = {"SECP256R1", "SECP384R1", "SECP521R1"})
    void generatedSharesAgree(KeyAgreementAlgorithm algorithm) throws CryptoException {
        KeyAgreement agreement = provider.keyAgreement(algorithm);
        KeyShare a = agreement.generate();
        KeyShare b = agreement.generate();
        assertEquals(algorithm.publicShareLength(), a.publicShare().length);
        byte[] secret = a.agree(b.publicShare());
        assertEquals(algorithm.sharedSecretLength(), secret.length);
        assertArrayEquals(secret, b.agree(a.publicShare()));
    }

    /** RFC 8446 §4.2.8.2: only the uncompressed form, of exact length, on the curve. */
    @ParameterizedTest
    @EnumSource(value = KeyAgreementAlgorithm.class, names = {"SECP256R1", "SECP384R1", "SECP521R1"})
    void refusesMalformedPeerShares(KeyAgreementAlgorithm algorithm) throws CryptoException {
        KeyAgreement agreement = provider.keyAgreement(algorithm);
        KeyShare mine = agreement.generate();
        byte[] valid = agreement.generate().publicShare();
        int fieldLength = (valid.length - 1) / 2;

        byte[] offCurve = valid.clone();
        offCurve[valid.length - 1] ^= 1;
        refused(mine, offCurve, "off-curve point");

        byte[] compressed = new byte[1 + fieldLength];
        System.arraycopy(valid, 0, compressed, 0, compressed.length);
        compressed[0] = (byte) (2 + (valid[valid.length - 1] & 1));
        refused(mine, compressed, "compressed point");

        byte[] hybrid = valid.clone();
        hybrid[0] = (byte) (6 + (valid[valid.length - 1] & 1));
        refused(mine, hybrid, "hybrid point");

        refused(mine, new byte[] {0}, "point at infinity");
        refused(mine, new byte[0], "empty share");
        refused(mine, java.util.Arrays.copyOf(valid, valid.length - 1), "truncated share");
        refused(mine, java.util.Arrays.copyOf(valid, valid.length + 1), "trailing byte");
        refused(mine, new byte[valid.length], "all zeros");

        byte[] xTooLarge = valid.clone();
        java.util.Arrays.fill(xTooLarge, 1, 1 + fieldLength, (byte) 0xff);
        refused(mine, xTooLarge, "x not below p");
    }

    @Test
    void refusesPrivateKeysOutOfRange() {
        KeyAgreement agreement = provider.keyAgreement(KeyAgreementAlgorithm.SECP256R1);
        // SEC 1 §3.2.1: d in [1, n-1]; n is the order of P-256 (FIPS 186-4 §D.1.2.3).
        byte[] order = Bytes.fromHex("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551").toByteArray();
        for (byte[] bad : new byte[][] {new byte[32], order, new byte[0], new byte[33]}) {
            CryptoException e = assertThrows(CryptoException.class, () -> agreement.fromPrivateKey(bad));
            assertEquals(CryptoException.Kind.INVALID_KEY, e.kind());
        }
    }

    private static void refused(KeyShare mine, byte[] peer, String what) {
        CryptoException e = assertThrows(CryptoException.class, () -> mine.agree(peer), what);
        assertEquals(CryptoException.Kind.INVALID_PUBLIC_SHARE, e.kind(), what);
    }
}
