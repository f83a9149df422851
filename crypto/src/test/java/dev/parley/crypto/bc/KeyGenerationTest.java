package dev.parley.crypto.bc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.CryptoException;
import dev.parley.crypto.EcPrivateKey;
import dev.parley.crypto.EcPublicKey;
import dev.parley.crypto.EdPrivateKey;
import dev.parley.crypto.KeyType;
import dev.parley.crypto.NamedCurve;
import dev.parley.crypto.PublicKey;
import dev.parley.crypto.SeededRandomSource;
import dev.parley.crypto.SignatureAlgorithm;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Generated EC and EdDSA keys: drawn from the provider's random source, usable for signing. */
class KeyGenerationTest {

    private static final byte[] MESSAGE = "key generation".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({"SECP256R1, ECDSA_SHA256", "SECP384R1, ECDSA_SHA384", "SECP521R1, ECDSA_SHA512"})
    void generatedEcKeysSignAndVerify(NamedCurve curve, SignatureAlgorithm algorithm) throws CryptoException {
        BouncyCastleCryptoProvider provider = new BouncyCastleCryptoProvider(new SeededRandomSource("ec " + curve));
        EcPrivateKey key = provider.generateEcKey(curve);
        assertTrue(EcCurves.isValidScalar(curve, key.scalar()));
        PublicKey publicKey = provider.publicKeyOf(key);
        assertEquals(curve.uncompressedPointLength(), ((EcPublicKey) publicKey).point().length());
        byte[] signature = provider.signer(algorithm, key).sign(MESSAGE);
        assertTrue(provider.verifier(algorithm, publicKey).verify(MESSAGE, signature));
        EcPrivateKey again = new BouncyCastleCryptoProvider(new SeededRandomSource("ec " + curve)).generateEcKey(curve);
        assertEquals(key.scalar(), again.scalar(), "same seed, same key");
    }

    @ParameterizedTest
    @EnumSource(value = KeyType.class, names = {"ED25519", "ED448"})
    void generatedEdKeysAreTheDrawnBytes(KeyType type) throws CryptoException {
        int length = type == KeyType.ED25519 ? 32 : 57;
        byte[] expectedSeed = new SeededRandomSource("ed").bytes(length);
        BouncyCastleCryptoProvider provider = new BouncyCastleCryptoProvider(new SeededRandomSource("ed"));
        EdPrivateKey key = provider.generateEdKey(type);
        assertArrayEquals(expectedSeed, key.seed());
        SignatureAlgorithm algorithm = type == KeyType.ED25519 ? SignatureAlgorithm.ED25519 : SignatureAlgorithm.ED448;
        byte[] signature = provider.signer(algorithm, key).sign(MESSAGE);
        assertTrue(provider.verifier(algorithm, provider.publicKeyOf(key)).verify(MESSAGE, signature));
    }

    @Test
    void refusesNonEdKeyTypesAndTinyRsaModuli() {
        BouncyCastleCryptoProvider provider = new BouncyCastleCryptoProvider();
        assertThrows(IllegalArgumentException.class, () -> provider.generateEdKey(KeyType.RSA));
        assertThrows(IllegalArgumentException.class, () -> provider.generateRsaKey(512));
    }

    @Test
    void refusesOutOfRangeOrDestroyedEcKeys() {
        BouncyCastleCryptoProvider provider = new BouncyCastleCryptoProvider();
        EcPrivateKey zero = new EcPrivateKey(NamedCurve.SECP256R1, java.math.BigInteger.ZERO);
        EcPrivateKey order = new EcPrivateKey(NamedCurve.SECP256R1, EcCurves.domain(NamedCurve.SECP256R1).getN());
        for (EcPrivateKey bad : new EcPrivateKey[] {zero, order}) {
            assertEquals(CryptoException.Kind.INVALID_KEY,
                    assertThrows(CryptoException.class, () -> provider.signer(SignatureAlgorithm.ECDSA_SHA256, bad)).kind());
            assertEquals(CryptoException.Kind.INVALID_KEY,
                    assertThrows(CryptoException.class, () -> provider.publicKeyOf(bad)).kind());
        }
        EcPrivateKey destroyed = provider.generateEcKey(NamedCurve.SECP256R1);
        destroyed.destroy();
        assertEquals(CryptoException.Kind.INVALID_KEY,
                assertThrows(CryptoException.class, () -> provider.signer(SignatureAlgorithm.ECDSA_SHA256, destroyed)).kind());
    }

    @Test
    void ecPublicKeyMustBeAValidUncompressedPointOfItsCurve() throws CryptoException {
        BouncyCastleCryptoProvider provider = new BouncyCastleCryptoProvider();
        EcPublicKey p256 = (EcPublicKey) provider.publicKeyOf(provider.generateEcKey(NamedCurve.SECP256R1));
        byte[] point = p256.point().toByteArray();
        byte[] offCurve = point.clone();
        offCurve[64] ^= 1;
        for (EcPublicKey bad : new EcPublicKey[] {
                new EcPublicKey(NamedCurve.SECP256R1, dev.parley.crypto.Bytes.of(offCurve)),
                new EcPublicKey(NamedCurve.SECP384R1, p256.point()),
                new EcPublicKey(NamedCurve.SECP256R1, p256.point().slice(0, 33)),
                new EcPublicKey(NamedCurve.SECP256R1, dev.parley.crypto.Bytes.of((byte) 0))}) {
            assertEquals(CryptoException.Kind.INVALID_KEY,
                    assertThrows(CryptoException.class, () -> provider.verifier(SignatureAlgorithm.ECDSA_SHA256, bad)).kind());
        }
    }
}
