package dev.parley.x509.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any text is a fingerprint or an IdentityFormatException; an accepted one prints back to itself. */
class FingerprintPropertyTest {

    @Property
    void arbitraryTextParsesOrFailsCleanly(@ForAll String text) {
        roundTripIfAccepted(text);
    }

    @Property
    void fingerprintLikeTextParsesOrFailsCleanly(@ForAll("fingerprintLike") String text) {
        roundTripIfAccepted(text);
    }

    @Provide
    Arbitrary<String> fingerprintLike() {
        Arbitrary<String> prefix = Arbitraries.of("", "sha1$", "sha256$", "SHA-384$", "sha512$pub$", "pub$", "md5$",
                "$", "sha256$pub$pub$");
        Arbitrary<String> hex = Arbitraries.strings().withChars("0123456789abcdefABCDEF:").ofMaxLength(140);
        return net.jqwik.api.Combinators.combine(prefix, hex).as(String::concat);
    }

    private static void roundTripIfAccepted(String text) {
        Fingerprint fingerprint;
        try {
            fingerprint = Fingerprint.parse(text);
        } catch (IdentityFormatException expected) {
            return;
        }
        try {
            assertEquals(fingerprint, Fingerprint.parse(fingerprint.toString()));
        } catch (IdentityFormatException e) {
            throw new AssertionError("printed form refused: " + fingerprint, e);
        }
    }
}
