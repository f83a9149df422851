package dev.parley.x509;

import static dev.parley.x509.testing.Failures.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.SignatureAlgorithm;
import dev.parley.x509.algorithm.AlgorithmIdentifier;
import dev.parley.x509.der.DerTag;
import dev.parley.x509.der.ObjectIdentifier;
import dev.parley.x509.ext.Extension;
import dev.parley.x509.ext.Extensions;
import dev.parley.x509.testing.CertificateBuilder;
import dev.parley.x509.testing.TestData;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The RFC 5280 §4.1 rules a single certificate must follow, each shown with a hostile encoding. */
class CertificateStructureTest {

    private static final Extension BASIC_CONSTRAINTS = new Extension(Oids.BASIC_CONSTRAINTS, true, Bytes.fromHex("3000"));

    @Test
    void parsesTheBuildersDefaultCertificate() throws X509Exception {
        Certificate certificate = Certificate.parse(new CertificateBuilder().build());
        assertEquals(CertificateVersion.V3, certificate.version());
        assertEquals(Optional.of(SignatureAlgorithm.ECDSA_SHA256), certificate.supportedSignatureAlgorithm());
        assertEquals(Instant.parse("2024-01-01T00:00:00Z"), certificate.validity().notBefore());
        assertEquals("CN=Test Subject", certificate.subject().toString());
    }

    @Test
    void rejectsMismatchedSignatureAlgorithms() {
        byte[] der = new CertificateBuilder().algorithms(AlgorithmIdentifier.of(Oids.ECDSA_WITH_SHA256),
                AlgorithmIdentifier.of(Oids.ECDSA_WITH_SHA384)).build();
        assertFails(X509Failure.SIGNATURE_ALGORITHM_MISMATCH, () -> Certificate.parse(der));
    }

    @Test
    void rejectsSignatureAlgorithmsThatDifferOnlyInParameters() {
        // RFC 5280 §4.1.1.2 asks for the same identifier: NULL and absent parameters are not the same encoding.
        byte[] der = new CertificateBuilder().algorithms(AlgorithmIdentifier.of(Oids.SHA256_WITH_RSA_ENCRYPTION),
                AlgorithmIdentifier.withNullParameters(Oids.SHA256_WITH_RSA_ENCRYPTION)).build();
        assertFails(X509Failure.SIGNATURE_ALGORITHM_MISMATCH, () -> Certificate.parse(der));
    }

    @Test
    void rejectsNegativeSerialNumbers() {
        byte[] der = new CertificateBuilder().serial(BigInteger.valueOf(-18008675309L)).build();
        assertFails(X509Failure.NEGATIVE_SERIAL_NUMBER, () -> Certificate.parse(der));
    }

    @Test
    void leavesZeroAndOverlongSerialNumbersToTheValidator() throws X509Exception {
        assertEquals(BigInteger.ZERO, Certificate.parse(new CertificateBuilder().serial(BigInteger.ZERO).build()).serialNumber());
        BigInteger long21 = BigInteger.TWO.pow(165);
        assertEquals(long21, Certificate.parse(new CertificateBuilder().serial(long21).build()).serialNumber());
    }

    @Test
    void rejectsAnExplicitlyEncodedVersionOne() {
        byte[] der = new CertificateBuilder().version(Optional.of(BigInteger.ZERO)).build();
        assertFails(X509Failure.DEFAULT_VALUE_ENCODED, () -> Certificate.parse(der));
    }

    @Test
    void rejectsUnknownVersions() {
        assertFails(X509Failure.UNSUPPORTED_VERSION,
                () -> Certificate.parse(new CertificateBuilder().version(Optional.of(BigInteger.valueOf(3))).build()));
        assertFails(X509Failure.UNSUPPORTED_VERSION,
                () -> Certificate.parse(new CertificateBuilder().version(Optional.of(BigInteger.valueOf(-1))).build()));
    }

    @Test
    void rejectsExtensionsOutsideVersionThree() {
        for (Optional<BigInteger> version : List.of(Optional.<BigInteger>empty(), Optional.of(BigInteger.ONE))) {
            byte[] der = new CertificateBuilder().version(version).extensions(List.of(BASIC_CONSTRAINTS)).build();
            assertFails(X509Failure.FIELD_NOT_ALLOWED_IN_VERSION, () -> Certificate.parse(der));
        }
    }

    @Test
    void rejectsUniqueIdentifiersInVersionOne() {
        byte[] der = new CertificateBuilder().version(Optional.empty())
                .uniqueIds(Optional.of(Bytes.fromHex("00aa")), Optional.empty()).build();
        assertFails(X509Failure.FIELD_NOT_ALLOWED_IN_VERSION, () -> Certificate.parse(der));
    }

