package dev.parley.x509.algorithm;

import static dev.parley.x509.testing.Failures.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.SignatureAlgorithm;
import dev.parley.x509.Certificate;
import dev.parley.x509.Oids;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import dev.parley.x509.der.DerTag;
import dev.parley.x509.der.DerValue;
import dev.parley.x509.der.DerWriter;
import dev.parley.x509.der.ObjectIdentifier;
import dev.parley.x509.testing.TestData;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Signature AlgorithmIdentifiers onto crypto's algorithms, and back. */
class SignatureAlgorithmsTest {

    private static Optional<SignatureAlgorithm> map(AlgorithmIdentifier identifier) throws X509Exception {
        return SignatureAlgorithms.fromIdentifier(identifier);
    }

    @Test
    void mapsEcdsaWithSha256ToSignatureAlgorithm() throws X509Exception {
        assertEquals(Optional.of(SignatureAlgorithm.ECDSA_SHA256), map(AlgorithmIdentifier.of(Oids.ECDSA_WITH_SHA256)));
        assertEquals(Optional.of(SignatureAlgorithm.ECDSA_SHA1), map(AlgorithmIdentifier.of(Oids.ECDSA_WITH_SHA1)));
        assertEquals(Optional.of(SignatureAlgorithm.ECDSA_SHA512), map(AlgorithmIdentifier.of(Oids.ECDSA_WITH_SHA512)));
    }

    @Test
    void mapsPkcs1AlgorithmsWithNullOrAbsentParameters() throws X509Exception {
        assertEquals(Optional.of(SignatureAlgorithm.RSA_PKCS1_SHA256), map(AlgorithmIdentifier.withNullParameters(Oids.SHA256_WITH_RSA_ENCRYPTION)));
        assertEquals(Optional.of(SignatureAlgorithm.RSA_PKCS1_SHA1), map(AlgorithmIdentifier.of(Oids.SHA1_WITH_RSA_ENCRYPTION)));
        assertEquals(Optional.of(SignatureAlgorithm.RSA_PKCS1_SHA384), map(AlgorithmIdentifier.withNullParameters(Oids.SHA384_WITH_RSA_ENCRYPTION)));
        assertEquals(Optional.of(SignatureAlgorithm.RSA_PKCS1_SHA512), map(AlgorithmIdentifier.withNullParameters(Oids.SHA512_WITH_RSA_ENCRYPTION)));
    }

    @Test
    void treatsUnexpectedParametersAsUnsupported() throws X509Exception {
        DerValue integer = DerValue.of(DerTag.INTEGER, Bytes.fromHex("01"));
        assertEquals(Optional.empty(), map(new AlgorithmIdentifier(Oids.SHA256_WITH_RSA_ENCRYPTION, Optional.of(integer))));
        assertEquals(Optional.empty(), map(new AlgorithmIdentifier(Oids.ECDSA_WITH_SHA256, Optional.of(integer))));
        assertEquals(Optional.empty(), map(AlgorithmIdentifier.withNullParameters(Oids.ED25519)));
        assertEquals(Optional.empty(), map(AlgorithmIdentifier.of(Oids.RSASSA_PSS)), "PSS needs its parameters");
        assertEquals(Optional.empty(), map(AlgorithmIdentifier.withNullParameters(Oids.MD5_WITH_RSA_ENCRYPTION)));
    }

    @Test
    void mapsEdDsaWithoutParameters() throws X509Exception {
        assertEquals(Optional.of(SignatureAlgorithm.ED25519), map(AlgorithmIdentifier.of(Oids.ED25519)));
        assertEquals(Optional.of(SignatureAlgorithm.ED448), map(AlgorithmIdentifier.of(Oids.ED448)));
    }

    @Test
    void mapsOnlyTheSaneRsaPssProfile() throws X509Exception {
        assertEquals(Optional.of(SignatureAlgorithm.RSA_PSS_SHA384), map(pss(Oids.SHA384, Oids.SHA384, 48)));
        assertEquals(Optional.empty(), map(pss(Oids.SHA256, Oids.SHA256, 16)), "salt shorter than the hash");
        assertEquals(Optional.empty(), map(pss(Oids.SHA256, Oids.SHA512, 32)), "MGF1 hash differs");
        assertEquals(Optional.empty(), map(pss(ObjectIdentifier.of("2.16.840.1.101.3.4.2.4"), ObjectIdentifier.of("2.16.840.1.101.3.4.2.4"), 28)), "SHA-224");
    }

