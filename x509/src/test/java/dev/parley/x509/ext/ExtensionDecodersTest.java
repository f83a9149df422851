package dev.parley.x509.ext;

import static dev.parley.x509.testing.Failures.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.x509.Oids;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import dev.parley.x509.der.BitString;
import dev.parley.x509.der.DerTag;
import dev.parley.x509.der.DerWriter;
import dev.parley.x509.der.ObjectIdentifier;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Each typed extension's syntax rules (RFC 5280 §4.2.1, §4.2.2; RFC 7633), shown with a hostile value. */
class ExtensionDecodersTest {

    private static Bytes der(Consumer<DerWriter> body) {
        return Bytes.wrap(DerWriter.encode(body));
    }

    @Test
    void rejectsBasicConstraintsThatEncodeTheDefaultFalse() {
        Bytes value = der(w -> w.sequence(s -> s.bool(false)));
        assertFails(X509Failure.DEFAULT_VALUE_ENCODED, () -> BasicConstraints.decode(value));
    }

    @Test
    void rejectsNegativePathLengths() {
        Bytes value = der(w -> w.sequence(s -> s.bool(true).integer(-1)));
        assertFails(X509Failure.INTEGER_OUT_OF_RANGE, () -> BasicConstraints.decode(value));
    }

    @Test
    void readsAnEmptyBasicConstraintsAsAnEndEntity() throws X509Exception {
        assertEquals(new BasicConstraints(false, Optional.empty()), BasicConstraints.decode(Bytes.fromHex("3000")));
    }

    @Test
    void rejectsKeyUsageWithoutAnyBit() {
        assertFails(X509Failure.MALFORMED_EXTENSION, () -> KeyUsage.decode(der(w -> w.bitString(BitString.of(Bytes.fromHex("00"))))));
    }

    @Test
    void readsDecipherOnlyFromTheSecondOctet() throws X509Exception {
        KeyUsage usage = KeyUsage.decode(der(w -> w.bitString(new BitString(Bytes.fromHex("0880"), 7))));
        assertTrue(usage.allows(KeyUsage.Bit.KEY_AGREEMENT));
        assertTrue(usage.allows(KeyUsage.Bit.DECIPHER_ONLY));
        assertFalse(usage.allows(KeyUsage.Bit.DIGITAL_SIGNATURE));
    }

    @Test
    void rejectsAnEmptyExtendedKeyUsage() {
        assertFails(X509Failure.EMPTY_SEQUENCE, () -> ExtendedKeyUsage.decode(Bytes.fromHex("3000")));
    }

