package dev.parley.x509.path;

import static dev.parley.x509.path.Chains.assertRejects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.x509.crl.CertificateList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Revocation checking against CRLs (RFC 5280 §6.3), the manual's SSL_check_crl and SSL_crl_file. */
class RevocationTest {

    private static ValidatedPath withCrls(String leaf, CrlCheck scope, String... crls) throws PathValidationException {
        List<CertificateList> lists = java.util.Arrays.stream(crls).map(Chains::crl).toList();
        return Chains.validate(leaf, List.of("ica"), List.of("root"), Chains.at().crls(scope, lists).build());
    }

    @Test
    void rejectsARevokedLeaf() {
        PathValidationException e = assertRejects(PathFailure.REVOKED, "leaf-revoked",
                () -> withCrls("leaf-revoked", CrlCheck.LEAF, "ica"));
        assertEquals(SuggestedAlert.CERTIFICATE_REVOKED, e.suggestedAlert());
        assertTrue(e.getMessage().contains("KEY_COMPROMISE"), e.getMessage());
    }

    @Test
    void acceptsALeafTheCrlDoesNotList() throws PathValidationException {
        withCrls("leaf", CrlCheck.LEAF, "ica");
    }

    @Test
    void withoutCheckingTheRevokedLeafPasses() throws PathValidationException {
        withCrls("leaf-revoked", CrlCheck.NONE, "ica");
    }

    @Test
    void aStaleCrlLeavesTheStatusUnknown() {
        PathValidationException e = assertRejects(PathFailure.REVOCATION_STATUS_UNKNOWN, "leaf",
                () -> withCrls("leaf", CrlCheck.LEAF, "ica-stale"));
        assertEquals(SuggestedAlert.CERTIFICATE_UNKNOWN, e.suggestedAlert());
        assertTrue(e.getMessage().contains("not current"), e.getMessage());
    }

    @Test
    void aMissingCrlLeavesTheStatusUnknown() {
        assertRejects(PathFailure.REVOCATION_STATUS_UNKNOWN, "leaf", () -> withCrls("leaf", CrlCheck.LEAF));
        // The root's CRL does not speak for certificates the intermediate issued.
        assertRejects(PathFailure.REVOCATION_STATUS_UNKNOWN, "leaf", () -> withCrls("leaf", CrlCheck.LEAF, "root"));
    }

    @Test
    void checkingTheChainNeedsTheRootsCrlForTheIntermediate() throws PathValidationException {
        assertRejects(PathFailure.REVOCATION_STATUS_UNKNOWN, "ica", () -> withCrls("leaf", CrlCheck.CHAIN, "ica"));
        withCrls("leaf", CrlCheck.CHAIN, "ica", "root");
    }

    @Test
    void aCrlWithABrokenSignatureIsNotUsed() throws Exception {
        byte[] der = Chains.crl("ica").encoded().toByteArray();
        der[der.length - 3] ^= 0x01;
        CertificateList broken = CertificateList.parse(der);
        PathValidationException e = assertRejects(PathFailure.REVOCATION_STATUS_UNKNOWN, "leaf-revoked",
                () -> Chains.validate("leaf-revoked", List.of("ica"), List.of("root"),
                        Chains.at().crls(CrlCheck.LEAF, List.of(broken)).build()));
        assertTrue(e.getMessage().contains("cannot be relied on"), e.getMessage());
    }
}
