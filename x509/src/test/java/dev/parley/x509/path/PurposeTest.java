package dev.parley.x509.path;

import static dev.parley.x509.path.Chains.assertRejects;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.x509.ext.KeyUsage;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The leaf must be fit for the purpose, and a CA's extKeyUsage limits the leaves below it. */
class PurposeTest {

    @Test
    void rejectsAClientCertificateForAServer() {
        PathValidationException e = assertRejects(PathFailure.EXTENDED_KEY_USAGE_NOT_ALLOWED, "leaf-client",
                () -> Chains.validate("leaf-client", List.of("ica"), List.of("root")));
        assertEquals(SuggestedAlert.UNSUPPORTED_CERTIFICATE, e.suggestedAlert());
    }

    @Test
    void acceptsAClientCertificateForAClient() throws PathValidationException {
        Chains.validate("leaf-client", List.of("ica"), List.of("root"), Chains.at().purpose(Purpose.CLIENT_AUTH).build());
    }

    @Test
    void anIntermediatesExtKeyUsageLimitsTheLeaf() throws PathValidationException {
        assertRejects(PathFailure.EXTENDED_KEY_USAGE_NOT_ALLOWED, "ica-client-only",
                () -> Chains.validate("leaf-under-client-ica", List.of("ica-client-only"), List.of("root")));
        Chains.validate("leaf-under-client-ica", List.of("ica-client-only"), List.of("root"),
                Chains.at().purpose(Purpose.CLIENT_AUTH).build());
    }

    @Test
    void aTlsPeersKeyMustBeAllowedToSign() {
        assertRejects(PathFailure.KEY_USAGE_NOT_ALLOWED, "leaf-keyencipherment",
                () -> Chains.validate("leaf-keyencipherment", List.of("ica"), List.of("root")));
    }

    @Test
    void requiredKeyUsagesMustBeAllowed() throws PathValidationException {
        Chains.validate("leaf", List.of("ica"), List.of("root"),
                Chains.at().requiredKeyUsage(Set.of(KeyUsage.Bit.DIGITAL_SIGNATURE)).build());
        assertRejects(PathFailure.KEY_USAGE_NOT_ALLOWED, "leaf", () -> Chains.validate("leaf", List.of("ica"),
                List.of("root"), Chains.at().requiredKeyUsage(Set.of(KeyUsage.Bit.KEY_AGREEMENT)).build()));
    }

    @Test
    void aCaCannotBeTheEndEntity() {
        assertRejects(PathFailure.END_ENTITY_IS_CA, "ica", () -> Chains.validate("ica", List.of(), List.of("root")));
    }

    @Test
    void thePedanticProfileWantsExtKeyUsageInTheLeafAndNoneInTheRoot() throws PathValidationException {
        // The main chain follows the CA/Browser Forum profile, so the pedantic profile accepts it.
        Chains.validate("leaf", List.of("ica"), List.of("root"), Chains.at().pedanticWebPki(true).build());
    }
}
