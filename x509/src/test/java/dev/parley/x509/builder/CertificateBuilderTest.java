package dev.parley.x509.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.KeyType;
import dev.parley.crypto.SignatureAlgorithm;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.x509.Certificate;
import dev.parley.x509.CertificateVersion;
import dev.parley.x509.Oids;
import dev.parley.x509.X509Exception;
import dev.parley.x509.ext.BasicConstraints;
import dev.parley.x509.ext.Extension;
import dev.parley.x509.ext.Extensions;
import dev.parley.x509.ext.KeyUsage;
import dev.parley.x509.key.CertifiedKey;
import dev.parley.x509.key.EncryptedPrivateKeyInfo;
import dev.parley.x509.key.IterationBudget;
import dev.parley.x509.key.PasswordCallback;
import dev.parley.x509.key.PrivateKeys;
import dev.parley.x509.name.GeneralName;
import dev.parley.x509.pem.KeyFile;
import dev.parley.x509.testing.TestData;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the builder writes, read back through Parley's own parser. */
class CertificateBuilderTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T12:00:00.5Z"), ZoneOffset.UTC);

    private final CryptoProvider crypto = new BouncyCastleCryptoProvider();

    @Test
    void makesAChainWithTheDefaultsOfEachKind() {
        CertifiedKey ca = CertificateBuilder.ca("CN=Parley Test CA,O=Parley,C=US").clock(CLOCK).selfSigned(crypto);
        CertifiedKey intermediate = CertificateBuilder.intermediate("CN=Parley Test Intermediate").clock(CLOCK).signedBy(ca, crypto);
        CertifiedKey leaf = CertificateBuilder.leaf("CN=localhost").clock(CLOCK).dnsNames("localhost")
                .ipAddresses("127.0.0.1", "::1").signedBy(intermediate, crypto);

        Certificate root = ca.certificate();
        assertEquals(CertificateVersion.V3, root.version());
        assertTrue(root.isSelfIssued());
        assertEquals(new BasicConstraints(true, Optional.empty()), root.extensions().basicConstraints().orElseThrow());
        assertEquals(EnumSet.of(KeyUsage.Bit.DIGITAL_SIGNATURE, KeyUsage.Bit.KEY_CERT_SIGN, KeyUsage.Bit.CRL_SIGN),
                root.extensions().keyUsage().orElseThrow().bits());
        assertTrue(root.extensions().isCritical(Oids.BASIC_CONSTRAINTS) && root.extensions().isCritical(Oids.KEY_USAGE));
        assertTrue(root.extensions().authorityKeyIdentifier().isEmpty());
        assertEquals(Instant.parse("2026-03-01T11:00:00Z"), root.validity().notBefore());
        assertEquals(Instant.parse("2026-03-01T12:00:00Z").plus(Duration.ofDays(3650)), root.validity().notAfter());

        Certificate middle = intermediate.certificate();
        assertEquals(root.subject(), middle.issuer());
        assertEquals(new BasicConstraints(true, Optional.of(0)), middle.extensions().basicConstraints().orElseThrow());
        assertEquals(root.extensions().subjectKeyIdentifier().orElseThrow().keyIdentifier(),
                middle.extensions().authorityKeyIdentifier().orElseThrow().keyIdentifier().orElseThrow());

        Certificate end = leaf.certificate();
        assertEquals(new BasicConstraints(false, Optional.empty()), end.extensions().basicConstraints().orElseThrow());
        assertEquals(EnumSet.of(KeyUsage.Bit.DIGITAL_SIGNATURE), end.extensions().keyUsage().orElseThrow().bits());
        assertEquals(List.of(Oids.KP_SERVER_AUTH, Oids.KP_CLIENT_AUTH), end.extensions().extendedKeyUsage().orElseThrow().purposes());
        assertEquals(List.of("localhost"), end.extensions().subjectAlternativeName().orElseThrow().dnsNames());
        assertEquals(List.of(Bytes.fromHex("7f000001"), Bytes.fromHex("00000000000000000000000000000001")),
                end.extensions().subjectAlternativeName().orElseThrow().ipAddresses());
        assertEquals(Instant.parse("2026-03-01T12:00:00Z").plus(Duration.ofDays(365)), end.validity().notAfter());
        assertEquals(List.of(end, middle, root), leaf.chain());
        assertEquals(SignatureAlgorithm.ECDSA_SHA256, end.supportedSignatureAlgorithm().orElseThrow());
    }

    /** RFC 5280 §4.2.1.2 method (1): the SHA-1 of the subjectPublicKey bits, as OpenSSL computes it. */
    @Test
    void derivesTheSubjectKeyIdentifierFromTheKey() throws X509Exception {
        Certificate openssl = Certificate.parse(TestData.pemBody("ica.pem"));
        CertifiedKey ca = CertificateBuilder.ca("CN=CA").key(PrivateKeys.fromPkcs8(
                TestData.pemBody("ica.key"))).selfSigned(crypto);
        assertEquals(openssl.extensions().subjectKeyIdentifier().orElseThrow(),
                ca.certificate().extensions().subjectKeyIdentifier().orElseThrow());
    }

    @Test
    void signsWithTheAlgorithmThatFitsTheIssuersKey() {
        record Case(KeySpec key, SignatureAlgorithm expected) { }
        for (Case c : List.of(new Case(KeySpec.RSA_2048, SignatureAlgorithm.RSA_PKCS1_SHA256),
                new Case(KeySpec.EC_P384, SignatureAlgorithm.ECDSA_SHA384), new Case(KeySpec.EC_P521, SignatureAlgorithm.ECDSA_SHA512),
                new Case(KeySpec.ED25519, SignatureAlgorithm.ED25519), new Case(KeySpec.ED448, SignatureAlgorithm.ED448))) {
            Certificate certificate = CertificateBuilder.ca("CN=" + c.key()).keySpec(c.key()).selfSigned(crypto).certificate();
            assertEquals(c.expected(), certificate.supportedSignatureAlgorithm().orElseThrow(), c.key().name());
        }
        Certificate pss = CertificateBuilder.ca("CN=PSS").keySpec(KeySpec.RSA_2048)
                .signatureAlgorithm(SignatureAlgorithm.RSA_PSS_SHA256).selfSigned(crypto).certificate();
        assertEquals(SignatureAlgorithm.RSA_PSS_SHA256, pss.supportedSignatureAlgorithm().orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> CertificateBuilder.ca("CN=x").keySpec(KeySpec.EC_P256)
                .signatureAlgorithm(SignatureAlgorithm.RSA_PSS_SHA256).selfSigned(crypto));
    }

    @Test
    void addsKeyEnciphermentForRsaLeaves() {
        CertifiedKey ca = CertificateBuilder.ca("CN=CA").selfSigned(crypto);
        Certificate leaf = CertificateBuilder.leaf("CN=rsa").keySpec(KeySpec.RSA_2048).signedBy(ca, crypto).certificate();
        assertEquals(EnumSet.of(KeyUsage.Bit.DIGITAL_SIGNATURE, KeyUsage.Bit.KEY_ENCIPHERMENT), leaf.extensions().keyUsage().orElseThrow().bits());
        assertEquals(KeyType.RSA, leaf.publicKey().orElseThrow().type());
    }

    @Test
    void writesOptionalExtensions() {
        Certificate leaf = CertificateBuilder.leaf("").emailAddresses("a@example.org").uris("https://example.org/")
                .ocspUrl("http://ocsp.example.org/").caIssuersUrl("http://ca.example.org/ca.der").crlUrl("http://crl.example.org/ca.crl")
                .keyUsage(KeyUsage.Bit.DIGITAL_SIGNATURE, KeyUsage.Bit.DECIPHER_ONLY).extendedKeyUsage(Oids.KP_EMAIL_PROTECTION)
                .selfSigned(crypto).certificate();
        Extensions extensions = leaf.extensions();
        assertTrue(leaf.subject().isEmpty());
        // RFC 5280 §4.2.1.6: with an empty subject the subjectAltName is critical.
        assertTrue(extensions.isCritical(Oids.SUBJECT_ALT_NAME));
        assertEquals(List.of("a@example.org"), extensions.subjectAlternativeName().orElseThrow().emailAddresses());
        assertEquals(List.of("https://example.org/"), extensions.subjectAlternativeName().orElseThrow().uris());
        assertEquals(EnumSet.of(KeyUsage.Bit.DIGITAL_SIGNATURE, KeyUsage.Bit.DECIPHER_ONLY), extensions.keyUsage().orElseThrow().bits());
        assertEquals(List.of(Oids.KP_EMAIL_PROTECTION), extensions.extendedKeyUsage().orElseThrow().purposes());
        assertEquals(2, extensions.authorityInformationAccess().orElseThrow().accessDescriptions().size());
        assertEquals(List.of(new GeneralName.UniformResourceIdentifier("http://crl.example.org/ca.crl")),
                extensions.crlDistributionPoints().orElseThrow().distributionPoints().get(0).fullName().orElseThrow());
    }

    @Test
    void makesRandomPositiveSerialsAndKeepsGivenOnes() {
        CertificateBuilder builder = CertificateBuilder.ca("CN=serials");
        BigInteger first = builder.selfSigned(crypto).certificate().serialNumber();
        BigInteger second = builder.selfSigned(crypto).certificate().serialNumber();
        assertNotEquals(first, second);
        assertTrue(first.signum() > 0 && first.bitLength() <= 127);
        assertEquals(BigInteger.valueOf(4711), builder.serialNumber(BigInteger.valueOf(4711)).selfSigned(crypto).certificate().serialNumber());
        assertThrows(IllegalArgumentException.class, () -> builder.serialNumber(BigInteger.ZERO));
        assertThrows(IllegalArgumentException.class, () -> builder.serialNumber(BigInteger.ONE.shiftLeft(160)));
    }

    @Test
    void leavesTheBuilderItStartedFromUnchanged() {
        CertificateBuilder base = CertificateBuilder.leaf("CN=base");
        CertificateBuilder withName = base.dnsNames("a.example");
        assertTrue(base.selfSigned(crypto).certificate().extensions().subjectAlternativeName().isEmpty());
        assertEquals(List.of("a.example"), withName.selfSigned(crypto).certificate().extensions().subjectAlternativeName().orElseThrow().dnsNames());
    }

    @Test
    void refusesRequestsThatMakeNoSense() {
        CertifiedKey leaf = CertificateBuilder.leaf("CN=leaf").selfSigned(crypto);
        assertThrows(IllegalArgumentException.class, () -> CertificateBuilder.leaf("CN=x").signedBy(leaf, crypto));
        assertThrows(IllegalArgumentException.class, () -> CertificateBuilder.leaf("").selfSigned(crypto));
        assertThrows(IllegalArgumentException.class, () -> CertificateBuilder.leaf("CN=x").pathLength(1));
        for (String notALiteral : new String[] {"example.org", "1.2.3.256", "1.2.3", "g:1", "fe80::1%eth0", "[::1]"}) {
            assertThrows(IllegalArgumentException.class, () -> CertificateBuilder.leaf("CN=x").ipAddresses(notALiteral), notALiteral);
        }
        assertThrows(IllegalArgumentException.class, () -> CertificateBuilder.leaf("CN=x").dnsNames("bücher.example"));
        assertThrows(IllegalArgumentException.class, () -> CertificateBuilder.leaf("CN=x")
                .validity(Instant.parse("2026-01-02T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z")));
        assertThrows(IllegalArgumentException.class, () -> CertificateBuilder.leaf("CN=x").extension(
                new Extension(Oids.KEY_USAGE, true, Bytes.fromHex("03020780"))).selfSigned(crypto));
    }

    @Test
    void writesKeysThatReadBackPlainAndEncrypted() throws X509Exception {
        CertifiedKey leaf = CertificateBuilder.leaf("CN=files").dnsNames("files.example").selfSigned(crypto);
        String text = PemFiles.certificates(leaf.chain()) + PemFiles.privateKey(leaf.privateKey());
        KeyFile plain = KeyFile.read(text.getBytes(StandardCharsets.US_ASCII));
        assertEquals(leaf.certificate(), plain.certifiedKey(crypto).certificate());
        String encrypted = PemFiles.certificates(leaf.chain())
                + PemFiles.encryptedPrivateKey(leaf.privateKey(), "secret".toCharArray(), crypto, 1000);
        KeyFile decrypted = KeyFile.read(encrypted.getBytes(StandardCharsets.US_ASCII),
                PasswordCallback.of("secret".toCharArray()), "test", crypto);
        assertEquals(leaf.certificate(), decrypted.certifiedKey(crypto).certificate());
        assertFalse(encrypted.contains("BEGIN PRIVATE KEY"));
        assertTrue(IterationBudget.DEFAULT_LIMIT > EncryptedPrivateKeyInfo.DEFAULT_ITERATIONS);
    }
}
