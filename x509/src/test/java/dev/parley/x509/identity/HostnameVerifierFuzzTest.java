package dev.parley.x509.identity;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.crypto.Bytes;
import java.util.ArrayList;
import java.util.List;

/**
 * Jazzer target for hostname matching: arbitrary reference names, common names and
 * subjectAltName entries under every scheme must give a verdict, never an exception.
 */
class HostnameVerifierFuzzTest {

    private static final List<HostnameScheme> SCHEMES = HostnameScheme.predefinedSchemes();

    @FuzzTest
    void matchingNeverThrows(FuzzedDataProvider data) {
        HostnameScheme scheme = SCHEMES.get(data.consumeInt(0, SCHEMES.size() - 1));
        boolean full = data.consumeBoolean();
        String reference = data.consumeString(300);
        String commonName = data.consumeBoolean() ? data.consumeString(300) : null;
        List<SubjectAltName> entries = new ArrayList<>();
        int count = data.consumeInt(0, 6);
        for (int i = 0; i < count; i++) {
            if (data.consumeBoolean()) {
                entries.add(SubjectAltName.dns(data.consumeString(300)));
            } else {
                entries.add(SubjectAltName.ip(Bytes.of(data.consumeBytes(data.consumeInt(0, 20)))));
            }
        }
        PresentedIdentity identity = commonName == null
                ? PresentedIdentity.of(entries) : PresentedIdentity.of(commonName, entries);
        PublicSuffixList suffixes = full ? PublicSuffixList.builtIn() : PublicSuffixList.none();
        HostnameCheck check = HostnameVerifier.explain(identity, reference, scheme, suffixes);
        if (check.matched() != check.matchedBy().isPresent() && !scheme.skipsCheck()) {
            throw new IllegalStateException("verdict and steps disagree: " + check.describe());
        }
        check.describe();
    }
}
