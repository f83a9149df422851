package dev.parley.x509.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.x509.Certificate;
import dev.parley.x509.Oids;
import dev.parley.x509.X509Exception;
import dev.parley.x509.der.BitString;
import dev.parley.x509.der.DerTag;
import dev.parley.x509.der.DerWriter;
import dev.parley.x509.der.ObjectIdentifier;
import dev.parley.x509.ext.Extension;
import dev.parley.x509.testing.CertificateBuilder;
import dev.parley.x509.trust.TrustStore;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The profile rules that hold for one certificate alone (RFC 5280 §4, CA/Browser Forum §7.1):
 * they are checked before any signature, so certificates made field by field with a filler
 * signature show each rule on its own.
 */
class ProfileRulesTest {

    private static final Instant TIME = Instant.parse("2024-06-01T00:00:00Z");
    private static final Bytes ROOT_NAME = CertificateBuilder.name("Profile Root");
    private static final Bytes KEY_ID = Bytes.fromHex("0102030405060708090a0b0c0d0e0f1011121314");

    private static Extension extension(ObjectIdentifier id, boolean critical, java.util.function.Consumer<DerWriter> value) {
        return new Extension(id, critical, Bytes.wrap(DerWriter.encode(value)));
    }

    private static Extension basicConstraints(boolean ca, boolean critical) {
        return extension(Oids.BASIC_CONSTRAINTS, critical, w -> w.sequence(s -> {
            if (ca) {
                s.bool(true);
            }
        }));
    }

    private static Extension keyUsage(int firstOctet) {
        return extension(Oids.KEY_USAGE, true, w -> w.bitString(BitString.of(Bytes.of((byte) firstOctet))));
    }

    private static Extension dnsNames(boolean critical, String... names) {
        return extension(Oids.SUBJECT_ALT_NAME, critical, w -> w.sequence(s -> {
            for (String name : names) {
                s.element(DerTag.contextPrimitive(2), Bytes.wrap(name.getBytes(StandardCharsets.US_ASCII)));
            }
        }));
    }

    private static Extension authorityKeyId(boolean critical) {
        return extension(Oids.AUTHORITY_KEY_IDENTIFIER, critical, w -> w.sequence(s -> s.element(DerTag.contextPrimitive(0), KEY_ID)));
    }

    private static Extension subjectKeyId() {
        return extension(Oids.SUBJECT_KEY_IDENTIFIER, false, w -> w.octetString(KEY_ID));
    }

    private static Extension permittedDns(String base) {
        return extension(Oids.NAME_CONSTRAINTS, true, w -> w.sequence(nc -> nc.constructed(DerTag.contextConstructed(0),
                subtrees -> subtrees.sequence(subtree -> subtree.element(DerTag.contextPrimitive(2),
                        Bytes.wrap(base.getBytes(StandardCharsets.US_ASCII)))))));
    }

    private static List<Extension> leafExtensions(Extension... overrides) {
        List<Extension> extensions = new ArrayList<>(List.of(basicConstraints(false, true), keyUsage(0x80),
                dnsNames(false, "www.example.com"), authorityKeyId(false)));
        for (Extension override : overrides) {
            extensions.removeIf(e -> e.id().equals(override.id()));
            extensions.add(override);
        }
        return extensions;
    }

    private static Certificate leaf(String commonName, List<Extension> extensions) throws X509Exception {
        return Certificate.parse(new CertificateBuilder().issuer(ROOT_NAME).subject(CertificateBuilder.name(commonName))
                .extensions(extensions).build());
    }

    private static Certificate root(Extension... extensions) throws X509Exception {
        return Certificate.parse(new CertificateBuilder().issuer(ROOT_NAME).subject(ROOT_NAME)
                .extensions(List.of(extensions)).build());
    }

    private static PathValidationException failure(Certificate leaf, TrustStore trust, boolean pedantic) {
        return assertThrows(PathValidationException.class, () -> Chains.VALIDATOR.validate(leaf, List.of(), trust,
                ValidationParameters.builder().time(TIME).pedanticWebPki(pedantic).build()));
    }

    private static PathValidationException failure(Certificate leaf) {
        return failure(leaf, TrustStore.EMPTY, false);
    }

    private static void assertProfileViolation(Certificate leaf, String why) {
        PathValidationException e = failure(leaf);
        assertEquals(PathFailure.PROFILE_VIOLATION, e.reason(), e.getMessage());
        assertTrue(e.getMessage().contains(why), e.getMessage());
    }

    @Test
    void aWellFormedLeafPassesTheProfileAndFailsOnlyForWantOfAnIssuer() throws X509Exception {
        assertEquals(PathFailure.UNKNOWN_ISSUER, failure(leaf("www.example.com", leafExtensions())).reason());
    }