    @Test
    void rejectsSubjectAltNamesOfTheWrongShape() {
        assertFails(X509Failure.EMPTY_SEQUENCE, () -> SubjectAlternativeName.decode(Bytes.fromHex("3000")));
        Bytes fiveOctets = der(w -> w.sequence(s -> s.element(DerTag.contextPrimitive(7), Bytes.fromHex("0102030405"))));
        assertFails(X509Failure.INVALID_GENERAL_NAME, () -> SubjectAlternativeName.decode(fiveOctets));
        Bytes ascii = Bytes.wrap("www.example.com".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertFails(X509Failure.UNEXPECTED_TAG, () -> SubjectAlternativeName.decode(ascii));
        Bytes latin1 = der(w -> w.sequence(s -> s.element(DerTag.contextPrimitive(2), Bytes.fromHex("e9"))));
        assertFails(X509Failure.INVALID_STRING, () -> SubjectAlternativeName.decode(latin1));
        Bytes unknownChoice = der(w -> w.sequence(s -> s.element(DerTag.contextPrimitive(9), Bytes.EMPTY)));
        assertFails(X509Failure.UNEXPECTED_TAG, () -> SubjectAlternativeName.decode(unknownChoice));
    }

    @Test
    void rejectsNameConstraintsWithoutSubtreesOrWithBadAddresses() {
        assertFails(X509Failure.MALFORMED_EXTENSION, () -> NameConstraints.decode(Bytes.fromHex("3000")));
        Bytes emptyPermitted = der(w -> w.sequence(s -> s.constructed(DerTag.contextConstructed(0), x -> { })));
        assertFails(X509Failure.EMPTY_SEQUENCE, () -> NameConstraints.decode(emptyPermitted));
        Bytes bareAddress = der(w -> w.sequence(s -> s.constructed(DerTag.contextConstructed(0),
                x -> x.sequence(t -> t.element(DerTag.contextPrimitive(7), Bytes.fromHex("0a000001"))))));
        assertFails(X509Failure.INVALID_GENERAL_NAME, () -> NameConstraints.decode(bareAddress));
        Bytes minimumZero = der(w -> w.sequence(s -> s.constructed(DerTag.contextConstructed(1),
                x -> x.sequence(t -> t.element(DerTag.contextPrimitive(2), Bytes.fromHex("6578"))
                        .element(DerTag.contextPrimitive(0), Bytes.fromHex("00"))))));
        assertFails(X509Failure.DEFAULT_VALUE_ENCODED, () -> NameConstraints.decode(minimumZero));
    }

    @Test
    void rejectsAnAuthorityCertIssuerWithoutItsSerialNumber() {
        Bytes value = der(w -> w.sequence(s -> s.constructed(DerTag.contextConstructed(1),
                x -> x.element(DerTag.contextPrimitive(2), Bytes.fromHex("6578")))));
        assertFails(X509Failure.MALFORMED_EXTENSION, () -> AuthorityKeyIdentifier.decode(value));
    }

    @Test
    void rejectsAnEmptyAuthorityInformationAccess() {
        assertFails(X509Failure.EMPTY_SEQUENCE, () -> AuthorityInformationAccess.decode(Bytes.fromHex("3000")));
    }

    @Test
    void rejectsDistributionPointsWithOnlyReasons() {
        Bytes value = der(w -> w.sequence(s -> s.sequence(p -> p.element(DerTag.contextPrimitive(1), Bytes.fromHex("0780")))));
        assertFails(X509Failure.MALFORMED_EXTENSION, () -> CrlDistributionPoints.decode(value));
    }

    @Test
    void readsADistributionPointNamedRelativeToItsIssuer() throws X509Exception {
        Bytes value = der(w -> w.sequence(s -> s.sequence(p -> p.explicit(0,
                choice -> choice.constructed(DerTag.contextConstructed(1), rdn -> rdn.sequence(atv -> atv.oid(Oids.COMMON_NAME)
                        .string(DerTag.UTF8_STRING, "CRL1")))))));
        CrlDistributionPoints.DistributionPoint point = CrlDistributionPoints.decode(value).distributionPoints().get(0);
        assertEquals(Optional.of("CRL1"), point.nameRelativeToCrlIssuer().orElseThrow().attributes().get(0).text());
        assertTrue(point.fullName().isEmpty());
    }

    @Test
    void rejectsAPolicyListedTwice() {
        ObjectIdentifier policy = ObjectIdentifier.of("2.23.140.1.2.1");
        Bytes value = der(w -> w.sequence(s -> s.sequence(p -> p.oid(policy)).sequence(p -> p.oid(policy))));
        assertFails(X509Failure.MALFORMED_EXTENSION, () -> CertificatePolicies.decode(value));
        Bytes emptyQualifiers = der(w -> w.sequence(s -> s.sequence(p -> p.oid(policy).sequence(q -> { }))));
        assertFails(X509Failure.EMPTY_SEQUENCE, () -> CertificatePolicies.decode(emptyQualifiers));
    }

    @Test
    void rejectsEmptyPolicyConstraintsAndMappings() {
        assertFails(X509Failure.MALFORMED_EXTENSION, () -> PolicyConstraints.decode(Bytes.fromHex("3000")));
        assertFails(X509Failure.EMPTY_SEQUENCE, () -> PolicyMappings.decode(Bytes.fromHex("3000")));
    }

    @Test
    void rejectsTlsFeaturesOutsideTheExtensionTypeRange() {
        assertFails(X509Failure.INTEGER_OUT_OF_RANGE, () -> TlsFeature.decode(der(w -> w.sequence(s -> s.integer(65536)))));
    }

    @Test
    void readsStatusRequestAsMustStaple() throws X509Exception {
        assertTrue(TlsFeature.decode(der(w -> w.sequence(s -> s.integer(5)))).mustStaple());
        assertFalse(TlsFeature.decode(der(w -> w.sequence(s -> s.integer(17)))).mustStaple());
    }

    @Test
    void rejectsTrailingDataInsideAnExtensionValue() {
        assertFails(X509Failure.TRAILING_DATA, () -> InhibitAnyPolicy.decode(Bytes.fromHex("0201020500")));
        assertFails(X509Failure.TRAILING_DATA, () -> SubjectKeyIdentifier.decode(Bytes.fromHex("0401aa00")));
    }

    @Test
    void namesTheExtensionInTheFailure() {
        Extension broken = new Extension(Oids.KEY_USAGE, true, Bytes.fromHex("0500"));
        X509Exception e = assertFails(X509Failure.UNEXPECTED_TAG, () -> Extensions.of(List.of(broken)));
        assertTrue(e.detail().contains("2.5.29.15"), e.detail());
    }
}
