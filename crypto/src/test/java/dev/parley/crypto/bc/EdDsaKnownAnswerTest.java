package dev.parley.crypto.bc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoException;
import dev.parley.crypto.EdPrivateKey;
import dev.parley.crypto.EdPublicKey;
import dev.parley.crypto.KeyType;
import dev.parley.crypto.SignatureAlgorithm;
import dev.parley.crypto.SignatureVerifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Ed25519 and Ed448 against RFC 8032 §7.1 and §7.4. */
class EdDsaKnownAnswerTest {

    private final BouncyCastleCryptoProvider provider = new BouncyCastleCryptoProvider();

    /** RFC 8032 §7.1: TEST 1, TEST 2, TEST 3 and TEST SHA(abc) for Ed25519. */
    @ParameterizedTest(name = "Ed25519 {0}")
    @CsvSource({
        "TEST 1, 9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60,"
            + "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a, '',"
            + "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
            + "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b",
        "TEST 2, 4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb,"
            + "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c, 72,"
            + "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
            + "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00",
        "TEST 3, c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7,"
            + "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025, af82,"
            + "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac"
            + "18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a",
        "TEST SHA(abc), 833fe62409237b9d62ec77587520911e9a759cec1d19755b7da901b96dca3d42,"
            + "ec172b93ad5e563bf4932c70e1245034c35467ef2efd4d64ebf819683467e2bf,"
            + "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
            + "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f,"
            + "dc2a4459e7369633a52b1bf277839a00201009a3efbf3ecb69bea2186c26b589"
            + "09351fc9ac90b3ecfdfbc7c66431e0303dca179c138ac17ad9bef1177331a704",
    })
    void ed25519MatchesRfc8032Section71(String name, String secret, String publicKey, String message,
                                         String signature) throws CryptoException {
        check(KeyType.ED25519, SignatureAlgorithm.ED25519, secret, publicKey, message, signature);
    }

    /** RFC 8032 §7.4: -----Blank, -----1 octet, -----11 octets and -----12 octets for Ed448. */
    @ParameterizedTest(name = "Ed448 {0}")
    @CsvSource({
        "Blank, 6c82a562cb808d10d632be89c8513ebf6c929f34ddfa8c9f63c9960ef6e348a3"
            + "528c8a3fcc2f044e39a3fc5b94492f8f032e7549a20098f95b,"
            + "5fd7449b59b461fd2ce787ec616ad46a1da1342485a70e1f8a0ea75d80e96778"
            + "edf124769b46c7061bd6783df1e50f6cd1fa1abeafe8256180, '',"
            + "533a37f6bbe457251f023c0d88f976ae2dfb504a843e34d2074fd823d41a591f"
            + "2b233f034f628281f2fd7a22ddd47d7828c59bd0a21bfd3980ff0d2028d4b18a"
            + "9df63e006c5d1c2d345b925d8dc00b4104852db99ac5c7cdda8530a113a0f4db"
            + "b61149f05a7363268c71d95808ff2e652600",
        "1 octet, c4eab05d357007c632f3dbb48489924d552b08fe0c353a0d4a1f00acda2c463a"
            + "fbea67c5e8d2877c5e3bc397a659949ef8021e954e0a12274e,"
            + "43ba28f430cdff456ae531545f7ecd0ac834a55d9358c0372bfa0c6c6798c086"
            + "6aea01eb00742802b8438ea4cb82169c235160627b4c3a9480, 03,"
            + "26b8f91727bd62897af15e41eb43c377efb9c610d48f2335cb0bd0087810f435"
            + "2541b143c4b981b7e18f62de8ccdf633fc1bf037ab7cd779805e0dbcc0aae1cb"
            + "cee1afb2e027df36bc04dcecbf154336c19f0af7e0a6472905e799f1953d2a0f"
            + "f3348ab21aa4adafd1d234441cf807c03a00",
        "11 octets, cd23d24f714274e744343237b93290f511f6425f98e64459ff203e8985083ffd"
            + "f60500553abc0e05cd02184bdb89c4ccd67e187951267eb328,"
            + "dcea9e78f35a1bf3499a831b10b86c90aac01cd84b67a0109b55a36e9328b1e3"
            + "65fce161d71ce7131a543ea4cb5f7e9f1d8b00696447001400, 0c3e544074ec63b0265e0c,"
            + "1f0a8888ce25e8d458a21130879b840a9089d999aaba039eaf3e3afa090a09d3"
            + "89dba82c4ff2ae8ac5cdfb7c55e94d5d961a29fe0109941e00b8dbdeea6d3b05"
            + "1068df7254c0cdc129cbe62db2dc957dbb47b51fd3f213fb8698f064774250a5"
            + "028961c9bf8ffd973fe5d5c206492b140e00",
        "12 octets, 258cdd4ada32ed9c9ff54e63756ae582fb8fab2ac721f2c8e676a72768513d93"
            + "9f63dddb55609133f29adf86ec9929dccb52c1c5fd2ff7e21b,"
            + "3ba16da0c6f2cc1f30187740756f5e798d6bc5fc015d7c63cc9510ee3fd44adc"
            + "24d8e968b6e46e6f94d19b945361726bd75e149ef09817f580, 64a65f3cdedcdd66811e2915,"
            + "7eeeab7c4e50fb799b418ee5e3197ff6bf15d43a14c34389b59dd1a7b1b85b4a"
            + "e90438aca634bea45e3a2695f1270f07fdcdf7c62b8efeaf00b45c2c96ba457e"
            + "b1a8bf075a3db28e5c24f6b923ed4ad747c3c9e03c7079efb87cb110d3a99861"
            + "e72003cbae6d6b8b827e4e6c143064ff3c00",
    })
    void ed448MatchesRfc8032Section74(String name, String secret, String publicKey, String message,
                                       String signature) throws CryptoException {
        check(KeyType.ED448, SignatureAlgorithm.ED448, secret, publicKey, message, signature);
    }

