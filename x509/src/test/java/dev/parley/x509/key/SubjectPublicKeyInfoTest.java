package dev.parley.x509.key;

import static dev.parley.x509.testing.Failures.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.EcPublicKey;
import dev.parley.crypto.EdPublicKey;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.KeyType;
import dev.parley.crypto.NamedCurve;
import dev.parley.x509.Certificate;
import dev.parley.x509.Oids;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import dev.parley.x509.algorithm.AlgorithmIdentifier;
import dev.parley.x509.algorithm.RsaPssParameters;
import dev.parley.x509.der.BitString;
import dev.parley.x509.der.DerTag;
import dev.parley.x509.der.DerValue;
import dev.parley.x509.der.DerWriter;
import dev.parley.x509.der.ObjectIdentifier;
import dev.parley.x509.testing.TestData;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** SubjectPublicKeyInfo decoding by algorithm (RFC 3279, RFC 4055, RFC 5480, RFC 8410). */
class SubjectPublicKeyInfoTest {

    private static final Bytes P256_POINT = Bytes.fromHex(TestData.facts("ec-p-256.key").get("pub"));

    private static byte[] spki(AlgorithmIdentifier algorithm, BitString key) {
        return DerWriter.encode(w -> w.sequence(s -> {
            algorithm.write(s);
            s.bitString(key);
        }));
    }

    private static byte[] spki(AlgorithmIdentifier algorithm, Consumer<DerWriter> key) {
        return spki(algorithm, BitString.of(Bytes.wrap(DerWriter.encode(key))));
    }

    private static AlgorithmIdentifier ec(ObjectIdentifier curve) {
        return new AlgorithmIdentifier(Oids.EC_PUBLIC_KEY, Optional.of(DerValue.of(DerTag.OBJECT_IDENTIFIER, curve.contentOctets())));
    }

    @Test
    void readsTheRfc8410Ed25519Example() throws X509Exception {
        // RFC 8410 §10.1: an Ed25519 public key in a SubjectPublicKeyInfo.
        byte[] der = Base64.getDecoder().decode("MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=");
        EdPublicKey key = (EdPublicKey) SubjectPublicKeyInfo.parse(der).publicKey().orElseThrow();
        assertEquals(KeyType.ED25519, key.type());
        assertEquals(Bytes.fromHex("19bf44096984cdfe8541bac167dc3b96c85086aa30b6b6cb0c5c38ad703166e1"), key.encoded());
    }

    @Test
    void requiresNullParametersForRsaEncryption() {
        byte[] der = spki(AlgorithmIdentifier.of(Oids.RSA_ENCRYPTION), k -> k.sequence(s -> s.integer(3233).integer(17)));
        assertFails(X509Failure.INVALID_ALGORITHM_PARAMETERS, () -> SubjectPublicKeyInfo.parse(der));
    }

    @Test
    void rejectsMalformedRsaKeys() {
        AlgorithmIdentifier rsa = AlgorithmIdentifier.withNullParameters(Oids.RSA_ENCRYPTION);
        assertFails(X509Failure.INVALID_PUBLIC_KEY, () -> SubjectPublicKeyInfo.parse(spki(rsa, k -> k.sequence(s -> s.integer(-3233).integer(17)))));
        assertFails(X509Failure.TRAILING_DATA, () -> SubjectPublicKeyInfo.parse(spki(rsa, k -> k.sequence(s -> s.integer(3233).integer(17).nul()))));
        assertFails(X509Failure.TRAILING_DATA, () -> SubjectPublicKeyInfo.parse(spki(rsa, k -> k.sequence(s -> s.integer(3233).integer(17)).nul())));
    }

    @Test
    void keepsTheRestrictionsOfRsaPssKeys() throws X509Exception {
        SubjectPublicKeyInfo info = Certificate.parse(TestData.pemBody("rsa-pss.pem")).subjectPublicKeyInfo();
        assertEquals(Optional.of(RsaPssParameters.of(HashAlgorithm.SHA256)), info.rsaPssParameters());
        assertEquals(KeyType.RSA, info.publicKey().orElseThrow().type());
    }

