package dev.parley.x509.path;

import static dev.parley.x509.path.Chains.assertRejects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What makes a certificate fit to issue others (RFC 5280 §4.2.1.3, §4.2.1.9, §6.1.4). */
class IssuerRulesTest {

    @Test
    void rejectsAnIssuerThatIsNotACa() {
        PathValidationException e = assertRejects(PathFailure.NOT_A_CA, "leaf",
                () -> Chains.validate("leaf-signed-by-leaf", List.of("ica", "leaf"), List.of("root")));
        assertEquals(SuggestedAlert.BAD_CERTIFICATE, e.suggestedAlert());
        assertTrue(e.getMessage().contains("cA is FALSE"), e.getMessage());
    }

    @Test
    void rejectsAnIssuerWithoutKeyCertSign() {
        assertRejects(PathFailure.KEY_USAGE_NOT_ALLOWED, "ica-no-certsign",
                () -> Chains.validate("leaf-under-no-certsign", List.of("ica-no-certsign"), List.of("root")));
    }

    @Test
    void rejectsAnIssuerWithAnUnknownCriticalExtension() {
        PathValidationException e = assertRejects(PathFailure.UNSUPPORTED_CRITICAL_EXTENSION, "ica-unknown-critical",
                () -> Chains.validate("leaf-under-unknown-critical", List.of("ica-unknown-critical"), List.of("root")));
        assertEquals(SuggestedAlert.UNSUPPORTED_CERTIFICATE, e.suggestedAlert());
        assertTrue(e.getMessage().contains("1.3.6.1.4.1.99999.7"), e.getMessage());
    }

    @Test
    void pathLenZeroAllowsALeafBelow() throws PathValidationException {
        Chains.validate("leaf-under-pathlen0", List.of("ica-pathlen0"), List.of("root"));
    }

    @Test
    void pathLenZeroForbidsAnotherCaBelow() {
        PathValidationException e = assertRejects(PathFailure.PATH_LENGTH_EXCEEDED, "ica-pathlen0",
                () -> Chains.validate("leaf-deep", List.of("ica-pathlen0", "ica-below-pathlen0"), List.of("root")));
        assertTrue(e.getMessage().contains("allows 0 intermediate CA(s) below it"), e.getMessage());
    }

    @Test
    void maxChainDepthCountsIntermediates() throws PathValidationException {
        Chains.validate("leaf", List.of("ica"), List.of("root"), Chains.at().maxChainDepth(1).build());
        assertRejects(PathFailure.CHAIN_TOO_LONG, "ica",
                () -> Chains.validate("leaf", List.of("ica"), List.of("root"), Chains.at().maxChainDepth(0).build()));
    }

    @Test
    void anIntermediateInTheTrustStoreAnchorsThePath() throws PathValidationException {
        ValidatedPath path = Chains.validate("leaf", List.of("ica", "root"), List.of("ica"));
        assertEquals(Chains.certs("leaf", "ica"), path.certificates());
    }

    @Test
    void theAnchorIsHeldToTheProfileToo() {
        // A trust anchor with an unknown critical extension anchors nothing.
        assertRejects(PathFailure.UNSUPPORTED_CRITICAL_EXTENSION, "ica-unknown-critical",
                () -> Chains.validate("leaf-under-unknown-critical", List.of(), List.of("ica-unknown-critical")));
    }
}
