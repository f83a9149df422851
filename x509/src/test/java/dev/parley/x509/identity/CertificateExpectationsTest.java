package dev.parley.x509.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The verdicts of {@code certs/expectations.txt}, on identities copied by hand from
 * {@code openssl x509 -noout -subject -ext subjectAltName} for each test certificate. Once the
 * {@link CertificateIdentityTest} checks that the certificate adapter reads exactly these identities
 * from the PEM files and gives the same verdicts there.
 */
class CertificateExpectationsTest {

    static final Map<String, PresentedIdentity> IDENTITIES = Map.of(
            "cn-only.pem", PresentedIdentity.commonNameOnly("www.example.com"),
            "cn-ip-only.pem", PresentedIdentity.commonNameOnly("192.0.2.10"),
            "san-dns.pem", PresentedIdentity.of("www.example.com",
                    List.of(SubjectAltName.dns("www.example.com"), SubjectAltName.dns("example.com"))),
            "san-dns-wildcard.pem", PresentedIdentity.of("*.example.com", List.of(SubjectAltName.dns("*.example.com"))),
            "san-partial-wildcard.pem", PresentedIdentity.of("www*.example.com",
                    List.of(SubjectAltName.dns("www*.example.com"))),
            "san-ip.pem", PresentedIdentity.of("192.0.2.1",
                    List.of(SubjectAltName.ip("192.0.2.1"), SubjectAltName.ip("2001:db8::1"))),
            "san-public-suffix-wildcard.pem", PresentedIdentity.of("*.co.uk",
                    List.of(SubjectAltName.dns("*.co.uk"), SubjectAltName.dns("*.github.io"))),
            "idn.pem", PresentedIdentity.of("bücher.example",
                    List.of(SubjectAltName.dns("xn--bcher-kva.example"), SubjectAltName.dns("*.xn--bcher-kva.example"))),
            "cn-and-san-differ.pem", PresentedIdentity.of("cn.example.com",
                    List.of(SubjectAltName.dns("san.example.com"))));

    /** One row: file, scheme, reference name, expected verdict. */
    record Expectation(String file, String scheme, String reference, boolean expected) {
        HostnameScheme toScheme() {
            if (!scheme.startsWith("custom:")) {
                return HostnameScheme.forName(scheme);
            }
            Map<String, String> options = new LinkedHashMap<>();
            for (String option : scheme.substring("custom:".length()).split(",")) {
                String[] keyValue = option.split("=", 2);
                options.put(keyValue[0], keyValue[1]);
            }
            return HostnameScheme.fromOptions(options);
        }
    }

    static List<Expectation> expectations() throws IOException {
        List<Expectation> rows = new ArrayList<>();
        try (InputStream in = CertificateExpectationsTest.class.getResourceAsStream("certs/expectations.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\\|");
                rows.add(new Expectation(c[0].strip(), c[1].strip(), c[2].strip(), c[3].strip().equals("yes")));
            }
        }
        return rows;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void verdictIsTheExpectedOne(Expectation row) {
        PresentedIdentity identity = IDENTITIES.get(row.file());
        HostnameCheck check = HostnameVerifier.explain(identity, row.reference(), row.toScheme(),
                PublicSuffixList.builtIn());
        assertEquals(row.expected(), check.matched(), check::describe);
    }
}
