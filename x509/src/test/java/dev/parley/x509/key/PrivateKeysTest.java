package dev.parley.x509.key;

import static dev.parley.x509.testing.Failures.assertFails;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.EcPrivateKey;
import dev.parley.crypto.EdPrivateKey;
import dev.parley.crypto.KeyType;
import dev.parley.crypto.NamedCurve;
import dev.parley.crypto.RsaPrivateKey;
import dev.parley.x509.Oids;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import dev.parley.x509.algorithm.AlgorithmIdentifier;
import dev.parley.x509.der.DerTag;
import dev.parley.x509.der.DerValue;
import dev.parley.x509.der.DerWriter;
import dev.parley.x509.der.ObjectIdentifier;
import dev.parley.x509.testing.TestData;
import java.math.BigInteger;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** PKCS #8, PKCS #1 and SEC 1 private keys; expected values from RFC 8410 and from OpenSSL's reading. */
class PrivateKeysTest {

    /** RFC 8410 §10.3: the seed inside both example keys below. */
    private static final Bytes RFC8410_SEED = Bytes.fromHex("d4ee72dbf913584ad5b6d8f1f769f8ad3afe7c28cbf1d4fbe097a88f44755842");

    @Test
    void readsTheRfc8410Ed25519PrivateKey() throws X509Exception {
        byte[] der = Base64.getDecoder().decode("MC4CAQAwBQYDK2VwBCIEINTuctv5E1hK1bbY8fdp+K06/nwoy/HU++CXqI9EdVhC");
        EdPrivateKey key = (EdPrivateKey) PrivateKeys.fromPkcs8(der);
        assertEquals(KeyType.ED25519, key.type());
        assertArrayEquals(RFC8410_SEED.toByteArray(), key.seed());
    }

    @Test
    void readsTheRfc8410VersionTwoKeyWithAttributesAndPublicKey() throws X509Exception {
        byte[] der = Base64.getDecoder().decode("MHICAQEwBQYDK2VwBCIEINTuctv5E1hK1bbY8fdp+K06/nwoy/HU++CXqI9EdVhC"
                + "oB8wHQYKKoZIhvcNAQkJFDEPDA1DdXJkbGUgQ2hhaXJzgSEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=");
        assertArrayEquals(RFC8410_SEED.toByteArray(), ((EdPrivateKey) PrivateKeys.fromPkcs8(der)).seed());
    }

    @Test
    void readsRsaKeysInPkcs8AndPkcs1() throws X509Exception {
        BigInteger modulus = new BigInteger(TestData.facts("rsa2048.key").get("modulus"), 16);
        assertEquals(modulus, ((RsaPrivateKey) PrivateKeys.fromPkcs8(TestData.bytes("rsa2048-pkcs8.der"))).modulus());
        assertEquals(modulus, ((RsaPrivateKey) PrivateKeys.fromPkcs8(TestData.pemBody("rsa2048.key"))).modulus());
        assertEquals(modulus, PrivateKeys.fromPkcs1(TestData.bytes("rsa2048-pkcs1.der")).modulus());
        assertEquals(modulus, PrivateKeys.fromPkcs1(TestData.pemBody("rsa2048-pkcs1.pem")).modulus());
    }

    @Test
    void readsRsaPssKeysAsRsaKeys() throws X509Exception {
        assertEquals(KeyType.RSA, PrivateKeys.fromPkcs8(TestData.pemBody("rsa-pss.key")).type());
    }

    @Test
    void readsEcKeysInPkcs8AndSec1() throws X509Exception {
        BigInteger scalar = new BigInteger(TestData.facts("ec-p-256.key").get("priv"), 16);
        EcPrivateKey pkcs8 = (EcPrivateKey) PrivateKeys.fromPkcs8(TestData.pemBody("ec-p-256.key"));
        assertEquals(NamedCurve.SECP256R1, pkcs8.curve());
        assertEquals(scalar, pkcs8.scalar());
        assertEquals(scalar, PrivateKeys.fromSec1(TestData.bytes("ec-p-256-sec1.der")).scalar());
        assertEquals(scalar, PrivateKeys.fromSec1(TestData.pemBody("ec-p-256-sec1.pem")).scalar());
    }

    @Test
    void readsP384AndP521Scalars() throws X509Exception {
        EcPrivateKey p384 = (EcPrivateKey) PrivateKeys.fromPkcs8(TestData.pemBody("ec-p-384.key"));
        assertEquals(new BigInteger(TestData.facts("ec-p-384.key").get("priv"), 16), p384.scalar());
        EcPrivateKey p521 = (EcPrivateKey) PrivateKeys.fromPkcs8(TestData.pemBody("ec-p-521.key"));
        assertEquals(NamedCurve.SECP521R1, p521.curve());
        assertEquals(new BigInteger(TestData.facts("ec-p-521.key").get("priv"), 16), p521.scalar());
    }

