package dev.parley.x509.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parley.x509.Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A validator remembers the signatures it verified ({@link VerifiedSignatures}): validating a
 * chain again verifies nothing, and only the exact same links are spared.
 */
class RememberedSignaturesTest {

    @Test
    void aChainValidatedBeforeNeedsNoSignatureVerification() throws PathValidationException {
        PathValidator validator = new PathValidator(Chains.CRYPTO);
        List<Certificate> chain = Chains.certs("leaf", "ica");
        // leaf <- ica <- root takes two verifications the first time ...
        assertRejects(() -> validator.validate(chain, Chains.trust("root"), Chains.at().maxSignatureChecks(1).build()));
        validator.validate(chain, Chains.trust("root"), Chains.at().build());
        // ... and none once both were verified.
        ValidatedPath again = validator.validate(chain, Chains.trust("root"), Chains.at().maxSignatureChecks(1).build());
        assertEquals(3, again.certificates().size());
    }

    @Test
    void anotherValidatorRemembersNothing() throws PathValidationException {
        List<Certificate> chain = Chains.certs("leaf", "ica");
        new PathValidator(Chains.CRYPTO).validate(chain, Chains.trust("root"), Chains.at().build());
        assertRejects(() -> new PathValidator(Chains.CRYPTO).validate(chain, Chains.trust("root"),
                Chains.at().maxSignatureChecks(1).build()));
    }

    @Test
    void aTamperedCertificateIsVerifiedAfterItsOriginal() throws Exception {
        PathValidator validator = new PathValidator(Chains.CRYPTO);
        validator.validate(Chains.certs("leaf", "ica"), Chains.trust("root"), Chains.at().build());
        byte[] der = Chains.cert("leaf").encoded().toByteArray();
        der[der.length - 5] ^= 0x01;
        Certificate tampered = Certificate.parse(der);
        PathValidationException e = assertThrows(PathValidationException.class,
                () -> validator.validate(tampered, Chains.certs("ica"), Chains.trust("root"), Chains.at().build()));
        assertEquals(PathFailure.BAD_SIGNATURE, e.reason(), e.getMessage());
    }

    private static void assertRejects(org.junit.jupiter.api.function.Executable validation) {
        PathValidationException e = assertThrows(PathValidationException.class, validation);
        assertEquals(PathFailure.SIGNATURE_CHECK_LIMIT_EXCEEDED, e.reason(), e.getMessage());
    }
}
