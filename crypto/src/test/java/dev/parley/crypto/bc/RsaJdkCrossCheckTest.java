package dev.parley.crypto.bc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.CryptoException;
import dev.parley.crypto.RsaPrivateKey;
import dev.parley.crypto.SeededRandomSource;
import dev.parley.crypto.SignatureAlgorithm;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPublicKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cross-checks RSA signatures with the JDK's own implementation (allowed in tests only): each
 * side verifies what the other signed, for every hash, with a 2048-bit key Parley generated.
 */
class RsaJdkCrossCheckTest {

    private static final byte[] MESSAGE = "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.US_ASCII);

    private static BouncyCastleCryptoProvider provider;
    private static RsaPrivateKey key;
    private static PrivateKey jdkPrivate;
    private static PublicKey jdkPublic;

    @BeforeAll
    static void generateKey() throws GeneralSecurityException {
        provider = new BouncyCastleCryptoProvider(new SeededRandomSource("rsa cross-check"));
        key = provider.generateRsaKey(2048);
        KeyFactory factory = KeyFactory.getInstance("RSA");
        jdkPrivate = factory.generatePrivate(new RSAPrivateCrtKeySpec(key.modulus(), key.publicExponent(),
                key.privateExponent(), key.prime1(), key.prime2(), key.exponent1(), key.exponent2(), key.coefficient()));
        jdkPublic = factory.generatePublic(new RSAPublicKeySpec(key.modulus(), key.publicExponent()));
    }

    @Test
    void generatedKeyHasTheRequestedShape() {
        assertEquals(2048, key.modulus().bitLength());
        assertEquals(BigInteger.valueOf(65537), key.publicExponent());
        assertEquals(key.modulus(), key.prime1().multiply(key.prime2()));
        assertTrue(key.prime1().isProbablePrime(64) && key.prime2().isProbablePrime(64));
    }

    @Test
    void generationIsReproducibleFromTheSeed() {
        RsaPrivateKey again = new BouncyCastleCryptoProvider(new SeededRandomSource("rsa cross-check")).generateRsaKey(2048);
        assertEquals(key.modulus(), again.modulus());
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({
        "RSA_PKCS1_SHA1, SHA1withRSA",
        "RSA_PKCS1_SHA256, SHA256withRSA",
        "RSA_PKCS1_SHA384, SHA384withRSA",
        "RSA_PKCS1_SHA512, SHA512withRSA",
    })
    void pkcs1MatchesTheJdk(SignatureAlgorithm algorithm, String jdkName) throws Exception {
        byte[] ours = provider.signer(algorithm, key).sign(MESSAGE);
        Signature jdk = Signature.getInstance(jdkName);
        jdk.initSign(jdkPrivate);
        jdk.update(MESSAGE);
        byte[] theirs = jdk.sign();
        // PKCS #1 v1.5 is deterministic: both must produce the same bytes.
        assertArrayEquals(theirs, ours);
        jdk.initVerify(jdkPublic);
        jdk.update(MESSAGE);
        assertTrue(jdk.verify(ours));
        assertTrue(provider.verifier(algorithm, key.publicKey()).verify(MESSAGE, theirs));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "RSA_PSS_SHA256, SHA-256, 32",
        "RSA_PSS_SHA384, SHA-384, 48",
        "RSA_PSS_SHA512, SHA-512, 64",
    })
    void pssInteroperatesWithTheJdk(SignatureAlgorithm algorithm, String hash, int saltLength) throws Exception {
        PSSParameterSpec parameters = new PSSParameterSpec(hash, "MGF1", new MGF1ParameterSpec(hash), saltLength, 1);
        Signature jdk = Signature.getInstance("RSASSA-PSS");

        byte[] ours = provider.signer(algorithm, key).sign(MESSAGE);
        jdk.setParameter(parameters);
        jdk.initVerify(jdkPublic);
        jdk.update(MESSAGE);
        assertTrue(jdk.verify(ours), "the JDK verifies Parley's signature");

        jdk.initSign(jdkPrivate);
        jdk.setParameter(parameters);
        jdk.update(MESSAGE);
        byte[] theirs = jdk.sign();
        assertTrue(provider.verifier(algorithm, key.publicKey()).verify(MESSAGE, theirs), "Parley verifies the JDK's");

        // A salt of another length is not this algorithm (RFC 8446 §4.2.3: salt = hash length).
        jdk.initSign(jdkPrivate);
        jdk.setParameter(new PSSParameterSpec(hash, "MGF1", new MGF1ParameterSpec(hash), saltLength - 1, 1));
        jdk.update(MESSAGE);
        assertFalse(provider.verifier(algorithm, key.publicKey()).verify(MESSAGE, jdk.sign()));
    }

    @Test
    void pkcs1WithoutNullParametersIsRefused() throws CryptoException, GeneralSecurityException {
        // RFC 8017 §9.2 Note 1 lists the DigestInfo with NULL parameters; encode-and-compare
        // accepts only that form. Build the variant without NULL and sign it raw with the JDK.
        var verifier = provider.verifier(SignatureAlgorithm.RSA_PKCS1_SHA256, key.publicKey());
        // Control: the standard DigestInfo, padded and signed raw the same way, verifies.
        assertTrue(verifier.verify(MESSAGE, rawSignature("3031300d0609608648016503040201050004" + "20")));
        assertFalse(verifier.verify(MESSAGE, rawSignature("302f300b0609608648016503040201" + "0420")));
    }

    /** EMSA-PKCS1-v1_5 padding around a hand-made DigestInfo prefix, signed by the JDK's raw RSA. */
    private static byte[] rawSignature(String digestInfoPrefix) throws GeneralSecurityException {
        byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(MESSAGE);
        byte[] prefix = java.util.HexFormat.of().parseHex(digestInfoPrefix);
        byte[] t = new byte[prefix.length + hash.length];
        System.arraycopy(prefix, 0, t, 0, prefix.length);
        System.arraycopy(hash, 0, t, prefix.length, hash.length);
        // With a private key, the JDK's PKCS1Padding pads with block type 1, the signature padding.
        javax.crypto.Cipher raw = javax.crypto.Cipher.getInstance("RSA/ECB/PKCS1Padding");
        raw.init(javax.crypto.Cipher.ENCRYPT_MODE, jdkPrivate);
        return raw.doFinal(t);
    }
}
