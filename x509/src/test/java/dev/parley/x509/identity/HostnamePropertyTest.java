package dev.parley.x509.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import java.net.IDN;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Properties of hostname matching that must hold for every name, not only the table's. */
class HostnamePropertyTest {

    private static final PublicSuffixList SUFFIXES = PublicSuffixList.builtIn();

    @Provide
    Arbitrary<String> hostNames() {
        Arbitrary<String> label = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789-_")
                .ofMinLength(1).ofMaxLength(20);
        // The last label starts with a letter, so the name is never read as an IPv4 literal.
        Arbitrary<String> last = Combinators.combine(Arbitraries.chars().range('a', 'z'),
                Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789").ofMaxLength(8))
                .as((first, rest) -> first + rest);
        return Combinators.combine(label.list().ofMinSize(0).ofMaxSize(5), last)
                .as((labels, tld) -> labels.isEmpty() ? tld : String.join(".", labels) + "." + tld);
    }

    @Provide
    Arbitrary<String> internationalNames() {
        Arbitrary<String> label = Arbitraries.strings().withChars("abcxyz0123-äöüéñçøåλжкदि中文")
                .ofMinLength(1).ofMaxLength(8)
                .filter(l -> !l.startsWith("-") && !l.endsWith("-"));
        return Combinators.combine(label.list().ofMinSize(1).ofMaxSize(3), Arbitraries.of("com", "example", "org"))
                .as((labels, tld) -> String.join(".", labels) + "." + tld)
                .filter(name -> ReferenceName.parse(name).kind() == ReferenceName.Kind.DNS_NAME);
    }

    @Provide
    Arbitrary<HostnameScheme> schemes() {
        return Arbitraries.of(HostnameScheme.predefinedSchemes()).filter(s -> !s.skipsCheck());
    }

    @Property
    void aNameMatchesAnIdentityWhoseSanIsExactlyThatName(@ForAll("hostNames") String name) {
        PresentedIdentity identity = PresentedIdentity.of(List.of(SubjectAltName.dns(name)));
        assertTrue(HostnameVerifier.matches(identity, name, HostnameScheme.HTTP, SUFFIXES),
                () -> HostnameVerifier.explain(identity, name, HostnameScheme.HTTP, SUFFIXES).describe());
    }

    @Property
    void anInternationalNameMatchesItsALabelsAndItself(@ForAll("internationalNames") String name) {
        String aLabels = IDN.toASCII(name);
        assertTrue(HostnameVerifier.matches(PresentedIdentity.of(List.of(SubjectAltName.dns(aLabels))), name,
                HostnameScheme.HTTP, SUFFIXES), name);
        assertTrue(HostnameVerifier.matches(PresentedIdentity.of(List.of(SubjectAltName.dns(name))), aLabels,
                HostnameScheme.HTTP, SUFFIXES), name);
    }

    @Property
    void everySchemeMatchesAnExactSan(@ForAll("hostNames") String name, @ForAll("schemes") HostnameScheme scheme) {
        PresentedIdentity identity = PresentedIdentity.of(List.of(SubjectAltName.dns(name)));
        assertTrue(HostnameVerifier.matches(identity, name, scheme, SUFFIXES));
    }

    @Property
    void noWildcardMatchesANameWithADifferentNumberOfLabels(
            @ForAll("wildcardLabels") String wildcard, @ForAll("hostNames") String parent,
            @ForAll @IntRange(min = 0, max = 4) int extraLabels, @ForAll("schemes") HostnameScheme scheme) {
        if (extraLabels == 1) {
            extraLabels = 2;
        }
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < extraLabels; i++) {
            labels.add("www" + i);
        }
        labels.add(parent);
        String name = String.join(".", labels);
        String pattern = wildcard + "." + parent;
        PresentedIdentity identity = PresentedIdentity.of(pattern, List.of(SubjectAltName.dns(pattern)));
        // With the suffix check off, only the label count can stop the match.
        assertFalse(HostnameVerifier.matches(identity, name, scheme, PublicSuffixList.none()),
                () -> HostnameVerifier.explain(identity, name, scheme, PublicSuffixList.none()).describe());
    }

    @Provide
    Arbitrary<String> wildcardLabels() {
        return Arbitraries.of("*", "www*", "*w", "w*w", "*0", "a*");
    }

