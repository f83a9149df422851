package dev.parley;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.record.ProtocolVersion;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code SSL_version} in the manual's syntax. Parley implements TLS 1.3 only, so every accepted
 * string yields [TLS 1.3], and strings that ask for anything else outright fail with a message
 * saying that Parley does not implement it.
 */
class VersionSyntaxTest {

    @ParameterizedTest
    @ValueSource(strings = {"TLSv1_3", "tlsv1_3", "TLSv13", "TLSv1.3", "SSLv23", "SSLv23:!SSLv3:!SSLv2",
            "SSLv23:!TLSv1:!TLSv1_1:!SSLv3:!SSLv2", "!TLSv1_2", "SSLv23:!TLSv12", " TLSv1_3 : !SSLv2 ", "TLS"})
    void acceptsTheManualsForms(String spec) {
        assertEquals(List.of(ProtocolVersion.TLS13), VersionSyntax.parse(spec));
    }

    @ParameterizedTest
    @ValueSource(strings = {"TLSv1_2", "TLSv1", "TLSv1_1", "SSLv3", "TLSv1_3:TLSv1_2"})
    void namingAnUnimplementedVersionOutrightFailsAndSaysSo(String spec) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VersionSyntax.parse(spec));
        assertTrue(e.getMessage().contains("which Parley does not implement"), e.getMessage());
        assertTrue(e.getMessage().contains("Parley speaks TLSv1_3"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"TLSv1", "SSLv3", "TLSv1_1"})
    void obsoleteVersionsAreCalledObsolete(String spec) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VersionSyntax.parse(spec));
        assertTrue(e.getMessage().contains("RFC 8996"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"SSLv23:!TLSv1_3", "!TLSv1_3", "!SSLv23"})
    void excludingEverythingParleySpeaksFails(String spec) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VersionSyntax.parse(spec));
        assertTrue(e.getMessage().contains("excludes every version Parley speaks"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"TLSv2", "TLSv1_4", "DTLSv1_2", "", "TLSv1_3:", "SSLv23::!SSLv2"})
    void unknownNamesFailListingTheValidOnes(String spec) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VersionSyntax.parse(spec));
        assertTrue(e.getMessage().contains("valid names are SSLv23"), e.getMessage());
        assertTrue(e.getMessage().contains("TLSv1_2 (TLSv12, TLSv1.2)"), e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void namesVersionsAsIoSocketSslDoes() {
        assertEquals("TLSv1_3", VersionSyntax.name(ProtocolVersion.TLS13));
        assertEquals("TLSv1_2", VersionSyntax.name(ProtocolVersion.TLS12));
        assertEquals("TLSv1", VersionSyntax.name(ProtocolVersion.TLS10));
    }
}
