package dev.parley.x509.crl;

import static dev.parley.x509.testing.Failures.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.Hash;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.SignatureAlgorithm;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.x509.Oids;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import dev.parley.x509.algorithm.AlgorithmIdentifier;
import dev.parley.x509.ext.Extension;
import dev.parley.x509.name.GeneralName;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** CRL parsing (RFC 5280 §5.1), against OpenSSL's reading of its own CRL and hand-made encodings. */
class CertificateListTest {

    private static byte[] resource(String name) {
        try (InputStream in = CertificateListTest.class.getResourceAsStream("/dev/parley/x509/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> facts() {
        Map<String, String> facts = new LinkedHashMap<>();
        for (String line : new String(resource("path/crl-facts.txt"), StandardCharsets.US_ASCII).split("\n")) {
            facts.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
        }
        return facts;
    }

    /** OpenSSL's {@code Nov  3 14:54:38 2126 GMT}. */
    private static Instant opensslTime(String text) {
        return LocalDateTime.parse(text.replaceAll(" +", " ").replace(" GMT", ""),
                DateTimeFormatter.ofPattern("MMM d HH:mm:ss yyyy", Locale.ROOT)).toInstant(ZoneOffset.UTC);
    }

    @Test
    void readsOpenSslsCrlAsOpenSslDoes() throws X509Exception {
        Map<String, String> facts = facts();
        CertificateList crl = CertificateList.readAll(resource("path/ica.crl")).get(0);
        assertEquals(facts.get("issuer"), crl.issuer().toString());
        assertEquals(opensslTime(facts.get("lastUpdate")), crl.thisUpdate());
        assertEquals(Optional.of(opensslTime(facts.get("nextUpdate"))), crl.nextUpdate());
        assertEquals(Optional.of(new BigInteger(facts.get("crlNumber").substring(2), 16)), crl.crlNumber());
        assertEquals(2, crl.version());
        assertEquals(Optional.of(SignatureAlgorithm.ECDSA_SHA256), crl.supportedSignatureAlgorithm());
        BigInteger serial = new BigInteger(facts.get("revoked-serial"), 16);
        assertEquals(facts.get("leaf-revoked-serial"), facts.get("revoked-serial"));
        RevokedCertificate entry = crl.revocationOf(serial).orElseThrow();
        assertEquals(opensslTime(facts.get("revocation-date")), entry.revocationDate());
        assertEquals("Key Compromise", facts.get("reason"));
        assertEquals(Optional.of(CrlReason.KEY_COMPROMISE), entry.reason());
        assertEquals(1, crl.revokedCertificates().size());
        assertFalse(crl.revocationOf(serial.add(BigInteger.ONE)).isPresent());
        assertEquals(List.of(), crl.unrecognizedCritical());
        assertFalse(crl.isDelta());
        Hash sha256 = new BouncyCastleCryptoProvider().hash(HashAlgorithm.SHA256);
        sha256.update(crl.encoded().toByteArray());
        assertEquals(facts.get("der-sha256"), Bytes.wrap(sha256.digest()).toHex(), "the CRL keeps the octets that arrived");
    }

    @Test
    void readsAnOpenSslDerCrlWithoutRevocations() throws X509Exception {
        CertificateList crl = CertificateList.parse(resource("testdata/root-crl.der"));
        assertEquals(crl, CertificateList.readAll(resource("testdata/root.crl")).get(0));
        assertEquals("CN=Parley Test Root,O=Parley Test,C=US", crl.issuer().toString());
        assertEquals(List.of(), crl.revokedCertificates());
        assertEquals(Optional.of(BigInteger.ONE), crl.crlNumber());
    }

    @Test
    void isCurrentFromThisUpdateThroughNextUpdate() throws X509Exception {
        CertificateList crl = CertificateList.parse(new CrlEncoder().encode());
        assertTrue(crl.isCurrentAt(Instant.parse("2030-01-01T00:00:00Z")));
        assertTrue(crl.isCurrentAt(Instant.parse("2030-02-01T00:00:00.999Z")));
        assertFalse(crl.isCurrentAt(Instant.parse("2029-12-31T23:59:59Z")));
        assertFalse(crl.isCurrentAt(Instant.parse("2030-02-01T00:00:01Z")));
        CertificateList open = CertificateList.parse(new CrlEncoder().nextUpdate(Optional.empty()).encode());
        assertFalse(open.isCurrentAt(Instant.parse("2030-01-02T00:00:00Z")), "without nextUpdate a CRL is never current");
    }

    @Test
    void readsEntriesWithReasons() throws X509Exception {
        CertificateList crl = CertificateList.parse(new CrlEncoder().revoke(7, CrlEncoder.reasonCode(1)).revoke(9).encode());
        assertEquals(Optional.of(CrlReason.KEY_COMPROMISE), crl.revocationOf(BigInteger.valueOf(7)).orElseThrow().reason());
        assertEquals(Optional.empty(), crl.revocationOf(BigInteger.valueOf(9)).orElseThrow().reason());
    }

    @Test
    void refusesMalformedCrls() {
        assertFails(X509Failure.UNSUPPORTED_VERSION, () -> CertificateList.parse(new CrlEncoder().version(Optional.of(0)).encode()));
        assertFails(X509Failure.FIELD_NOT_ALLOWED_IN_VERSION,
                () -> CertificateList.parse(new CrlEncoder().version(Optional.empty()).encode()));
        assertFails(X509Failure.SIGNATURE_ALGORITHM_MISMATCH, () -> CertificateList.parse(new CrlEncoder()
                .algorithms(AlgorithmIdentifier.of(Oids.ECDSA_WITH_SHA256), AlgorithmIdentifier.of(Oids.ECDSA_WITH_SHA384)).encode()));
        assertFails(X509Failure.DUPLICATE_EXTENSION, () -> CertificateList.parse(new CrlEncoder()
                .extensions(Optional.of(List.of(CrlEncoder.crlNumber(1, false), CrlEncoder.crlNumber(2, false)))).encode()));
        assertFails(X509Failure.EMPTY_SEQUENCE,
                () -> CertificateList.parse(new CrlEncoder().extensions(Optional.of(List.of())).encode()));
        assertFails(X509Failure.INTEGER_OUT_OF_RANGE, () -> CertificateList.parse(new CrlEncoder().revoke(1, CrlEncoder.reasonCode(7)).encode()));
        byte[] good = new CrlEncoder().encode();
        assertFails(X509Failure.TRUNCATED, () -> CertificateList.parse(java.util.Arrays.copyOf(good, good.length - 1)));
    }

    @Test
    void listsCriticalExtensionsItDoesNotProcessAndRecognisesDeltaCrls() throws X509Exception {
        Extension unknown = new Extension(dev.parley.x509.der.ObjectIdentifier.of("1.3.6.1.4.1.99999.8"), true,
                Bytes.of((byte) 0x05, (byte) 0x00));
        Extension delta = new Extension(CrlOids.DELTA_CRL_INDICATOR, true, CrlEncoder.crlNumber(1, false).value());
        CertificateList crl = CertificateList.parse(new CrlEncoder()
                .extensions(Optional.of(List.of(CrlEncoder.crlNumber(3, true), unknown, delta))).encode());
        assertEquals(List.of(unknown, delta), crl.unrecognizedCritical(), "Parley does not process delta CRLs");
        assertTrue(crl.isDelta());
        assertTrue(crl.isCrlNumberCritical());
    }

    @Test
    void readsAnIssuingDistributionPointAsOpenSslWroteIt() throws X509Exception {
        // openssl ca -gencrl with issuingDistributionPoint = critical, fullname URI, onlyuser, onlysomereasons.
        CertificateList crl = CertificateList.parse(resource(
                "crl/CertificateListFuzzTestInputs/parsesOrRejectsCleanly/issuing-distribution-point"));
        IssuingDistributionPoint idp = crl.issuingDistributionPoint().orElseThrow();
        assertEquals(Optional.of(List.of(new GeneralName.UniformResourceIdentifier("http://crl.example.com/ica.crl"))),
                idp.fullName());
        assertTrue(idp.onlyContainsUserCerts());
        assertFalse(idp.onlyContainsCaCerts() || idp.indirectCrl() || idp.onlyContainsAttributeCerts() || idp.relativeName());
        // ReasonFlags: keyCompromise is bit 1, cACompromise bit 2 (RFC 5280 §4.2.1.13).
        assertTrue(idp.onlySomeReasons().orElseThrow().isSet(1) && idp.onlySomeReasons().orElseThrow().isSet(2));
        assertEquals(Optional.of(BigInteger.valueOf(5)), crl.crlNumber());
        assertEquals(List.of(), crl.unrecognizedCritical(), "the issuing distribution point is processed");
    }
}
