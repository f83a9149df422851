package dev.parley.crypto.bc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.Hmac;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** HMAC-SHA-256/384/512 against the test cases of RFC 4231 §4.2 to §4.8. */
class HmacKnownAnswerTest {

    private static final String KEY_131_AA = "aa".repeat(131);

    private final BouncyCastleCryptoProvider provider = new BouncyCastleCryptoProvider();

    @ParameterizedTest(name = "RFC 4231 {0}")
    @CsvSource({
        // §4.2 Test Case 1
        "4.2, 0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b, 4869205468657265,"
            + "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7,"
            + "afd03944d84895626b0825f4ab46907f15f9dadbe4101ec682aa034c7cebc59cfaea9ea9076ede7f4af152e8b2fa9cb6,"
            + "87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cde"
            + "daa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854",
        // §4.3 Test Case 2: a key shorter than the output.
        "4.3, 4a656665, 7768617420646f2079612077616e7420666f72206e6f7468696e673f,"
            + "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843,"
            + "af45d2e376484031617f78d2b58a6b1b9c7ef464f5a01b47e42ec3736322445e8e2240ca5e69e2c78b3239ecfab21649,"
            + "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea250554"
            + "9758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737",
        // §4.4 Test Case 3
        "4.4, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa,"
            + "dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd,"
            + "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe,"
            + "88062608d3e6ad8a0aa2ace014c8a86f0aa635d947ac9febe83ef4e55966144b2a5ab39dc13814b94e3ab6e101a34f27,"
            + "fa73b0089d56a284efb0f0756c890be9b1b5dbdd8ee81a3655f83e33b2279d39"
            + "bf3e848279a722c806b485a47e67c807b946a337bee8942674278859e13292fb",
        // §4.5 Test Case 4
        "4.5, 0102030405060708090a0b0c0d0e0f10111213141516171819,"
            + "cdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcd,"
            + "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b,"
            + "3e8a69b7783c25851933ab6290af6ca77a9981480850009cc5577c6e1f573b4e6801dd23c4a7d679ccf8a386c674cffb,"
            + "b0ba465637458c6990e5a8c5f61d4af7e576d97ff94b872de76f8050361ee3db"
            + "a91ca5c11aa25eb4d679275cc5788063a5f19741120c4f2de2adebeb10a298dd",
        // §4.6 Test Case 5: the RFC prints only the first 128 bits ("truncation of output").
        "4.6, 0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c, 546573742057697468205472756e636174696f6e,"
            + "a3b6167473100ee06e0c796c2955552b, 3abf34c3503b2a23a46efc619baef897, 415fad6271580a531d4179bc891d87a6",
    })
    void macMatchesRfc4231(String section, String key, String data, String sha256, String sha384, String sha512) {
        check(key, data, sha256, sha384, sha512);
    }

    /** §4.7 Test Case 6 (key larger than the block) and §4.8 Test Case 7 (key and data larger). */
    @ParameterizedTest(name = "RFC 4231 {0}")
    @CsvSource({
        "4.7, 54657374205573696e67204c6172676572205468616e20426c6f636b2d53697a65204b6579202d2048617368204b6579204669727374,"
            + "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54,"
            + "4ece084485813e9088d2c63a041bc5b44f9ef1012a2b588f3cd11f05033ac4c60c2ef6ab4030fe8296248df163f44952,"
            + "80b24263c7c1a3ebb71493c1dd7be8b49b46d1f41b4aeec1121b013783f8f352"
            + "6b56d037e05f2598bd0fd2215d6a1e5295e64f73f63f0aec8b915a985d786598",
        "4.8, 5468697320697320612074657374207573696e672061206c6172676572207468616e20626c6f636b2d73697a65206b"
            + "657920616e642061206c6172676572207468616e20626c6f636b2d73697a6520646174612e20546865206b6579206e65"
            + "65647320746f20626520686173686564206265666f7265206265696e6720757365642062792074686520484d41432061"
            + "6c676f726974686d2e,"
            + "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2,"
            + "6617178e941f020d351e2f254e8fd32c602420feb0b8fb9adccebb82461e99c5a678cc31e799176d3860e6110c46523e,"
            + "e37b6a775dc87dbaa4dfa9f96e5e3ffddebd71f8867289865df5a32d20cdc944"
            + "b6022cac3c4982b10d5eeb55c3e4de15134676fb6de0446065c97440fa8c6a58",
    })
    void macWithLongKeyMatchesRfc4231(String section, String data, String sha256, String sha384, String sha512) {
        check(KEY_131_AA, data, sha256, sha384, sha512);
    }

    private void check(String key, String data, String sha256, String sha384, String sha512) {
        byte[] k = Bytes.fromHex(key).toByteArray();
        byte[] d = Bytes.fromHex(data).toByteArray();
        assertEquals(Bytes.fromHex(sha256), mac(HashAlgorithm.SHA256, k, d, sha256.length() / 2));
        assertEquals(Bytes.fromHex(sha384), mac(HashAlgorithm.SHA384, k, d, sha384.length() / 2));
        assertEquals(Bytes.fromHex(sha512), mac(HashAlgorithm.SHA512, k, d, sha512.length() / 2));
    }

    /** MACs {@code data} twice with one instance (in two pieces the second time): doFinal must reset. */
    private Bytes mac(HashAlgorithm algorithm, byte[] key, byte[] data, int length) {
        Hmac hmac = provider.hmac(algorithm, key);
        hmac.update(data);
        Bytes first = Bytes.of(hmac.doFinal(), 0, length);
        int half = data.length / 2;
        hmac.update(data, 0, half);
        hmac.update(data, half, data.length - half);
        assertEquals(first, Bytes.of(hmac.doFinal(), 0, length), "second MAC with the same instance");
        return first;
    }
}
