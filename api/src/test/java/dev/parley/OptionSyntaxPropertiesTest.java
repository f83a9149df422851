package dev.parley;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.record.ProtocolVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the option parsers, over random text and random well-formed lists. */
class OptionSyntaxPropertiesTest {

    private static final List<ProtocolVersion> VERSIONS = List.of(ProtocolVersion.TLS13, ProtocolVersion.TLS12);

    /** Text assembled from the parsers' own vocabulary, so that most of it is almost valid. */
    @Provide
    Arbitrary<String> optionLikeText() {
        Arbitrary<String> word = Arbitraries.of("TLSv1_3", "TLSv1_2", "SSLv23", "SSLv3", "!", "!TLSv1", "x25519",
                "P-256", "auto", "peer", "none", "|", ":", ",", " ", "ECDHE-RSA-AES128-GCM-SHA256", "ALL", "!aNULL",
                "TLS_AES_128_GCM_SHA256", "[", "]", "443", "example.com", "0x", "7", "-", "\u00e9", "\u0000");
        return word.list().ofMaxSize(8).map(parts -> String.join("", parts));
    }

    @Property
    void optionLikeTextIsReadOrRefusedWithIllegalArgumentException(@ForAll("optionLikeText") String text) {
        OptionSyntaxFuzzTest.readWithEveryParser(text);
    }

    @Property
    void anyTextIsReadOrRefusedWithIllegalArgumentException(@ForAll String text) {
        OptionSyntaxFuzzTest.readWithEveryParser(text);
    }

    @Property
    void aCipherListReadsBackToTheSameSuitesWhateverTheNamesAndCase(@ForAll("suiteLists") List<CipherSuite> suites,
                                                                      @ForAll boolean openssl, @ForAll boolean lower) {
        List<String> names = new ArrayList<>();
        for (CipherSuite suite : suites) {
            String name = openssl ? CipherNames.opensslName(suite) : CipherNames.ianaName(suite);
            names.add(lower ? name.toLowerCase(Locale.ROOT) : name);
        }
        assertEquals(suites, CipherNames.parse(String.join(":", names), VERSIONS));
    }

    @Provide
    Arbitrary<List<CipherSuite>> suiteLists() {
        return Arbitraries.of(CipherNames.defaults(VERSIONS)).list().uniqueElements().ofMinSize(1);
    }

    @Property
    void everyVersionStringParleyAcceptsYieldsOnlyVersionsItSpeaks(@ForAll("optionLikeText") String text) {
        try {
            List<ProtocolVersion> versions = VersionSyntax.parse(text);
            assertFalse(versions.isEmpty());
            assertTrue(VersionSyntax.IMPLEMENTED.containsAll(versions), versions.toString());
        } catch (IllegalArgumentException refused) {
            assertFalse(refused.getMessage().isEmpty());
        }
    }
}