    @Test
    void readsEdDsaSeeds() throws X509Exception {
        for (String name : new String[] {"ed25519", "ed448"}) {
            EdPrivateKey key = (EdPrivateKey) PrivateKeys.fromPkcs8(TestData.pemBody(name + ".key"));
            assertArrayEquals(Bytes.fromHex(TestData.facts(name + ".key").get("priv")).toByteArray(), key.seed(), name);
        }
        assertEquals(KeyType.ED25519, PrivateKeys.fromPkcs8(TestData.bytes("ed25519-pkcs8.der")).type());
    }

    @Test
    void rejectsSec1KeysThatDoNotNameTheirCurve() {
        byte[] der = DerWriter.encode(w -> w.sequence(s -> s.integer(1).octetString(Bytes.fromHex("01"))));
        assertFails(X509Failure.INVALID_PRIVATE_KEY, () -> PrivateKeys.fromSec1(der));
    }

    @Test
    void rejectsACurveThatDisagreesWithTheAlgorithm() {
        byte[] inner = sec1(Oids.SECP384R1, Bytes.fromHex("01"));
        byte[] der = pkcs8(0, ec(Oids.SECP256R1), inner, w -> { });
        assertFails(X509Failure.INVALID_PRIVATE_KEY, () -> PrivateKeys.fromPkcs8(der));
    }

    @Test
    void rejectsScalarsThatCannotBelongToTheCurve() {
        assertFails(X509Failure.INVALID_PRIVATE_KEY, () -> PrivateKeys.fromSec1(sec1(Oids.SECP256R1, Bytes.wrap(new byte[32]))));
        assertFails(X509Failure.INVALID_PRIVATE_KEY, () -> PrivateKeys.fromSec1(sec1(Oids.SECP256R1, Bytes.wrap(new byte[33]).concat(Bytes.fromHex("01")))));
    }

    @Test
    void rejectsVersionsThatDisagreeWithThePublicKeyField() {
        byte[] seed = DerWriter.encode(w -> w.octetString(Bytes.wrap(new byte[32])));
        byte[] v2WithoutPublicKey = pkcs8(1, AlgorithmIdentifier.of(Oids.ED25519), seed, w -> { });
        assertFails(X509Failure.INVALID_PRIVATE_KEY, () -> PrivateKeys.fromPkcs8(v2WithoutPublicKey));
        byte[] v1WithPublicKey = pkcs8(0, AlgorithmIdentifier.of(Oids.ED25519), seed,
                w -> w.element(DerTag.contextPrimitive(1), Bytes.fromHex("00").concat(Bytes.wrap(new byte[32]))));
        assertFails(X509Failure.INVALID_PRIVATE_KEY, () -> PrivateKeys.fromPkcs8(v1WithPublicKey));
    }

    @Test
    void rejectsEdDsaSeedsOfTheWrongLength() {
        byte[] der = pkcs8(0, AlgorithmIdentifier.of(Oids.ED448), DerWriter.encode(w -> w.octetString(Bytes.wrap(new byte[32]))), w -> { });
        assertFails(X509Failure.INVALID_PRIVATE_KEY, () -> PrivateKeys.fromPkcs8(der));
    }

    @Test
    void refusesMultiPrimeRsaAndUnknownAlgorithms() {
        byte[] multiPrime = DerWriter.encode(w -> w.sequence(s -> {
            s.integer(1);
            for (int i = 0; i < 8; i++) {
                s.integer(3);
            }
        }));
        assertFails(X509Failure.UNSUPPORTED_ALGORITHM, () -> PrivateKeys.fromPkcs1(multiPrime));
        byte[] dsa = pkcs8(0, AlgorithmIdentifier.of(ObjectIdentifier.of("1.2.840.10040.4.1")), new byte[] {2, 1, 1}, w -> { });
        assertFails(X509Failure.UNSUPPORTED_ALGORITHM, () -> PrivateKeys.fromPkcs8(dsa));
    }

    @Test
    void rejectsNonPositiveRsaValues() {
        byte[] der = DerWriter.encode(w -> w.sequence(s -> {
            s.integer(0);
            for (int i = 0; i < 8; i++) {
                s.integer(i == 3 ? 0 : 3);
            }
        }));
        assertFails(X509Failure.INVALID_PRIVATE_KEY, () -> PrivateKeys.fromPkcs1(der));
    }

    private static AlgorithmIdentifier ec(ObjectIdentifier curve) {
        return new AlgorithmIdentifier(Oids.EC_PUBLIC_KEY, Optional.of(DerValue.of(DerTag.OBJECT_IDENTIFIER, curve.contentOctets())));
    }

    private static byte[] sec1(ObjectIdentifier curve, Bytes scalar) {
        return DerWriter.encode(w -> w.sequence(s -> {
            s.integer(1);
            s.octetString(scalar);
            s.explicit(0, p -> p.oid(curve));
        }));
    }

    private static byte[] pkcs8(int version, AlgorithmIdentifier algorithm, byte[] privateKey, Consumer<DerWriter> tail) {
        return DerWriter.encode(w -> w.sequence(s -> {
            s.integer(version);
            algorithm.write(s);
            s.octetString(Bytes.of(privateKey));
            tail.accept(s);
        }));
    }
}
