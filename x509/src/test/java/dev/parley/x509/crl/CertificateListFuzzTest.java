package dev.parley.x509.crl;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.x509.X509Exception;
import java.time.Instant;

/**
 * Jazzer target for CRL parsing: any input parses or fails with X509Exception, and a parsed CRL
 * answers every accessor. Seeds are OpenSSL CRLs and hand-made encodings; {@code JAZZER_FUZZ=1}
 * turns the regression run into a fuzzing campaign.
 */
class CertificateListFuzzTest {

    @FuzzTest
    void parsesOrRejectsCleanly(byte[] input) {
        CertificateList crl;
        try {
            crl = CertificateList.parse(input);
        } catch (X509Exception expected) {
            return;
        }
        crl.toString();
        crl.issuer().key();
        crl.isCurrentAt(Instant.EPOCH);
        crl.unrecognizedCritical();
        crl.crlNumber();
        crl.isDelta();
        crl.isCrlNumberCritical();
        crl.issuingDistributionPoint();
        crl.authorityKeyIdentifier();
        crl.revokedCertificates().forEach(entry -> crl.revocationOf(entry.serialNumber()).orElseThrow());
    }
}
