package dev.parley.x509.path;

import static dev.parley.x509.path.Chains.assertRejects;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * RFC 5280 §4.2.1.10 under {@code ica-nc}: permitted DNS example.com, IP 10.0.0.0/8, email
 * .example.com, directory name C=US,O=Parley Test; excluded DNS forbidden.example.com.
 */
class NameConstraintsTest {

    private static PathValidationException violation(String leaf) {
        return assertRejects(PathFailure.NAME_CONSTRAINTS_VIOLATED, leaf,
                () -> Chains.validate(leaf, List.of("ica-nc"), List.of("root")));
    }

    @Test
    void acceptsNamesInsideEveryPermittedSubtree() throws PathValidationException {
        // DNS www.example.com and *.app.example.com, IP 10.1.2.3, email admin@mail.example.com, subject C=US,O=Parley Test.
        Chains.validate("leaf-nc-ok", List.of("ica-nc"), List.of("root"));
    }

    @Test
    void rejectsADnsNameOutsideThePermittedSubtree() {
        assertTrue(violation("leaf-nc-outside").getMessage().contains("www.example.org"));
    }

    @Test
    void rejectsADnsNameInTheExcludedSubtree() {
        assertTrue(violation("leaf-nc-excluded").getMessage().contains("host.forbidden.example.com"));
    }

    @Test
    void rejectsAnIpAddressOutsideThePermittedRange() {
        violation("leaf-nc-ip-outside");
    }

    @Test
    void rejectsAMailboxOutsideThePermittedDomain() {
        assertTrue(violation("leaf-nc-email-outside").getMessage().contains("admin@example.org"));
    }

    @Test
    void rejectsASubjectOutsideThePermittedDirectoryName() {
        assertTrue(violation("leaf-nc-dn-outside").getMessage().contains("Other Org"));
    }

    @Test
    void constraintsOfAnAnchorApplyToo() {
        assertRejects(PathFailure.NAME_CONSTRAINTS_VIOLATED, "leaf-nc-outside",
                () -> Chains.validate("leaf-nc-outside", List.of(), List.of("ica-nc")));
    }

    @Test
    void aHostileNumberOfComparisonsIsRefused() {
        assertRejects(PathFailure.NAME_CONSTRAINT_CHECK_LIMIT_EXCEEDED, "leaf-nc-ok", () -> Chains.validate("leaf-nc-ok",
                List.of("ica-nc"), List.of("root"), Chains.at().maxNameConstraintChecks(2).build()));
    }
}