    @Test
    void readsNamedCurvePointsCompressedOrNot() throws X509Exception {
        EcPublicKey key = (EcPublicKey) SubjectPublicKeyInfo.parse(spki(ec(Oids.SECP256R1), BitString.of(P256_POINT))).publicKey().orElseThrow();
        assertEquals(NamedCurve.SECP256R1, key.curve());
        Bytes compressed = Bytes.of((byte) 0x02).concat(P256_POINT.slice(1, 33));
        assertTrue(SubjectPublicKeyInfo.parse(spki(ec(Oids.SECP256R1), BitString.of(compressed))).publicKey().isPresent());
    }

    @Test
    void rejectsPointsOfTheWrongLength() {
        assertFails(X509Failure.INVALID_PUBLIC_KEY,
                () -> SubjectPublicKeyInfo.parse(spki(ec(Oids.SECP384R1), BitString.of(P256_POINT))));
        assertFails(X509Failure.INVALID_PUBLIC_KEY,
                () -> SubjectPublicKeyInfo.parse(spki(ec(Oids.SECP256R1), BitString.of(Bytes.EMPTY))));
    }

    @Test
    void rejectsEcKeysWithoutCurveParameters() {
        assertFails(X509Failure.INVALID_ALGORITHM_PARAMETERS,
                () -> SubjectPublicKeyInfo.parse(spki(AlgorithmIdentifier.of(Oids.EC_PUBLIC_KEY), BitString.of(P256_POINT))));
    }

    @Test
    void treatsExplicitCurvesAndOtherCurvesAsUnsupported() throws X509Exception {
        AlgorithmIdentifier explicit = new AlgorithmIdentifier(Oids.EC_PUBLIC_KEY,
                Optional.of(DerValue.of(DerTag.SEQUENCE, Bytes.fromHex("020101"))));
        SubjectPublicKeyInfo info = SubjectPublicKeyInfo.parse(spki(explicit, BitString.of(P256_POINT)));
        assertTrue(info.publicKey().isEmpty());
        assertTrue(info.unsupportedReason().orElseThrow().contains("explicit"));
        SubjectPublicKeyInfo secp256k1 = SubjectPublicKeyInfo.parse(spki(ec(ObjectIdentifier.of("1.3.132.0.10")), BitString.of(P256_POINT)));
        assertTrue(secp256k1.unsupportedReason().orElseThrow().contains("1.3.132.0.10"));
    }

    @Test
    void checksEdDsaKeyLengthsAndParameters() {
        assertFails(X509Failure.INVALID_PUBLIC_KEY,
                () -> SubjectPublicKeyInfo.parse(spki(AlgorithmIdentifier.of(Oids.ED25519), BitString.of(Bytes.wrap(new byte[31])))));
        assertFails(X509Failure.INVALID_PUBLIC_KEY,
                () -> SubjectPublicKeyInfo.parse(spki(AlgorithmIdentifier.of(Oids.ED448), BitString.of(Bytes.wrap(new byte[32])))));
        assertFails(X509Failure.INVALID_ALGORITHM_PARAMETERS,
                () -> SubjectPublicKeyInfo.parse(spki(AlgorithmIdentifier.withNullParameters(Oids.ED25519), BitString.of(Bytes.wrap(new byte[32])))));
    }

    @Test
    void treatsKeyAgreementAndUnknownKeysAsUnsupported() throws X509Exception {
        SubjectPublicKeyInfo x25519 = SubjectPublicKeyInfo.parse(spki(AlgorithmIdentifier.of(Oids.X25519), BitString.of(Bytes.wrap(new byte[32]))));
        assertTrue(x25519.publicKey().isEmpty());
        AlgorithmIdentifier dsa = AlgorithmIdentifier.of(ObjectIdentifier.of("1.2.840.10040.4.1"));
        assertTrue(SubjectPublicKeyInfo.parse(spki(dsa, BitString.of(Bytes.fromHex("020101")))).unsupportedReason().isPresent());
    }

    @Test
    void rejectsKeyBitStringsWithUnusedBits() {
        assertFails(X509Failure.INVALID_PUBLIC_KEY,
                () -> SubjectPublicKeyInfo.parse(spki(AlgorithmIdentifier.of(Oids.ED25519), new BitString(Bytes.wrap(new byte[32]), 1))));
    }
}
