package dev.parley.x509.path;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.x509.Certificate;
import dev.parley.x509.X509Exception;
import dev.parley.x509.trust.TrustStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Jazzer target for the validator over fuzzed chains: the first two octets choose which test
 * certificates form the pool and the trust store, the rest is the leaf's DER. Whatever parses
 * must validate or fail with PathValidationException. Seeds are test leaves.
 */
class PathValidatorFuzzTest {

    private static final List<String> CAS = List.of("root", "ica", "ica-nc", "ica-pathlen0", "ica-below-pathlen0",
            "new-root", "new-root-by-old", "new-root-by-other", "other-root", "cross-ica", "loop-a-by-b", "loop-b-by-a",
            "rsa-root", "ica-client-only", "old-root", "ica-unknown-critical");

    @FuzzTest
    void validatesOrRejectsCleanly(byte[] input) {
        if (input.length < 2) {
            return;
        }
        Certificate leaf;
        try {
            leaf = Certificate.parse(Arrays.copyOfRange(input, 2, input.length));
        } catch (X509Exception notACertificate) {
            return;
        }
        List<Certificate> pool = new ArrayList<>();
        List<Certificate> trusted = new ArrayList<>();
        for (int i = 0; i < CAS.size(); i++) {
            int bit = 1 << (i % 8);
            if ((input[i < 8 ? 0 : 1] & bit) != 0) {
                pool.add(Chains.cert(CAS.get(i)));
            } else if (i % 3 == 0) {
                trusted.add(Chains.cert(CAS.get(i)));
            }
        }
        try {
            Chains.VALIDATOR.validate(leaf, pool, TrustStore.of(trusted), Chains.at().build());
        } catch (PathValidationException expected) {
            // the only way validation may fail
        }
    }
}
