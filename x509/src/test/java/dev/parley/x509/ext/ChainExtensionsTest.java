package dev.parley.x509.ext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.x509.Certificate;
import dev.parley.x509.Oids;
import dev.parley.x509.X509Exception;
import dev.parley.x509.der.ObjectIdentifier;
import dev.parley.x509.name.GeneralName;
import dev.parley.x509.testing.TestData;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The typed extensions of the checked-in chain read back what {@code chain.cnf} asked OpenSSL to
 * write (the configuration is the expected value).
 */
class ChainExtensionsTest {

    private static Extensions extensions(String name) throws X509Exception {
        return Certificate.parse(TestData.pemBody(name)).extensions();
    }

    @Test
    void readsTheRootsConstraints() throws X509Exception {
        Extensions root = extensions("root.pem");
        assertEquals(new BasicConstraints(true, Optional.empty()), root.basicConstraints().orElseThrow());
        assertTrue(root.isCritical(Oids.BASIC_CONSTRAINTS));
        assertEquals(Set.of(KeyUsage.Bit.KEY_CERT_SIGN, KeyUsage.Bit.CRL_SIGN), root.keyUsage().orElseThrow().bits());
        assertEquals(20, root.subjectKeyIdentifier().orElseThrow().keyIdentifier().length(), "OpenSSL's hash method is SHA-1");
    }

    @Test
    void readsEveryIntermediateExtension() throws X509Exception {
        Extensions ica = extensions("ica.pem");
        assertEquals(new BasicConstraints(true, Optional.of(0)), ica.basicConstraints().orElseThrow());
        assertEquals(Set.of(KeyUsage.Bit.KEY_CERT_SIGN, KeyUsage.Bit.CRL_SIGN, KeyUsage.Bit.DIGITAL_SIGNATURE),
                ica.keyUsage().orElseThrow().bits());
        assertEquals(List.of(Oids.KP_SERVER_AUTH, Oids.KP_CLIENT_AUTH), ica.extendedKeyUsage().orElseThrow().purposes());
        assertEquals(List.of("http://ocsp.example.com/"), ica.authorityInformationAccess().orElseThrow().ocspUris());
        assertEquals(List.of("http://ca.example.com/root.cer"), ica.authorityInformationAccess().orElseThrow().caIssuersUris());
        assertEquals(List.of("http://crl.example.com/root.crl"), ica.crlDistributionPoints().orElseThrow().uris());
        assertEquals(new PolicyConstraints(Optional.of(0), Optional.of(1)), ica.policyConstraints().orElseThrow());
        assertEquals(new InhibitAnyPolicy(2), ica.inhibitAnyPolicy().orElseThrow());
        assertEquals(List.of(new PolicyMappings.PolicyMapping(ObjectIdentifier.of("1.3.6.1.4.1.99999.1"),
                ObjectIdentifier.of("1.3.6.1.4.1.99999.2"))), ica.policyMappings().orElseThrow().mappings());
        assertEquals(List.of(new GeneralName.UniformResourceIdentifier("http://ca.example.com/")),
                ica.issuerAlternativeName().orElseThrow().names());
    }

    @Test
    void readsTheIntermediatesPolicies() throws X509Exception {
        CertificatePolicies policies = extensions("ica.pem").certificatePolicies().orElseThrow();
        assertEquals(List.of(ObjectIdentifier.of("2.23.140.1.2.1"), ObjectIdentifier.of("1.3.6.1.4.1.99999.1")),
                policies.policyIdentifiers());
        List<CertificatePolicies.PolicyQualifierInfo> qualifiers = policies.policies().get(1).policyQualifiers();
        assertEquals(Optional.of("http://cps.example.com/"), qualifiers.get(0).cpsUri());
        assertEquals(Oids.QT_UNOTICE, qualifiers.get(1).policyQualifierId());
        assertEquals(Optional.empty(), qualifiers.get(1).cpsUri());
    }

