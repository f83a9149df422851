package dev.parley.crypto.bc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoException;
import dev.parley.crypto.EcPrivateKey;
import dev.parley.crypto.EcPublicKey;
import dev.parley.crypto.NamedCurve;
import dev.parley.crypto.SignatureAlgorithm;
import dev.parley.crypto.SignatureVerifier;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Deterministic ECDSA (RFC 6979 §3.2) against RFC 6979 Appendix A.2.5 (P-256), A.2.6 (P-384)
 * and A.2.7 (P-521): the signature must match r and s byte for byte, and verify.
 */
class EcdsaKnownAnswerTest {

    private static final String P256_X = "C9AFA9D845BA75166B5C215767B1D6934E50C3DB36E89B127B8A622B120F6721";
    private static final String P256_UX = "60FED4BA255A9D31C961EB74C6356D68C049B8923B61FA6CE669622E60F29FB6";
    private static final String P256_UY = "7903FE1008B8BC99A41AE9E95628BC64F2F1B20C2D7E9F5177A3C294D4462299";

    private static final String P384_X = "6B9D3DAD2E1B8C1C05B19875B6659F4DE23C3B667BF297BA9AA47740787137D8"
            + "96D5724E4C70A825F872C9EA60D2EDF5";
    private static final String P384_UX = "EC3A4E415B4E19A4568618029F427FA5DA9A8BC4AE92E02E06AAE5286B300C64"
            + "DEF8F0EA9055866064A254515480BC13";
    private static final String P384_UY = "8015D9B72D7D57244EA8EF9AC0C621896708A59367F9DFB9F54CA84B3F1C9DB1"
            + "288B231C3AE0D4FE7344FD2533264720";

    private static final String P521_X = "0FAD06DAA62BA3B25D2FB40133DA757205DE67F5BB0018FEE8C86E1B68C7E75C"
            + "AA896EB32F1F47C70855836A6D16FCC1466F6D8FBEC67DB89EC0C08B0E996B83538";
    private static final String P521_UX = "1894550D0785932E00EAA23B694F213F8C3121F86DC97A04E5A7167DB4E5BCD3"
            + "71123D46E45DB6B5D5370A7F20FB633155D38FFA16D2BD761DCAC474B9A2F5023A4";
    private static final String P521_UY = "0493101C962CD4D2FDDF782285E64584139C2F91B47F87FF82354D6630F746A2"
            + "8A0DB25741B5B34A828008B22ACC23F924FAAFBD4D33F81EA66956DFEAA2BFDFCF5";

    private final BouncyCastleCryptoProvider provider = new BouncyCastleCryptoProvider();

