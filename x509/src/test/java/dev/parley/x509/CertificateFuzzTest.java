package dev.parley.x509;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.x509.ext.Extensions;

/**
 * Jazzer target for certificate parsing: any input parses or fails with X509Exception, and a
 * parsed certificate answers every accessor. Seeds are OpenSSL certificates from the testdata.
 */
class CertificateFuzzTest {

    @FuzzTest
    void parsesOrRejectsCleanly(byte[] input) {
        Certificate certificate;
        try {
            certificate = Certificate.parse(input);
        } catch (X509Exception expected) {
            return;
        }
        certificate.toString();
        certificate.subject().key();
        certificate.issuer().toString();
        certificate.isSelfIssued();
        Extensions extensions = certificate.extensions();
        extensions.unrecognizedCritical();
        extensions.subjectAlternativeName().ifPresent(san -> san.dnsNames());
        extensions.nameConstraints().ifPresent(Object::toString);
        extensions.authorityInformationAccess().ifPresent(aia -> aia.ocspUris());
    }
}
