package dev.parley.x509.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table of hostname cases ({@code hostname-cases.txt}), written from RFC 6125, RFC 2818 and
 * IO::Socket::SSL's scheme definitions: every predefined scheme under every name, CN-only and
 * SAN-only identities, wildcards of each kind, IP addresses, IDNs, public suffixes, trailing
 * dots and mixed case.
 */
class HostnameTableTest {

    static List<HostnameCase> cases() throws IOException {
        return HostnameCase.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void verdictMatchesTheTable(HostnameCase row) {
        HostnameCheck check = HostnameVerifier.explain(row.toIdentity(), row.reference(), row.toScheme(),
                row.toSuffixList());
        assertEquals(row.expected(), check.matched(), () -> row + "\n" + check.describe());
        assertEquals(row.expected(), HostnameVerifier.matches(row.toIdentity(), row.reference(), row.toScheme(),
                row.toSuffixList()), row::toString);
    }

    @Test
    void tableIsLargeAndCoversEveryPredefinedSchemeName() throws IOException {
        List<HostnameCase> rows = cases();
        assertTrue(rows.size() >= 150, "only " + rows.size() + " cases");
        Set<String> used = new TreeSet<>();
        for (HostnameCase row : rows) {
            if (!row.scheme().startsWith("custom:")) {
                used.add(row.scheme().toLowerCase(java.util.Locale.ROOT));
            }
        }
        assertTrue(used.containsAll(HostnameScheme.names()), "unused scheme names: "
                + new TreeSet<>(HostnameScheme.names()).removeAll(used));
        long matches = rows.stream().filter(HostnameCase::expected).count();
        assertTrue(matches > 50 && rows.size() - matches > 50, "both verdicts must be well represented");
    }
}
