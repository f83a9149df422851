package dev.parley.x509.path;

import static dev.parley.x509.path.Chains.assertRejects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.x509.Certificate;
import dev.parley.x509.trust.TrustStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Building the path: unordered pools, alternative issuers with backtracking, loops, bounds and diagnostics. */
class PathBuildingTest {

    private static final List<String> CROSS_POOL = List.of("cross-ica", "new-root-by-old", "new-root-by-other");

    @Test
    void backtracksFromAnExpiredCrossSignatureToAValidOneWhateverTheOrder() throws PathValidationException {
        List<String> pool = new ArrayList<>(CROSS_POOL);
        for (int rotation = 0; rotation < pool.size(); rotation++) {
            Collections.rotate(pool, 1);
            ValidatedPath path = Chains.validate("cross-leaf", pool, List.of("old-root", "other-root"));
            assertEquals(Chains.certs("cross-leaf", "cross-ica", "new-root-by-other", "other-root"), path.certificates());
            Collections.reverse(pool);
            path = Chains.validate("cross-leaf", pool, List.of("old-root", "other-root"));
            assertEquals(Chains.cert("other-root"), path.anchor());
        }
    }

    @Test
    void reportsTheExpiredBranchWhenItIsTheOnlyOne() {
        PathValidationException e = assertRejects(PathFailure.EXPIRED, "new-root-by-old",
                () -> Chains.validate("cross-leaf", List.of("cross-ica", "new-root-by-old"), List.of("old-root")));
        assertTrue(e.getMessage().contains("CN=Parley New Root"), e.getMessage());
    }

    @Test
    void prefersTheShortPathToATrustedNewRoot() throws PathValidationException {
        ValidatedPath path = Chains.validate("cross-leaf", CROSS_POOL, List.of("old-root", "other-root", "new-root"));
        assertEquals(Chains.certs("cross-leaf", "cross-ica", "new-root"), path.certificates());
    }

    @Test
    void stopsAtLoopsAndSaysNoTrustedIssuerWasFound() {
        PathValidationException e = assertRejects(PathFailure.UNKNOWN_ISSUER, "loop-b-by-a",
                () -> Chains.validate("loop-leaf", List.of("loop-a-by-b", "loop-b-by-a"), List.of("root")));
        assertEquals(SuggestedAlert.UNKNOWN_CA, e.suggestedAlert());
    }

    @Test
    void aMissingIntermediateIsExplained() {
        PathValidationException e = assertRejects(PathFailure.UNKNOWN_ISSUER, "leaf",
                () -> Chains.validate("leaf", List.of(), List.of("root")));
        assertTrue(e.getMessage().contains("CN=www.example.com") && e.getMessage().contains("Parley Path Intermediate")
                && e.getMessage().contains("may not have sent its intermediate certificate"), e.getMessage());
    }

    @Test
    void aSelfSignedRootOutsideTheTrustStoreIsNamed() {
        assertRejects(PathFailure.UNTRUSTED_ROOT, "root", () -> Chains.validate("leaf", List.of("ica", "root"), List.of("rsa-root")));
    }

    @Test
    void aLeafInTheTrustStoreIsNotAnAnchorAndTheFailureSaysSo() {
        TrustStore store = TrustStore.of(Chains.certs("leaf"));
        assertEquals(List.of(), store.anchors());
        PathValidationException e = assertRejects(PathFailure.UNKNOWN_ISSUER, "leaf",
                () -> Chains.VALIDATOR.validate(Chains.cert("leaf"), List.of(), store, Chains.at().build()));
        assertTrue(e.getMessage().contains("pin its fingerprint"), e.getMessage());
    }

    @Test
    void ignoresDecoysDuplicatesAndTheLeafInThePool() throws PathValidationException {
        List<Certificate> pool = Chains.certs("ica-nc", "leaf", "ica", "ica", "cross-ica", "loop-a-by-b", "root");
        ValidatedPath path = Chains.VALIDATOR.validate(Chains.cert("leaf"), pool, Chains.trust("root"), Chains.at().build());
        assertEquals(Chains.certs("leaf", "ica", "root"), path.certificates());
    }

    @Test
    void validatesAChainInTlsOrder() throws PathValidationException {
        ValidatedPath path = Chains.VALIDATOR.validate(Chains.certs("leaf", "ica"), Chains.trust("root"), Chains.at().build());
        assertEquals(3, path.certificates().size());
    }

    @Test
    void theSignatureBudgetStopsTheSearch() {
        // The cross chain needs three verifications; with two the search must give up, not fail otherwise.
        PathValidationException e = assertRejects(PathFailure.SIGNATURE_CHECK_LIMIT_EXCEEDED, "new-root-by-other",
                () -> Chains.validate("cross-leaf", CROSS_POOL, List.of("other-root"), Chains.at().maxSignatureChecks(2).build()));
        assertEquals(SuggestedAlert.BAD_CERTIFICATE, e.suggestedAlert());
    }

    @Test
    void aBadSignatureIsFound() throws Exception {
        byte[] der = Chains.cert("leaf").encoded().toByteArray();
        der[der.length - 5] ^= 0x01;
        Certificate tampered = Certificate.parse(der);
        PathValidationException e = assertThrows(PathValidationException.class,
                () -> Chains.VALIDATOR.validate(tampered, Chains.certs("ica"), Chains.trust("root"), Chains.at().build()));
        assertEquals(PathFailure.BAD_SIGNATURE, e.reason(), e.getMessage());
        assertEquals(tampered, e.certificate());
        assertTrue(e.getMessage().contains("does not verify with the key of CN=Parley Path Intermediate"), e.getMessage());
    }
}