    @Test
    void dnsNamesMustBeInPreferredNameSyntax() throws X509Exception {
        assertProfileViolation(leaf("x", leafExtensions(dnsNames(false, "foo_bar.example.com"))), "foo_bar.example.com");
        assertProfileViolation(leaf("x", leafExtensions(dnsNames(false, "*"))), "malformed DNS name '*'");
        assertProfileViolation(leaf("x", leafExtensions(dnsNames(false, ".example.com"))), ".example.com");
        assertProfileViolation(leaf("x", leafExtensions(dnsNames(false, "ba*.example.com"))), "ba*.example.com");
    }

    @Test
    void commonNamesMustNotSpellAddressesOrNamesAmbiguously() throws X509Exception {
        assertProfileViolation(leaf("192.168.001.001", leafExtensions()), "canonical form 192.168.1.1");
        assertProfileViolation(leaf("0xC0A80101", leafExtensions()), "canonical form 192.168.1.1");
        assertProfileViolation(leaf("WWW.example.com", leafExtensions()), "exact copy");
        assertProfileViolation(leaf("bücher.example", leafExtensions()), "A-label form xn--bcher-kva.example");
        // A commonName that is simply not among the subjectAltName values is not refused (see CommonNameRules).
        assertEquals(PathFailure.UNKNOWN_ISSUER, failure(leaf("other.example.net", leafExtensions())).reason());
        assertEquals(PathFailure.UNKNOWN_ISSUER, failure(leaf("1.1.1.1", leafExtensions())).reason());
    }

    @Test
    void extensionCriticalityFollowsRfc5280() throws X509Exception {
        assertProfileViolation(leaf("x", leafExtensions(authorityKeyId(true))), "critical");
        assertProfileViolation(leaf("x", leafExtensions(dnsNames(true, "www.example.com"))), "subjectAltName critical");
    }

    @Test
    void aLeafNeedsItsAuthorityKeyIdentifier() throws X509Exception {
        List<Extension> extensions = leafExtensions();
        extensions.removeIf(e -> e.id().equals(Oids.AUTHORITY_KEY_IDENTIFIER));
        assertProfileViolation(leaf("x", extensions), "no authorityKeyIdentifier");
    }

    @Test
    void onlyCasCarryNameConstraintsOrKeyCertSign() throws X509Exception {
        assertProfileViolation(leaf("x", leafExtensions(permittedDns("example.com"))), "name constraints");
        assertProfileViolation(leaf("x", leafExtensions(keyUsage(0x84))), "keyCertSign");
    }

    @Test
    void onlyVersion3CertificatesAreUsed() throws X509Exception {
        Certificate v1 = Certificate.parse(new CertificateBuilder().version(Optional.empty()).issuer(ROOT_NAME).build());
        assertProfileViolation(v1, "V1");
    }

    @Test
    void thePedanticProfileChecksSerialNumbers() throws X509Exception {
        Certificate zero = Certificate.parse(new CertificateBuilder().serial(BigInteger.ZERO).issuer(ROOT_NAME)
                .subject(CertificateBuilder.name("x")).extensions(leafExtensions()).build());
        assertEquals(PathFailure.UNKNOWN_ISSUER, failure(zero).reason());
        PathValidationException e = failure(zero, TrustStore.EMPTY, true);
        assertEquals(PathFailure.PROFILE_VIOLATION, e.reason(), e.getMessage());
    }

    @Test
    void anAnchorIsHeldToTheCaProfile() throws X509Exception {
        Certificate leaf = leaf("www.example.com", leafExtensions());
        Extension ca = basicConstraints(true, true);
        assertAnchorFails(leaf, root(basicConstraints(true, false), subjectKeyId()), PathFailure.PROFILE_VIOLATION, "not critical");
        assertAnchorFails(leaf, root(ca), PathFailure.PROFILE_VIOLATION, "without a subjectKeyIdentifier");
        assertAnchorFails(leaf, root(ca, subjectKeyId(), keyUsage(0x80)), PathFailure.KEY_USAGE_NOT_ALLOWED, "keyCertSign");
        assertAnchorFails(leaf, root(ca, subjectKeyId(), permittedDns(".example.com")), PathFailure.MALFORMED_NAME_CONSTRAINTS,
                ".example.com");
        assertAnchorFails(leaf, root(ca, subjectKeyId(), permittedDns("*.example.com")), PathFailure.MALFORMED_NAME_CONSTRAINTS,
                "*.example.com");
        // A well-formed anchor gets as far as the (filler) signature.
        assertAnchorFails(leaf, root(ca, subjectKeyId(), permittedDns("example.com")), PathFailure.BAD_SIGNATURE, "does not verify");
    }

    private static void assertAnchorFails(Certificate leaf, Certificate anchor, PathFailure reason, String why) {
        PathValidationException e = failure(leaf, TrustStore.of(List.of(anchor)), false);
        assertEquals(reason, e.reason(), e.getMessage());
        assertTrue(e.getMessage().contains(why), e.getMessage());
        assertNotEquals(PathFailure.UNKNOWN_ISSUER, e.reason());
    }
}
