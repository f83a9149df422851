package dev.parley.x509.path;

import static dev.parley.x509.path.Chains.assertRejects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 5280 §4.1.2.5 and §6.1.3 (a)(2): every certificate of the path is valid at the validation time. */
class ValidityTest {

    private static ValidatedPath at(String leaf, String time) throws PathValidationException {
        return Chains.validate(leaf, List.of("ica"), List.of("root"), Chains.at().time(Instant.parse(time)).build());
    }

    @Test
    void acceptsTheMainChainAndReturnsItLeafFirst() throws PathValidationException {
        ValidatedPath path = Chains.validate("leaf", List.of("ica"), List.of("root"));
        assertEquals(Chains.certs("leaf", "ica", "root"), path.certificates());
        assertEquals(Chains.cert("root"), path.anchor());
        assertEquals(Chains.certs("ica"), path.intermediates());
    }

    @Test
    void rejectsAnExpiredLeafWithCertificateExpired() {
        PathValidationException e = assertRejects(PathFailure.EXPIRED, "leaf-expired",
                () -> Chains.validate("leaf-expired", List.of("ica"), List.of("root")));
        assertEquals(SuggestedAlert.CERTIFICATE_EXPIRED, e.suggestedAlert());
        assertTrue(e.getMessage().contains("CN=expired.example.com") && e.getMessage().contains("2021-01-01T00:00:00Z"),
                e.getMessage());
    }

    @Test
    void rejectsALeafNotYetValid() {
        PathValidationException e = assertRejects(PathFailure.NOT_YET_VALID, "leaf-not-yet-valid",
                () -> Chains.validate("leaf-not-yet-valid", List.of("ica"), List.of("root")));
        assertEquals(SuggestedAlert.CERTIFICATE_EXPIRED, e.suggestedAlert());
    }

    @Test
    void notBeforeIsIncluded() throws PathValidationException {
        at("leaf-not-yet-valid", "2100-01-01T00:00:00Z");
        assertRejects(PathFailure.NOT_YET_VALID, "leaf-not-yet-valid", () -> at("leaf-not-yet-valid", "2099-12-31T23:59:59Z"));
    }

    @Test
    void notAfterIsIncludedToTheEndOfItsSecond() throws PathValidationException {
        at("leaf-not-yet-valid", "2101-01-01T00:00:00Z");
        at("leaf-not-yet-valid", "2101-01-01T00:00:00.999Z");
        assertRejects(PathFailure.EXPIRED, "leaf-not-yet-valid", () -> at("leaf-not-yet-valid", "2101-01-01T00:00:01Z"));
    }

    @Test
    void rejectsTheWholeChainBeforeItsTime() {
        // In 2024 no certificate of the chain is valid yet; the leaf is checked first.
        assertRejects(PathFailure.NOT_YET_VALID, "leaf", () -> at("leaf", "2024-06-01T00:00:00Z"));
    }
}
