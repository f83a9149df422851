package dev.parley.x509.limbo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import dev.parley.x509.pem.KeyFile;
import dev.parley.x509.pem.Pem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Parses every certificate and leaf key of the x509-limbo suite (C2SP/x509-limbo, with the Netflix
 * BetterTLS cases) from the team's shared copy, and reports how many parse. Cases that expect
 * FAILURE may hold deliberately malformed certificates, so rejections there are only counted; every
 * certificate of a case that expects SUCCESS must parse. Skipped when the suite is not present.
 * Path validation against the expected results is the validator's test, not this one.
 */
class LimboParseTest {

    private static final Path SUITE = Path.of("/work/shared/x509-limbo/limbo.json.gz");

    @Test
    @SuppressWarnings("unchecked")
    void everyCertificateOfASuccessCaseParses() throws IOException {
        assumeTrue(Files.isReadable(SUITE), "x509-limbo suite not present at " + SUITE);
        Map<String, Object> suite = (Map<String, Object>) StrictJson.parse(readGzip(SUITE));
        List<Object> cases = (List<Object>) suite.get("testcases");
        Tally tally = new Tally();
        for (Object entry : cases) {
            Map<String, Object> testCase = (Map<String, Object>) entry;
            String id = (String) testCase.get("id");
            boolean expectsSuccess = "SUCCESS".equals(testCase.get("expected_result"));
            List<String> pems = new ArrayList<>();
            ((List<Object>) testCase.get("trusted_certs")).forEach(p -> pems.add((String) p));
            ((List<Object>) testCase.get("untrusted_intermediates")).forEach(p -> pems.add((String) p));
            pems.add((String) testCase.get("peer_certificate"));
            for (String pem : pems) {
                tally.certificate(id, expectsSuccess, pem);
            }
            if (testCase.get("peer_certificate_key") instanceof String key) {
                tally.key(id, key);
            }
        }
        System.out.println(tally.report(cases.size()));
        assertEquals(9780, cases.size(), "the suite's README announces 9,780 cases");
        assertTrue(tally.successCaseRejections.isEmpty(),
                "certificates of SUCCESS cases were rejected: " + tally.successCaseRejections);
        // Only the keys of the forbidden-algorithm cases (P-192 and DSA) may be refused, as unsupported.
        assertEquals(List.of("webpki::forbidden-p192-leaf", "webpki::forbidden-dsa-leaf"), tally.keyRejections,
                "leaf keys rejected: " + tally.keyRejectionDetails);
    }

    private static String readGzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Counts of what parsed and what did not, and why. */
    private static final class Tally {
        int certificates;
        int parsed;
        int keys;
        final Map<String, Integer> rejectionsByReason = new TreeMap<>();
        final List<String> failureCaseRejections = new ArrayList<>();
        final List<String> successCaseRejections = new ArrayList<>();
        final List<String> keyRejections = new ArrayList<>();
        final List<String> keyRejectionDetails = new ArrayList<>();

        void certificate(String id, boolean expectsSuccess, String pem) {
            certificates++;
            try {
                assertEquals(1, Pem.certificates(pem).size(), id + ": one certificate per PEM string");
                parsed++;
            } catch (X509Exception e) {
                rejectionsByReason.merge(e.reason().name(), 1, Integer::sum);
                (expectsSuccess ? successCaseRejections : failureCaseRejections).add(id + " (" + e.getMessage() + ")");
            }
        }

        void key(String id, String pem) {
            keys++;
            try {
                KeyFile.read(pem.getBytes(StandardCharsets.US_ASCII)).privateKey();
            } catch (X509Exception e) {
                boolean unsupported = e.reason() == X509Failure.UNSUPPORTED_ALGORITHM
                        || (e.reason() == X509Failure.NO_SINGLE_PRIVATE_KEY && e.detail().contains("DSA PRIVATE KEY"));
                keyRejections.add(unsupported ? id : id + " (" + e.getMessage() + ")");
                keyRejectionDetails.add(id + " (" + e.getMessage() + ")");
            }
        }

        String report(int cases) {
            Map<String, Integer> byFamily = new TreeMap<>();
            failureCaseRejections.forEach(r -> byFamily.merge(r.substring(0, r.indexOf("::", r.indexOf("::") + 2) > 0
                    ? r.indexOf("::", r.indexOf("::") + 2) : r.indexOf(' ')), 1, Integer::sum));
            StringBuilder out = new StringBuilder("x509-limbo parse report: ")
                    .append(cases).append(" cases, ")
                    .append(certificates).append(" certificates, ")
                    .append(parsed).append(" parsed, ")
                    .append(certificates - parsed).append(" rejected ").append(rejectionsByReason)
                    .append(", all in FAILURE cases, by family ").append(byFamily)
                    .append("; ").append(keys).append(" leaf keys, ").append(keys - keyRejections.size()).append(" parsed ")
                    .append(keyRejectionDetails).append('\n');
            failureCaseRejections.stream().filter(r -> !r.startsWith("bettertls::"))
                    .forEach(r -> out.append("  rejected in a FAILURE case: ").append(r).append('\n'));
            return out.toString();
        }
    }
}