    /**
     * RFC 8032 §7.4 "1 octet (with context)": Parley's Ed448 uses the empty context (RFC 8446
     * §4.2.3), so the signature made under context "foo" must not verify.
     */
    @Test
    void ed448SignatureWithContextIsNotAcceptedWithoutIt() throws CryptoException {
        EdPublicKey key = new EdPublicKey(KeyType.ED448, Bytes.fromHex(
                "43ba28f430cdff456ae531545f7ecd0ac834a55d9358c0372bfa0c6c6798c086"
                + "6aea01eb00742802b8438ea4cb82169c235160627b4c3a9480"));
        byte[] withContextFoo = Bytes.fromHex(
                "d4f8f6131770dd46f40867d6fd5d5055de43541f8c5e35abbcd001b32a89f7d2"
                + "151f7647f11d8ca2ae279fb842d607217fce6e042f6815ea000c85741de5c8da"
                + "1144a6a1aba7f96de42505d7a7298524fda538fccbbb754f578c1cad10d54d0d"
                + "5428407e85dcbc98a49155c13764e66c3c00").toByteArray();
        assertFalse(provider.verifier(SignatureAlgorithm.ED448, key).verify(new byte[] {3}, withContextFoo));
    }

    @Test
    void refusesKeysThatAreNotPoints() {
        // 32 bytes of 0xff: y = 2^255 - 1 is not below p, so it is no canonical encoding (RFC 8032 §5.1.3).
        byte[] notAPoint = new byte[32];
        java.util.Arrays.fill(notAPoint, (byte) 0xff);
        CryptoException e = assertThrows(CryptoException.class, () -> provider.verifier(
                SignatureAlgorithm.ED25519, new EdPublicKey(KeyType.ED25519, Bytes.of(notAPoint))));
        assertEquals(CryptoException.Kind.INVALID_KEY, e.kind());
        CryptoException wrongLength = assertThrows(CryptoException.class, () -> provider.verifier(
                SignatureAlgorithm.ED25519, new EdPublicKey(KeyType.ED25519, Bytes.of(new byte[31]))));
        assertEquals(CryptoException.Kind.INVALID_KEY, wrongLength.kind());
        CryptoException wrongType = assertThrows(CryptoException.class, () -> provider.verifier(
                SignatureAlgorithm.ED448, new EdPublicKey(KeyType.ED25519, Bytes.of(new byte[32]))));
        assertEquals(CryptoException.Kind.INVALID_KEY, wrongType.kind());
    }

    private void check(KeyType type, SignatureAlgorithm algorithm, String secret, String publicKey,
                       String message, String signature) throws CryptoException {
        EdPrivateKey privateKey = new EdPrivateKey(type, Bytes.fromHex(secret).toByteArray());
        Bytes expectedPublic = Bytes.fromHex(publicKey);
        byte[] m = Bytes.fromHex(message).toByteArray();
        Bytes expectedSignature = Bytes.fromHex(signature);

        assertEquals(new EdPublicKey(type, expectedPublic), provider.publicKeyOf(privateKey));
        assertEquals(expectedSignature, Bytes.of(provider.signer(algorithm, privateKey).sign(m)));

        SignatureVerifier verifier = provider.verifier(algorithm, new EdPublicKey(type, expectedPublic));
        assertTrue(verifier.verify(m, expectedSignature.toByteArray()));
        byte[] flipped = expectedSignature.toByteArray();
        flipped[5] ^= 0x01;
        assertFalse(verifier.verify(m, flipped));
        byte[] otherMessage = java.util.Arrays.copyOf(m, m.length + 1);
        assertFalse(verifier.verify(otherMessage, expectedSignature.toByteArray()));
    }
}