    @Test
    void rejectsRsaPssParametersThatEncodeTheirDefaults() {
        AlgorithmIdentifier salt20 = pssWith(p -> p.explicit(2, s -> s.integer(20)));
        assertFails(X509Failure.DEFAULT_VALUE_ENCODED, () -> map(salt20));
        AlgorithmIdentifier sha1 = pssWith(p -> p.explicit(0, h -> AlgorithmIdentifier.of(Oids.SHA1).write(h)));
        assertFails(X509Failure.DEFAULT_VALUE_ENCODED, () -> map(sha1));
        AlgorithmIdentifier trailer1 = pssWith(p -> p.explicit(3, t -> t.integer(1)));
        assertFails(X509Failure.DEFAULT_VALUE_ENCODED, () -> map(trailer1));
    }

    @Test
    void readsAllDefaultsAsSha1AndMapsThemToNothing() throws X509Exception {
        RsaPssParameters defaults = RsaPssParameters.decode(DerValue.of(DerTag.SEQUENCE, Bytes.EMPTY));
        assertEquals(new RsaPssParameters(Oids.SHA1, Oids.MGF1, Optional.of(Oids.SHA1), 20, 1), defaults);
        assertEquals(Optional.empty(), defaults.signatureAlgorithm());
    }

    @Test
    void writesPssIdentifiersAsOpenSslDoes() throws X509Exception {
        // rsa-pss-signature.pem was signed by OpenSSL with SHA-256, MGF1-SHA-256 and a digest-length salt.
        Certificate certificate = Certificate.parse(TestData.pemBody("rsa-pss-signature.pem"));
        assertEquals(certificate.signatureAlgorithm(), SignatureAlgorithms.identifier(SignatureAlgorithm.RSA_PSS_SHA256));
        assertEquals(Certificate.parse(TestData.pemBody("rsa2048.pem")).signatureAlgorithm(),
                SignatureAlgorithms.identifier(SignatureAlgorithm.RSA_PKCS1_SHA256));
        assertEquals(Certificate.parse(TestData.pemBody("ec-p-384.pem")).signatureAlgorithm(),
                SignatureAlgorithms.identifier(SignatureAlgorithm.ECDSA_SHA384));
        assertEquals(Certificate.parse(TestData.pemBody("ed448.pem")).signatureAlgorithm(),
                SignatureAlgorithms.identifier(SignatureAlgorithm.ED448));
    }

    @Test
    void everyAlgorithmMapsBackToItself() throws X509Exception {
        for (SignatureAlgorithm algorithm : SignatureAlgorithm.values()) {
            assertEquals(Optional.of(algorithm), map(SignatureAlgorithms.identifier(algorithm)), algorithm.name());
        }
    }

    @Test
    void mapsHashIdentifiers() {
        for (HashAlgorithm hash : HashAlgorithm.values()) {
            assertEquals(Optional.of(hash), HashAlgorithms.fromOid(HashAlgorithms.oid(hash)));
        }
    }

    private static AlgorithmIdentifier pss(ObjectIdentifier hash, ObjectIdentifier mgfHash, int salt) {
        return pssWith(p -> {
            p.explicit(0, h -> AlgorithmIdentifier.of(hash).write(h));
            p.explicit(1, m -> m.sequence(mgf -> {
                mgf.oid(Oids.MGF1);
                AlgorithmIdentifier.of(mgfHash).write(mgf);
            }));
            p.explicit(2, s -> s.integer(salt));
        });
    }

    private static AlgorithmIdentifier pssWith(Consumer<DerWriter> fields) {
        return new AlgorithmIdentifier(Oids.RSASSA_PSS, Optional.of(DerValue.of(DerTag.SEQUENCE, Bytes.wrap(DerWriter.encode(fields)))));
    }
}
