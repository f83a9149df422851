package dev.parley.x509.path;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.x509.Certificate;
import dev.parley.x509.trust.TrustStore;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Arbitrary bags of valid certificates never make validation fail with anything but its checked
 * exception, and never make it verify more signatures than its budget allows.
 */
class PathValidationProperties {

    /** Every test certificate: roots, intermediates, cross-signatures, loops and leaves. */
    static final List<String> ALL = List.of("root", "ica", "leaf", "leaf-expired", "leaf-not-yet-valid", "leaf-client",
            "leaf-keyencipherment", "leaf-sha1", "leaf-rsa1024", "leaf-signed-by-leaf", "ica-client-only",
            "leaf-under-client-ica", "ica-no-certsign", "leaf-under-no-certsign", "ica-unknown-critical",
            "leaf-under-unknown-critical", "ica-pathlen0", "leaf-under-pathlen0", "ica-below-pathlen0", "leaf-deep",
            "ica-nc", "leaf-nc-ok", "leaf-nc-outside", "leaf-nc-excluded", "old-root", "other-root", "new-root",
            "new-root-by-old", "new-root-by-other", "cross-ica", "cross-leaf", "loop-a", "loop-b", "loop-a-by-b",
            "loop-b-by-a", "loop-leaf", "rsa-root", "rsa-leaf", "leaf-revoked");

    @Provide
    Arbitrary<List<Certificate>> bags() {
        return Arbitraries.of(ALL).map(Chains::cert).list().ofMaxSize(24);
    }

    @Provide
    Arbitrary<Certificate> certificates() {
        return Arbitraries.of(ALL).map(Chains::cert);
    }

    @Property(tries = 300)
    void validationEndsInAPathOrItsCheckedException(@ForAll("certificates") Certificate leaf,
                                                    @ForAll("bags") List<Certificate> pool,
                                                    @ForAll("bags") List<Certificate> trusted,
                                                    @ForAll @IntRange(min = 1, max = 64) int budget,
                                                    @ForAll @IntRange(min = 0, max = 8) int depth) {
        CountingCryptoProvider crypto = new CountingCryptoProvider(Chains.CRYPTO);
        ValidationParameters parameters = Chains.at().maxSignatureChecks(budget).maxChainDepth(depth).build();
        try {
            ValidatedPath path = new PathValidator(crypto).validate(leaf, pool, TrustStore.of(trusted), parameters);
            assertTrue(trusted.contains(path.anchor()), "the path ends in a trusted certificate");
            assertTrue(path.certificates().subList(1, path.certificates().size() - 1).stream().allMatch(pool::contains),
                    "intermediates come from the pool");
        } catch (PathValidationException expected) {
            // the only way validation may fail
        }
        assertTrue(crypto.verifications() <= budget,
                crypto.verifications() + " signature verifications for a budget of " + budget);
    }
}