    @ParameterizedTest(name = "{0} {1} \"{2}\"")
    @CsvSource({
        // RFC 6979 §A.2.5, P-256.
        "SECP256R1, ECDSA_SHA1, sample,"
            + "61340C88C3AAEBEB4F6D667F672CA9759A6CCAA9FA8811313039EE4A35471D32,"
            + "6D7F147DAC089441BB2E2FE8F7A3FA264B9C475098FDCF6E00D7C996E1B8B7EB",
        "SECP256R1, ECDSA_SHA256, sample,"
            + "EFD48B2AACB6A8FD1140DD9CD45E81D69D2C877B56AAF991C34D0EA84EAF3716,"
            + "F7CB1C942D657C41D436C7A1B6E29F65F3E900DBB9AFF4064DC4AB2F843ACDA8",
        "SECP256R1, ECDSA_SHA512, sample,"
            + "8496A60B5E9B47C825488827E0495B0E3FA109EC4568FD3F8D1097678EB97F00,"
            + "2362AB1ADBE2B8ADF9CB9EDAB740EA6049C028114F2460F96554F61FAE3302FE",
        "SECP256R1, ECDSA_SHA256, test,"
            + "F1ABB023518351CD71D881567B1EA663ED3EFCF6C5132B354F28D3B0B7D38367,"
            + "019F4113742A2B14BD25926B49C649155F267E60D3814B4C0CC84250E46F0083",
        // RFC 6979 §A.2.6, P-384.
        "SECP384R1, ECDSA_SHA384, sample,"
            + "94EDBB92A5ECB8AAD4736E56C691916B3F88140666CE9FA73D64C4EA95AD133C81A648152E44ACF96E36DD1E80FABE46,"
            + "99EF4AEB15F178CEA1FE40DB2603138F130E740A19624526203B6351D0A3A94FA329C145786E679E7B82C71A38628AC8",
        "SECP384R1, ECDSA_SHA256, sample,"
            + "21B13D1E013C7FA1392D03C5F99AF8B30C570C6F98D4EA8E354B63A21D3DAA33BDE1E888E63355D92FA2B3C36D8FB2CD,"
            + "F3AA443FB107745BF4BD77CB3891674632068A10CA67E3D45DB2266FA7D1FEEBEFDC63ECCD1AC42EC0CB8668A4FA0AB0",
        "SECP384R1, ECDSA_SHA384, test,"
            + "8203B63D3C853E8D77227FB377BCF7B7B772E97892A80F36AB775D509D7A5FEB0542A7F0812998DA8F1DD3CA3CF023DB,"
            + "DDD0760448D42D8A43AF45AF836FCE4DE8BE06B485E9B61B827C2F13173923E06A739F040649A667BF3B828246BAA5A5",
        // RFC 6979 §A.2.7, P-521.
        "SECP521R1, ECDSA_SHA512, sample,"
            + "0C328FAFCBD79DD77850370C46325D987CB525569FB63C5D3BC53950E6D4C5F1"
            + "74E25A1EE9017B5D450606ADD152B534931D7D4E8455CC91F9B15BF05EC36E377FA,"
            + "0617CCE7CF5064806C467F678D3B4080D6F1CC50AF26CA209417308281B68AF2"
            + "82623EAA63E5B5C0723D8B8C37FF0777B1A20F8CCB1DCCC43997F1EE0E44DA4A67A",
        "SECP521R1, ECDSA_SHA256, sample,"
            + "1511BB4D675114FE266FC4372B87682BAECC01D3CC62CF2303C92B3526012659"
            + "D16876E25C7C1E57648F23B73564D67F61C6F14D527D54972810421E7D87589E1A7,"
            + "04A171143A83163D6DF460AAF61522695F207A58B95C0644D87E52AA1A347916"
            + "E4F7A72930B1BC06DBE22CE3F58264AFD23704CBB63B29B931F7DE6C9D949A7ECFC",
        "SECP521R1, ECDSA_SHA384, sample,"
            + "1EA842A0E17D2DE4F92C15315C63DDF72685C18195C2BB95E572B9C5136CA4B4"
            + "B576AD712A52BE9730627D16054BA40CC0B8D3FF035B12AE75168397F5D50C67451,"
            + "1F21A3CEE066E1961025FB048BD5FE2B7924D0CD797BABE0A83B66F1E35EEAF5"
            + "FDE143FA85DC394A7DEE766523393784484BDF3E00114A1C857CDE1AA203DB65D61",
    })
    void deterministicSignatureMatchesRfc6979(NamedCurve curve, SignatureAlgorithm algorithm,
                                               String message, String r, String s) throws CryptoException {
        EcPrivateKey privateKey = new EcPrivateKey(curve, new BigInteger(privateScalar(curve), 16));
        EcPublicKey publicKey = publicKey(curve);
        byte[] m = message.getBytes(StandardCharsets.US_ASCII);

        assertEquals(publicKey, provider.publicKeyOf(privateKey));

        byte[] signature = provider.signer(algorithm, privateKey).sign(m);
        EcdsaSignature rs = EcdsaSignature.decode(signature, EcCurves.domain(curve).getN()).orElseThrow();
        assertEquals(new BigInteger(r, 16), rs.r(), "r");
        assertEquals(new BigInteger(s, 16), rs.s(), "s");
        assertArrayEquals(new EcdsaSignature(new BigInteger(r, 16), new BigInteger(s, 16)).encode(), signature);

        SignatureVerifier verifier = provider.verifier(algorithm, publicKey);
        assertTrue(verifier.verify(m, signature));
        for (int bit = 0; bit < signature.length * 8; bit += 13) {
            byte[] flipped = signature.clone();
            flipped[bit / 8] ^= (byte) (1 << (bit % 8));
            assertFalse(verifier.verify(m, flipped), "bit " + bit + " flipped");
        }
        assertFalse(verifier.verify("samplf".getBytes(StandardCharsets.US_ASCII), signature));
    }

    private static String privateScalar(NamedCurve curve) {
        return switch (curve) {
            case SECP256R1 -> P256_X;
            case SECP384R1 -> P384_X;
            case SECP521R1 -> P521_X;
        };
    }

    static EcPublicKey publicKey(NamedCurve curve) {
        String x = switch (curve) {
            case SECP256R1 -> P256_UX;
            case SECP384R1 -> P384_UX;
            case SECP521R1 -> P521_UX;
        };
        String y = switch (curve) {
            case SECP256R1 -> P256_UY;
            case SECP384R1 -> P384_UY;
            case SECP521R1 -> P521_UY;
        };
        return new EcPublicKey(curve, Bytes.of((byte) 4)
                .concat(fixed(x, curve.fieldLength())).concat(fixed(y, curve.fieldLength())));
    }

    private static Bytes fixed(String hex, int length) {
        String padded = "0".repeat(2 * length - hex.length()) + hex;
        return Bytes.fromHex(padded);
    }
}
