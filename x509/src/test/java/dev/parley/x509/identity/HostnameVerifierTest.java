package dev.parley.x509.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The explanation a check gives, and the rules the table cannot express in one line. */
class HostnameVerifierTest {

    @Test
    void explainsAMismatchWithEveryStepAndWhatIsOffered() {
        PresentedIdentity identity = PresentedIdentity.of("www.example.com",
                List.of(SubjectAltName.dns("*.example.org"), SubjectAltName.ip("192.0.2.1")));
        HostnameCheck check = HostnameVerifier.explain(identity, "www.example.com", HostnameScheme.HTTP);
        assertFalse(check.matched());
        assertEquals("DNS name www.example.com", check.comparedAs());
        assertEquals("http", check.scheme());
        assertEquals(3, check.steps().size());
        assertEquals("DNS:*.example.org", check.steps().get(0).entry());
        assertEquals("IP:192.0.2.1", check.steps().get(1).entry());
        assertTrue(check.steps().get(2).reason().contains("when_only"), check.describe());
        assertTrue(check.matchedBy().isEmpty());
        String text = check.describe();
        assertTrue(text.startsWith("hostname 'www.example.com' (DNS name www.example.com) does not match under"
                + " scheme http"), text);
        assertTrue(text.contains("certificate offers: CN=www.example.com, SAN=[DNS:*.example.org, IP:192.0.2.1]"),
                text);
    }

    @Test
    void explainsAMatchByTheEntryThatMatched() {
        PresentedIdentity identity = PresentedIdentity.of(List.of(SubjectAltName.dns("a.example.com"),
                SubjectAltName.dns("*.example.com"), SubjectAltName.dns("never.reached.example")));
        HostnameCheck check = HostnameVerifier.explain(identity, "WWW.Example.COM.", HostnameScheme.DEFAULT,
                PublicSuffixList.builtIn());
        assertTrue(check.matched());
        assertEquals("DNS:*.example.com", check.matchedBy().orElseThrow().entry());
        assertEquals(2, check.steps().size());
        assertEquals("DNS name www.example.com", check.comparedAs());
    }

    @Test
    void explainsAPublicSuffixRefusal() {
        PresentedIdentity identity = PresentedIdentity.of(List.of(SubjectAltName.dns("*.co.uk")));
        HostnameCheck check = HostnameVerifier.explain(identity, "example.co.uk", HostnameScheme.DEFAULT,
                PublicSuffixList.builtIn());
        assertFalse(check.matched());
        assertTrue(check.steps().get(0).reason().contains("public suffix 'co.uk'"), check.describe());
    }

    @Test
    void explainsAnUnusableReferenceName() {
        HostnameCheck check = HostnameVerifier.explain(PresentedIdentity.commonNameOnly("x"), "a..b",
                HostnameScheme.DEFAULT);
        assertFalse(check.matched());
        assertEquals("unusable name (has an empty label)", check.comparedAs());
        assertTrue(check.steps().isEmpty());
    }

    @Test
    void explainsIpAddressesCanonically() {
        HostnameCheck check = HostnameVerifier.explain(PresentedIdentity.of(List.of(SubjectAltName.ip("::1"))),
                "0:0:0:0:0:0:0:1", HostnameScheme.HTTP);
        assertTrue(check.matched());
        assertEquals("IPv6 address ::1", check.comparedAs());
        assertEquals("IP:::1", check.matchedBy().orElseThrow().entry());
    }

    @Test
    void anIpAddressEntryOfOddLengthMatchesNothing() {
        // An iPAddress with a netmask, as name constraints carry it, is no host address.
        PresentedIdentity identity = PresentedIdentity.of(List.of(
                SubjectAltName.ip(Bytes.fromHex("c0000201ffffffff"))));
        assertFalse(HostnameVerifier.matches(identity, "192.0.2.1", HostnameScheme.DEFAULT));
    }

    @Test
    void aDnsNameWithAnEmbeddedNulNeverMatches() {
        PresentedIdentity identity = PresentedIdentity.of(List.of(SubjectAltName.dns("www.example.com\0.evil.com")));
        assertFalse(HostnameVerifier.matches(identity, "www.example.com", HostnameScheme.DEFAULT));
        assertFalse(HostnameVerifier.matches(PresentedIdentity.commonNameOnly("www.example.com\0"),
                "www.example.com", HostnameScheme.DEFAULT));
    }

    @Test
    void aLabelOfSixtyFourCharactersIsNoHostName() {
        String long64 = "a".repeat(64) + ".example.com";
        PresentedIdentity identity = PresentedIdentity.of(List.of(SubjectAltName.dns(long64)));
        assertFalse(HostnameVerifier.matches(identity, long64, HostnameScheme.DEFAULT));
        String long63 = "a".repeat(63) + ".example.com";
        assertTrue(HostnameVerifier.matches(PresentedIdentity.of(List.of(SubjectAltName.dns(long63))), long63,
                HostnameScheme.DEFAULT));
    }

    @Test
    void aNameLongerThan253CharactersIsNoHostName() {
        String label = "a".repeat(63);
        String name = String.join(".", label, label, label, label) + ".com";
        assertFalse(HostnameVerifier.matches(PresentedIdentity.of(List.of(SubjectAltName.dns(name))), name,
                HostnameScheme.DEFAULT));
    }

    @Test
    void theNoneSchemeNeedsNoSuffixList() {
        assertTrue(HostnameVerifier.matches(PresentedIdentity.of(List.of()), "", HostnameScheme.NONE,
                PublicSuffixList.none()));
    }

    @Test
    void nullsAreRefused() {
        PresentedIdentity identity = PresentedIdentity.commonNameOnly("x");
        assertThrows(NullPointerException.class, () -> HostnameVerifier.matches(identity, null, HostnameScheme.HTTP));
        assertThrows(NullPointerException.class, () -> HostnameVerifier.matches((PresentedIdentity) null, "x", HostnameScheme.HTTP));
        assertThrows(NullPointerException.class, () -> HostnameVerifier.matches(identity, "x", null));
    }

    @Test
    void presentedIdentityListsItsEntriesByKind() {
        PresentedIdentity identity = PresentedIdentity.of("cn", List.of(SubjectAltName.dns("a"),
                SubjectAltName.ip("192.0.2.1"), SubjectAltName.dns("b")));
        assertEquals(List.of("a", "b"), identity.dnsNames());
        assertEquals(List.of(Bytes.fromHex("c0000201")), identity.ipAddresses());
        assertEquals(identity, PresentedIdentity.of("cn", List.of(SubjectAltName.dns("a"),
                SubjectAltName.ip("192.0.2.1"), SubjectAltName.dns("b"))));
        assertThrows(IllegalArgumentException.class, () -> SubjectAltName.ip("not an address"));
    }
}
