package dev.parley.x509.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parley's verdict on each test chain agrees with OpenSSL's ({@code openssl-verdicts.txt}, made by
 * {@code generate.sh} with {@code openssl verify -x509_strict -purpose sslserver} at the same
 * validation time): the independent expected results for the rules each chain breaks.
 */
class OpenSslVerdictsTest {

    /** The inputs of each verdict line, in the order generate.sh writes them. */
    record Chain(String leaf, List<String> intermediates, List<String> anchors, String crl) {
    }

    private static final List<Chain> CHAINS = List.of(
            new Chain("leaf", List.of("ica"), List.of("root"), null),
            new Chain("leaf-expired", List.of("ica"), List.of("root"), null),
            new Chain("leaf-not-yet-valid", List.of("ica"), List.of("root"), null),
            new Chain("leaf-client", List.of("ica"), List.of("root"), null),
            new Chain("leaf-under-client-ica", List.of("ica-client-only"), List.of("root"), null),
            new Chain("leaf-under-no-certsign", List.of("ica-no-certsign"), List.of("root"), null),
            new Chain("leaf-under-unknown-critical", List.of("ica-unknown-critical"), List.of("root"), null),
            new Chain("leaf-under-pathlen0", List.of("ica-pathlen0"), List.of("root"), null),
            new Chain("leaf-deep", List.of("ica-pathlen0", "ica-below-pathlen0"), List.of("root"), null),
            new Chain("leaf-signed-by-leaf", List.of("ica", "leaf"), List.of("root"), null),
            new Chain("leaf-nc-ok", List.of("ica-nc"), List.of("root"), null),
            new Chain("leaf-nc-outside", List.of("ica-nc"), List.of("root"), null),
            new Chain("leaf-nc-excluded", List.of("ica-nc"), List.of("root"), null),
            new Chain("leaf-nc-ip-outside", List.of("ica-nc"), List.of("root"), null),
            new Chain("leaf-nc-email-outside", List.of("ica-nc"), List.of("root"), null),
            new Chain("leaf-nc-dn-outside", List.of("ica-nc"), List.of("root"), null),
            new Chain("cross-leaf", List.of("cross-ica", "new-root-by-old", "new-root-by-other"), List.of("other-root"), null),
            new Chain("cross-leaf", List.of("cross-ica", "new-root-by-old"), List.of("old-root"), null),
            new Chain("loop-leaf", List.of("loop-a-by-b", "loop-b-by-a"), List.of("root"), null),
            new Chain("rsa-leaf", List.of(), List.of("rsa-root"), null),
            new Chain("leaf-revoked", List.of("ica"), List.of("root"), "ica"),
            new Chain("leaf", List.of("ica"), List.of("root"), "ica"));

    static List<Object[]> verdicts() {
        List<Object[]> cases = new ArrayList<>();
        String[] lines = Chains.text("openssl-verdicts.txt").split("\n");
        assertEquals(CHAINS.size(), lines.length, "one chain per verdict line");
        for (int i = 0; i < lines.length; i++) {
            cases.add(new Object[] {lines[i], CHAINS.get(i)});
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("verdicts")
    void parleyAgreesWithOpenSsl(String verdict, Chain chain) {
        assertEquals(chain.leaf(), verdict.substring(0, verdict.indexOf(':')), "verdict and chain line up");
        boolean opensslAccepts = verdict.endsWith(": OK");
        assertFalse(!opensslAccepts && !verdict.contains(": error "), "a verdict is OK or an error: " + verdict);
        ValidationParameters.Builder parameters = Chains.at();
        if (chain.crl() != null) {
            parameters.crls(CrlCheck.LEAF, List.of(Chains.crl(chain.crl())));
        }
        String parley;
        try {
            Chains.validate(chain.leaf(), chain.intermediates(), chain.anchors(), parameters.build());
            parley = "accepted";
        } catch (PathValidationException e) {
            parley = "rejected: " + e.getMessage();
        }
        assertEquals(opensslAccepts, parley.equals("accepted"), "OpenSSL says '" + verdict + "', Parley " + parley);
    }
}