    @Test
    void toleratesUniqueIdentifiersInLaterVersions() throws X509Exception {
        Certificate certificate = Certificate.parse(new CertificateBuilder()
                .uniqueIds(Optional.of(Bytes.fromHex("00aa")), Optional.of(Bytes.fromHex("0180"))).build());
        assertEquals(Bytes.fromHex("aa"), certificate.issuerUniqueId().orElseThrow().bytes());
        assertEquals(1, certificate.subjectUniqueId().orElseThrow().unusedBits());
    }

    @Test
    void rejectsAnEmptyExtensionsSequence() {
        byte[] der = new CertificateBuilder().rawExtensions(w -> w.sequence(s -> { })).build();
        assertFails(X509Failure.EMPTY_SEQUENCE, () -> Certificate.parse(der));
    }

    @Test
    void rejectsDuplicateExtensions() {
        byte[] der = new CertificateBuilder().extensions(List.of(BASIC_CONSTRAINTS, BASIC_CONSTRAINTS)).build();
        assertFails(X509Failure.DUPLICATE_EXTENSION, () -> Certificate.parse(der));
    }

    @Test
    void rejectsDuplicateUnknownExtensionsToo() {
        Extension unknown = new Extension(ObjectIdentifier.of("1.3.6.1.4.1.99999.8"), false, Bytes.fromHex("0500"));
        byte[] der = new CertificateBuilder().extensions(List.of(unknown, unknown)).build();
        assertFails(X509Failure.DUPLICATE_EXTENSION, () -> Certificate.parse(der));
    }

    @Test
    void rejectsAnExplicitlyEncodedCriticalFalse() {
        byte[] der = new CertificateBuilder().rawExtensions(w -> w.sequence(s -> s.sequence(e -> {
            e.oid(Oids.BASIC_CONSTRAINTS);
            e.bool(false);
            e.octetString(Bytes.fromHex("3000"));
        }))).build();
        assertFails(X509Failure.DEFAULT_VALUE_ENCODED, () -> Certificate.parse(der));
    }

    @Test
    void listsUnrecognizedCriticalExtensions() throws X509Exception {
        Certificate certificate = Certificate.parse(TestData.pemBody("unknown-critical.pem"));
        Extensions extensions = certificate.extensions();
        assertEquals(1, extensions.unrecognizedCritical().size());
        assertEquals("1.3.6.1.4.1.99999.7", extensions.unrecognizedCritical().get(0).id().value());
        assertTrue(Certificate.parse(TestData.pemBody("leaf.pem")).extensions().unrecognizedCritical().isEmpty());
    }

    @Test
    void rejectsTrailingDataAfterTheCertificate() {
        byte[] der = new CertificateBuilder().trailing(Bytes.fromHex("00")).build();
        assertFails(X509Failure.TRAILING_DATA, () -> Certificate.parse(der));
    }

    @Test
    void rejectsInputsAboveTheSizeBound() {
        assertFails(X509Failure.INPUT_TOO_LARGE, () -> Certificate.parse(new byte[Certificate.MAX_ENCODED_LENGTH + 1]));
    }

    @Test
    void rejectsValidityTimesOutsideTheRfc5280Forms() {
        byte[] der = new CertificateBuilder().validity(w -> w.sequence(v -> {
            v.element(DerTag.GENERALIZED_TIME, Bytes.wrap("20240101000000.5Z".getBytes(StandardCharsets.US_ASCII)));
            v.utcTime(Instant.parse("2025-01-01T00:00:00Z"));
        })).build();
        assertFails(X509Failure.INVALID_TIME, () -> Certificate.parse(der));
    }

    @Test
    void readsVersionOneCertificatesWithoutExtensions() throws X509Exception {
        Certificate certificate = Certificate.parse(TestData.pemBody("v1.pem"));
        assertEquals(CertificateVersion.V1, certificate.version());
        assertTrue(certificate.extensions().all().isEmpty());
    }

    @Test
    void knowsSelfIssuedCertificates() throws X509Exception {
        assertTrue(Certificate.parse(TestData.pemBody("root.pem")).isSelfIssued());
        assertFalse(Certificate.parse(TestData.pemBody("leaf.pem")).isSelfIssued());
    }

    @Test
    void keepsUnknownSignatureAlgorithmsAsIdentifiers() throws X509Exception {
        AlgorithmIdentifier md5 = AlgorithmIdentifier.withNullParameters(Oids.MD5_WITH_RSA_ENCRYPTION);
        Certificate certificate = Certificate.parse(new CertificateBuilder().algorithms(md5, md5).build());
        assertEquals(md5, certificate.signatureAlgorithm());
        assertTrue(certificate.supportedSignatureAlgorithm().isEmpty());
    }

    @Test
    void equalsComparesEncodings() throws X509Exception {
        byte[] der = TestData.pemBody("leaf.pem");
        assertEquals(Certificate.parse(der), Certificate.parse(der.clone()));
        assertEquals(Certificate.parse(der).hashCode(), Certificate.parse(der.clone()).hashCode());
    }
}
