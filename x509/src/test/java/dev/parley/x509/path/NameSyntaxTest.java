package dev.parley.x509.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** DNS names, mailboxes, URIs and IP address text, and how they fall into name-constraint subtrees. */
class NameSyntaxTest {

    @ParameterizedTest
    @ValueSource(strings = {"example.com", "www.example.com", "a", "xn--n3h.com", "1-2.example", "8.8.8.8", "EXAMPLE.COM"})
    void hostNamesInPreferredNameSyntax(String name) {
        assertTrue(DnsNames.isHostName(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".example.com", "example.com.", "foo_bar.example.com", "-a.example", "a-.example",
            "a..example", "*.example.com", "exa mple.com"})
    void notHostNames(String name) {
        assertFalse(DnsNames.isHostName(name), name);
    }

    @Test
    void wildcardsOnlyAsTheWholeLeftMostLabelOverTwoLabels() {
        assertTrue(DnsNames.isSubjectAltName("*.example.com"));
        assertFalse(DnsNames.isSubjectAltName("*"));
        assertFalse(DnsNames.isSubjectAltName("*.com"));
        assertFalse(DnsNames.isSubjectAltName("ba*.example.com"));
        assertFalse(DnsNames.isSubjectAltName("foo.*.example.com"));
        assertFalse(DnsNames.isSubjectAltName("*.*.example.com"));
    }

    @Test
    void rfc5280DnsSubtreesAddLabelsOnTheLeft() {
        // RFC 5280 §4.2.1.10: www.host.example.com satisfies host.example.com; host1.example.com does not.
        assertTrue(DnsNames.isWithin("www.host.example.com", "host.example.com"));
        assertTrue(DnsNames.isWithin("HOST.example.com", "host.EXAMPLE.com"));
        assertFalse(DnsNames.isWithin("host1.example.com", "host.example.com"));
        assertFalse(DnsNames.isWithin("notexample.com", "example.com"));
        assertTrue(DnsNames.isWithin("anything.example", ""));
        assertFalse(DnsNames.isConstraint(".example.com"));
        assertFalse(DnsNames.isConstraint("*.example.com"));
    }

    @Test
    void aWildcardIsPermittedOnlyWhenAllItsNamesAre() {
        assertTrue(DnsNames.wildcardWithin("*.foo.com", "foo.com"));
        assertTrue(DnsNames.wildcardWithin("*.a.foo.com", "foo.com"));
        // The permits variant of CVE-2025-61727: *.example.com may name bar.example.com, outside foo.example.com.
        assertFalse(DnsNames.wildcardWithin("*.example.com", "foo.example.com"));
    }

    @Test
    void aWildcardIsExcludedWhenAnyOfItsNamesIs() {
        // CVE-2025-61727: excluding bar.example.com must exclude *.example.com.
        assertTrue(DnsNames.wildcardMayReach("*.example.com", "bar.example.com"));
        assertTrue(DnsNames.wildcardMayReach("*.a.example.com", "example.com"));
        assertFalse(DnsNames.wildcardMayReach("*.example.com", "a.b.example.com"));
        assertFalse(DnsNames.wildcardMayReach("*.app.example.com", "forbidden.example.com"));
    }

    @Test
    void mailboxConstraintsTakeThreeFormsAndNoWildcards() {
        Mailboxes.Mailbox mailbox = Mailboxes.parse("root@host.example.com").orElseThrow();
        assertTrue(Mailboxes.isWithin(mailbox, "root@HOST.example.com"));
        assertFalse(Mailboxes.isWithin(mailbox, "Root@host.example.com"));
        assertTrue(Mailboxes.isWithin(mailbox, "host.example.com"));
        assertTrue(Mailboxes.isWithin(mailbox, ".example.com"));
        assertFalse(Mailboxes.isWithin(mailbox, ".host.example.com"));
        assertFalse(Mailboxes.isWithin(Mailboxes.parse("user@example.com").orElseThrow(), "*@example.com"));
        assertTrue(Mailboxes.isWithin(Mailboxes.parse("*@example.com").orElseThrow(), "*@example.com"));
        assertFalse(Mailboxes.parse("invalid@address@example.com").isPresent());
        assertFalse(Mailboxes.isConstraint("invalid@invalid@example.com"));
    }

    @Test
    void uriConstraintsApplyToTheHost() {
        assertEquals(Optional.of("www.example.com"), Uris.host("https://user@www.example.com:8443/path?q#f"));
        assertEquals(Optional.empty(), Uris.host("urn:isbn:0451450523"));
        assertEquals(Optional.empty(), Uris.host("https://[2001:db8::1]/"));
        assertTrue(Uris.isWithin("host.example.com", ".example.com"));
        assertFalse(Uris.isWithin("example.com", ".example.com"));
        assertTrue(Uris.isWithin("Example.com", "example.com"));
    }

    @ParameterizedTest
    @CsvSource({
            // RFC 5952 §4.1, §4.2.1, §4.2.2, §4.2.3, §4.3 and §5, in the RFC's own examples.
            "2001:0db8::0001, 2001:db8::1",
            "2001:db8:0:0:0:0:2:1, 2001:db8::2:1",
            "2001:db8::0:1, 2001:db8::1",
            "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
            "2001:0:0:1:0:0:0:1, 2001:0:0:1::1",
            "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
            "2001:DB8::AAAA:1, 2001:db8::aaaa:1",
            "::ffff:192.0.2.1, ::ffff:192.0.2.1",
            "0:0:0:0:0:0:0:1, ::1",
            "0:0:0:0:0:0:0:0, ::"})
    void ipv6TextIsMadeCanonicalAsRfc5952Says(String text, String canonical) {
        assertEquals(Optional.of(canonical), CommonNameRules.canonicalAddress(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1:2:3:4:5:6:7", "1::2::3", "12345::1", "1:2:3:4:5:6:7:8:9", "g::1", "::1.2.3.256"})
    void notIpv6(String text) {
        assertFalse(CommonNameRules.canonicalAddress(text).isPresent(), text);
    }

    @ParameterizedTest
    @CsvSource({"192.168.1.1, c0a80101", "0xC0A80101, c0a80101", "192.168.001.001, c0a80101", "0300.0250.01.01, c0a80101",
            "192.168.257, c0a80101", "127.1, 7f000001"})
    void ipv4InEveryFormInetAtonAccepts(String text, String hex) {
        assertEquals(hex, HexFormat.of().formatHex(IpLiterals.parseIpv4Loose(text).orElseThrow()));
    }

    @Test
    void commonNamesThatSpellAddressesAreRecognised() {
        assertEquals(Optional.of("192.168.1.1"), CommonNameRules.canonicalAddress("192.168.001.001"));
        assertEquals(Optional.of("192.168.1.1"), CommonNameRules.canonicalAddress("0xC0A80101"));
        assertEquals(Optional.of("2001:db8::1"), CommonNameRules.canonicalAddress("2001:0db8:0000:0000:0000:0000:0000:0001"));
        assertEquals(Optional.empty(), CommonNameRules.canonicalAddress("2024"));
        assertEquals(Optional.empty(), CommonNameRules.canonicalAddress("www.example.com"));
        assertEquals(Optional.empty(), CommonNameRules.canonicalAddress("EE"));
    }
}