    @Property
    void aFullLabelWildcardCoversExactlyOneLabel(@ForAll("hostNames") String label,
            @ForAll("hostNames") String parent) {
        String first = label.split("\\.")[0];
        String middle = "x" + parent.replace('.', '-');
        String parentOfThree = middle.substring(0, Math.min(middle.length(), 40)) + ".example.com";
        PresentedIdentity identity = PresentedIdentity.of(List.of(SubjectAltName.dns("*." + parentOfThree)));
        assertTrue(HostnameVerifier.matches(identity, first + "." + parentOfThree, HostnameScheme.DEFAULT, SUFFIXES));
    }

    @Property
    void matchingIgnoresAsciiCaseBothWays(@ForAll("hostNames") String name, @ForAll("presentedFor") String template,
            @ForAll("schemes") HostnameScheme scheme, @ForAll long seed) {
        String presented = template.replace("NAME", name).replace("PARENT", parentOf(name));
        boolean lower = verdict(presented, name, scheme);
        Random random = new Random(seed);
        assertEquals(lower, verdict(presented, randomCase(name, random), scheme), "reference case");
        assertEquals(lower, verdict(randomCase(presented, random), name, scheme), "presented case");
        assertEquals(lower, verdict(randomCase(presented, random), randomCase(name, random), scheme), "both");
    }

    @Provide
    Arbitrary<String> presentedFor() {
        return Arbitraries.of("NAME", "*.PARENT", "w*.PARENT", "*.NAME", "other.example", "NAME.", "*");
    }

    private static String parentOf(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(dot + 1);
    }

    private static boolean verdict(String presented, String reference, HostnameScheme scheme) {
        PresentedIdentity identity = PresentedIdentity.of(presented, List.of(SubjectAltName.dns(presented)));
        return HostnameVerifier.matches(identity, reference, scheme, SUFFIXES);
    }

    private static String randomCase(String text, Random random) {
        StringBuilder mixed = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            mixed.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
        }
        return mixed.toString();
    }

    @Property
    void arbitraryStringsNeverThrow(@ForAll String reference, @ForAll String commonName,
            @ForAll @Size(max = 4) List<String> dnsNames, @ForAll("schemes") HostnameScheme scheme) {
        explainQuietly(reference, commonName, dnsNames, scheme);
    }

    @Property
    void nameLikeStringsNeverThrow(@ForAll("nameLike") String reference, @ForAll("nameLike") String commonName,
            @ForAll @Size(max = 4) List<@net.jqwik.api.From("nameLike") String> dnsNames,
            @ForAll("schemes") HostnameScheme scheme) {
        explainQuietly(reference, commonName, dnsNames, scheme);
    }

    @Provide
    Arbitrary<String> nameLike() {
        return Arbitraries.strings().withChars("*.:[]%-_0123456789abcfxnß\u3002\uFF0Eü公 \0").ofMaxLength(40);
    }

    private static void explainQuietly(String reference, String commonName, List<String> dnsNames,
            HostnameScheme scheme) {
        List<SubjectAltName> entries = new ArrayList<>();
        dnsNames.forEach(name -> entries.add(SubjectAltName.dns(name)));
        IpLiteral.parse(reference).ifPresent(ip -> entries.add(SubjectAltName.ip(ip)));
        HostnameCheck check = HostnameVerifier.explain(PresentedIdentity.of(commonName, entries), reference, scheme,
                SUFFIXES);
        assertEquals(check.matched(), check.matchedBy().isPresent());
    }

    @Property
    void ipv6OctetsSurviveFormattingAndParsing(@ForAll @Size(16) byte[] octets) {
        Bytes address = Bytes.of(octets);
        assertEquals(address, IpLiteral.parse(IpLiteral.format(address)).orElseThrow());
    }

    @Property
    void ipv4OctetsSurviveFormattingAndParsing(@ForAll @Size(4) byte[] octets) {
        Bytes address = Bytes.of(octets);
        assertEquals(address, IpLiteral.parse(IpLiteral.format(address)).orElseThrow());
        PresentedIdentity identity = PresentedIdentity.of(List.of(SubjectAltName.ip(address)));
        assertTrue(HostnameVerifier.matches(identity, IpLiteral.format(address), HostnameScheme.SIP, SUFFIXES));
    }
}
