package dev.parley.x509.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.x509.identity.HostnameScheme.CheckCn;
import dev.parley.x509.identity.HostnameScheme.IpInCn;
import dev.parley.x509.identity.HostnameScheme.Wildcards;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The scheme table of IO::Socket::SSL (manual, verify_hostname; v2.099 POD), names and knobs. */
class HostnameSchemeTest {

    /** name, check_cn, wildcards_in_alt, wildcards_in_cn, ip_in_cn, as IO::Socket::SSL defines them. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "default, ALWAYS, ANYWHERE, ANYWHERE, BOTH",
        "rfc2818, WHEN_ONLY, ANYWHERE, ANYWHERE, NO",
        "xmpp, WHEN_ONLY, ANYWHERE, ANYWHERE, NO",
        "rfc3920, WHEN_ONLY, ANYWHERE, ANYWHERE, NO",
        "ftp, WHEN_ONLY, ANYWHERE, ANYWHERE, NO",
        "rfc4217, WHEN_ONLY, ANYWHERE, ANYWHERE, NO",
        "http, WHEN_ONLY, ANYWHERE, ANYWHERE, V4",
        "www, WHEN_ONLY, ANYWHERE, ANYWHERE, V4",
        "smtp, ALWAYS, FULL_LABEL, FULL_LABEL, NO",
        "rfc2595, ALWAYS, FULL_LABEL, FULL_LABEL, NO",
        "imap, ALWAYS, FULL_LABEL, FULL_LABEL, NO",
        "pop3, ALWAYS, FULL_LABEL, FULL_LABEL, NO",
        "acap, ALWAYS, FULL_LABEL, FULL_LABEL, NO",
        "rfc4642, ALWAYS, FULL_LABEL, FULL_LABEL, NO",
        "nntp, ALWAYS, FULL_LABEL, FULL_LABEL, NO",
        "rfc5539, ALWAYS, FULL_LABEL, FULL_LABEL, NO",
        "netconf, ALWAYS, FULL_LABEL, FULL_LABEL, NO",
        "rfc5538, ALWAYS, FULL_LABEL, FULL_LABEL, NO",
        "syslog, ALWAYS, FULL_LABEL, FULL_LABEL, NO",
        "rfc5425, ALWAYS, FULL_LABEL, FULL_LABEL, NO",
        "snmp, ALWAYS, FULL_LABEL, FULL_LABEL, NO",
        "rfc5953, ALWAYS, FULL_LABEL, FULL_LABEL, NO",
        "ldap, ALWAYS, FULL_LABEL, NONE, NO",
        "rfc4513, ALWAYS, FULL_LABEL, NONE, NO",
        "sip, ALWAYS, NONE, NONE, NO",
        "rfc5922, ALWAYS, NONE, NONE, NO",
        "gist, WHEN_ONLY, FULL_LABEL, FULL_LABEL, NO",
        "rfc5971, WHEN_ONLY, FULL_LABEL, FULL_LABEL, NO",
    })
    void predefinedSchemesHaveIoSocketSslsKnobs(String name, CheckCn checkCn, Wildcards alt, Wildcards cn,
            IpInCn ip) {
        HostnameScheme scheme = HostnameScheme.forName(name);
        assertEquals(checkCn, scheme.checkCn());
        assertEquals(alt, scheme.wildcardsInAlt());
        assertEquals(cn, scheme.wildcardsInCn());
        assertEquals(ip, scheme.ipInCn());
        assertFalse(scheme.skipsCheck());
        assertTrue(scheme.userCallback().isEmpty());
    }

    @Test
    void aliasesNameTheSameScheme() {
        assertSame(HostnameScheme.HTTP, HostnameScheme.forName("www"));
        assertSame(HostnameScheme.XMPP, HostnameScheme.forName("rfc3920"));
        assertSame(HostnameScheme.FTP, HostnameScheme.forName("rfc4217"));
        assertSame(HostnameScheme.SMTP, HostnameScheme.forName("rfc2595"));
        assertSame(HostnameScheme.ACAP, HostnameScheme.forName("rfc4642"));
        assertSame(HostnameScheme.NNTP, HostnameScheme.forName("rfc5539"));
        assertSame(HostnameScheme.NETCONF, HostnameScheme.forName("rfc5538"));
        assertSame(HostnameScheme.SYSLOG, HostnameScheme.forName("rfc5425"));
        assertSame(HostnameScheme.SNMP, HostnameScheme.forName("rfc5953"));
        assertSame(HostnameScheme.LDAP, HostnameScheme.forName("rfc4513"));
        assertSame(HostnameScheme.SIP, HostnameScheme.forName("rfc5922"));
        assertSame(HostnameScheme.GIST, HostnameScheme.forName("rfc5971"));
        assertEquals("http", HostnameScheme.forName("WWW").name());
        assertEquals(List.of("http", "www"), HostnameScheme.HTTP.aliases());
        assertEquals(List.of("acap", "rfc4642"), HostnameScheme.ACAP.aliases());
    }

    @Test
    void namesAreCaseInsensitive() {
        assertSame(HostnameScheme.LDAP, HostnameScheme.forName("LDAP"));
        assertSame(HostnameScheme.DEFAULT, HostnameScheme.forName("Default"));
        assertSame(HostnameScheme.NONE, HostnameScheme.forName("NoNe"));
        assertTrue(HostnameScheme.NONE.skipsCheck());
    }

    @Test
    void everyNameIsListedOnce() {
        List<String> names = HostnameScheme.names();
        assertEquals(29, names.size());
        assertEquals(17, HostnameScheme.predefinedSchemes().size());
        for (HostnameScheme scheme : HostnameScheme.predefinedSchemes()) {
            assertSame(scheme, HostnameScheme.forName(scheme.name()));
        }
    }

    @Test
    void anUnknownNameListsTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HostnameScheme.forName("https"));
        assertTrue(e.getMessage().contains("'https'"), e.getMessage());
        assertTrue(e.getMessage().contains("acap, default, ftp, gist, http, imap, ldap, netconf, nntp, none, pop3"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> HostnameScheme.forName(""));
    }

    @Test
    void knobsParseIoSocketSslsText() {
        assertEquals(CheckCn.NEVER, CheckCn.fromText("0"));
        assertEquals(CheckCn.ALWAYS, CheckCn.fromText("always"));
        assertEquals(CheckCn.WHEN_ONLY, CheckCn.fromText("When_Only"));
        assertEquals(Wildcards.NONE, Wildcards.fromText("0"));
        assertEquals(Wildcards.FULL_LABEL, Wildcards.fromText("full_label"));
        assertEquals(Wildcards.FULL_LABEL, Wildcards.fromText("leftmost"));
        assertEquals(Wildcards.ANYWHERE, Wildcards.fromText("anywhere"));
        assertEquals(IpInCn.NO, IpInCn.fromText("0"));
        assertEquals(IpInCn.V4, IpInCn.fromText("4"));
        assertEquals(IpInCn.V6, IpInCn.fromText("6"));
        assertEquals(IpInCn.BOTH, IpInCn.fromText("1"));
        assertThrows(IllegalArgumentException.class, () -> CheckCn.fromText("sometimes"));
        assertThrows(IllegalArgumentException.class, () -> Wildcards.fromText("rightmost"));
        assertThrows(IllegalArgumentException.class, () -> IpInCn.fromText("5"));
    }

    @Test
    void optionsBuildACustomScheme() {
        HostnameScheme scheme = HostnameScheme.fromOptions(Map.of("check_cn", "when_only",
                "wildcards_in_alt", "leftmost", "ip_in_cn", "6"));
        assertEquals(CheckCn.WHEN_ONLY, scheme.checkCn());
        assertEquals(Wildcards.FULL_LABEL, scheme.wildcardsInAlt());
        assertEquals(Wildcards.NONE, scheme.wildcardsInCn());
        assertEquals(IpInCn.V6, scheme.ipInCn());
        assertTrue(scheme.name().startsWith("custom("), scheme.name());
        assertThrows(IllegalArgumentException.class, () -> HostnameScheme.fromOptions(Map.of("check-cn", "0")));
    }

    @Test
    void emptyOptionsAreNotTheNoneScheme() {
        HostnameScheme scheme = HostnameScheme.fromOptions(Map.of());
        assertFalse(scheme.skipsCheck());
        PresentedIdentity identity = PresentedIdentity.commonNameOnly("www.example.com");
        assertFalse(HostnameVerifier.matches(identity, "www.example.com", scheme));
        assertTrue(HostnameVerifier.matches(PresentedIdentity.of(List.of(SubjectAltName.dns("www.example.com"))),
                "www.example.com", scheme));
    }

    @Test
    void aCallbackDecidesAloneAndSeesTheNameWithoutItsTrailingDot() {
        StringBuilder seen = new StringBuilder();
        HostnameScheme scheme = HostnameScheme.callback((name, presented) -> {
            seen.append(name).append(' ').append(presented.commonName().orElse("-")).append(' ')
                    .append(presented.subjectAltNames());
            return name.equals("anything.example");
        });
        PresentedIdentity identity = PresentedIdentity.of("cn.example", List.of(SubjectAltName.ip("192.0.2.1")));
        assertTrue(HostnameVerifier.matches(identity, "anything.example.", scheme));
        assertEquals("anything.example cn.example [IP:192.0.2.1]", seen.toString());
        assertFalse(HostnameVerifier.matches(identity, "cn.example", scheme));
        assertEquals("callback", scheme.name());
    }
}
