package dev.parley.x509.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.x509.Certificate;
import dev.parley.x509.X509Exception;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The certificate adapter, on the openssl-made certificates of {@code certs/}: the identity it reads
 * equals what {@code openssl x509 -subject -ext subjectAltName} shows (copied by hand into
 * {@link CertificateExpectationsTest#IDENTITIES}), the verdicts of {@code expectations.txt} hold on
 * the parsed certificates, and every fingerprint openssl computed matches the parsed certificate.
 */
class CertificateIdentityTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.parley.x509.identity.CertificateExpectationsTest#expectations")
    void verdictOnTheParsedCertificateIsTheExpectedOne(CertificateExpectationsTest.Expectation row)
            throws IOException, X509Exception {
        Certificate certificate = Certificate.parse(TestCertificates.der(row.file()));
        assertEquals(CertificateExpectationsTest.IDENTITIES.get(row.file()), CertificateIdentity.of(certificate),
                "the adapter reads what openssl shows");
        HostnameCheck check = HostnameVerifier.explain(certificate, row.reference(), row.toScheme(),
                PublicSuffixList.builtIn());
        assertEquals(row.expected(), check.matched(), check::describe);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.parley.x509.identity.TestCertificates#knownFingerprints")
    void opensslFingerprintMatchesTheParsedCertificate(TestCertificates.KnownFingerprint known) throws Exception {
        Certificate certificate = Certificate.parse(TestCertificates.der(known.file()));
        assertTrue(Fingerprint.parse(known.text()).matches(certificate, new BouncyCastleCryptoProvider()),
                known.text());
    }
}