    @Test
    void readsTheIntermediatesNameConstraints() throws X509Exception {
        NameConstraints constraints = extensions("ica.pem").nameConstraints().orElseThrow();
        List<NameConstraints.GeneralSubtree> permitted = constraints.permittedSubtrees().orElseThrow();
        assertEquals(new GeneralName.DnsName("example.com"), permitted.get(0).base());
        assertEquals(new GeneralName.IpAddress(Bytes.fromHex("0a000000ff000000")), permitted.get(1).base());
        assertEquals(new GeneralName.IpAddress(Bytes.fromHex("20010db8000000000000000000000000ffffffff000000000000000000000000")),
                permitted.get(2).base());
        assertEquals(new GeneralName.Rfc822Name(".example.com"), permitted.get(3).base());
        assertEquals("O=Parley Test", ((GeneralName.DirectoryName) permitted.get(4).base()).name().toString());
        assertEquals(List.of(new NameConstraints.GeneralSubtree(new GeneralName.DnsName("forbidden.example.com"), 0,
                Optional.empty())), constraints.excludedSubtrees().orElseThrow());
    }

    @Test
    void linksTheIntermediatesKeyIdentifiersToTheRoot() throws X509Exception {
        Certificate root = Certificate.parse(TestData.pemBody("root.pem"));
        AuthorityKeyIdentifier aki = extensions("ica.pem").authorityKeyIdentifier().orElseThrow();
        assertEquals(root.extensions().subjectKeyIdentifier().orElseThrow().keyIdentifier(), aki.keyIdentifier().orElseThrow());
        assertEquals(Optional.of(BigInteger.ONE), aki.authorityCertSerialNumber());
        GeneralName.DirectoryName issuer = (GeneralName.DirectoryName) aki.authorityCertIssuer().orElseThrow().get(0);
        assertTrue(issuer.name().matches(root.subject()));
    }

    @Test
    void readsEveryLeafExtension() throws X509Exception {
        Extensions leaf = extensions("leaf.pem");
        assertEquals(new BasicConstraints(false, Optional.empty()), leaf.basicConstraints().orElseThrow());
        assertEquals(Set.of(KeyUsage.Bit.DIGITAL_SIGNATURE, KeyUsage.Bit.KEY_ENCIPHERMENT), leaf.keyUsage().orElseThrow().bits());
        assertTrue(leaf.tlsFeature().orElseThrow().mustStaple());
        assertEquals(Bytes.fromHex("000a00080102030405060708"), leaf.signedCertificateTimestamps().orElseThrow().tlsEncoded());
        assertEquals(List.of("http://crl.example.com/ica.crl"), leaf.crlDistributionPoints().orElseThrow().uris());
        CrlDistributionPoints.DistributionPoint point = leaf.crlDistributionPoints().orElseThrow().distributionPoints().get(0);
        assertTrue(point.reasons().orElseThrow().isSet(1), "keyCompromise");
        assertTrue(point.reasons().orElseThrow().isSet(2), "cACompromise");
        assertEquals("CN=CRL Issuer,O=Parley Test",
                ((GeneralName.DirectoryName) point.crlIssuer().orElseThrow().get(0)).name().toString());
        assertFalse(leaf.isCritical(Oids.SUBJECT_ALT_NAME));
        assertEquals(leaf.all().size(), 11);
    }

    @Test
    void readsEveryFormOfTheLeafsSubjectAltName() throws X509Exception {
        SubjectAlternativeName san = extensions("leaf.pem").subjectAlternativeName().orElseThrow();
        assertEquals(List.of("www.example.com", "*.example.com"), san.dnsNames());
        assertEquals(List.of(Bytes.fromHex("0a010203"), Bytes.fromHex("20010db8000000000000000000000001")), san.ipAddresses());
        assertEquals(List.of("admin@example.com"), san.emailAddresses());
        assertEquals(List.of("https://www.example.com/"), san.uris());
        GeneralName.DirectoryName directory = (GeneralName.DirectoryName) san.names().stream()
                .filter(GeneralName.DirectoryName.class::isInstance).findFirst().orElseThrow();
        assertEquals("CN=Leaf Directory Name,O=Parley Test,C=US", directory.name().toString());
        GeneralName.OtherName other = (GeneralName.OtherName) san.names().stream()
                .filter(GeneralName.OtherName.class::isInstance).findFirst().orElseThrow();
        assertEquals(ObjectIdentifier.of("1.3.6.1.4.1.311.20.2.3"), other.typeId());
        assertEquals(Bytes.fromHex("0c1161646d696e406578616d706c652e636f6d"), other.value().encoded());
    }
}
