package dev.parley.x509.identity;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Jazzer targets for the two small text parsers of this package: fingerprints
 * ({@code algo$pub$hex}) and IP literals.
 */
class IdentityTextFuzzTest {

    @FuzzTest
    void fingerprintParseFailsOnlyWithIdentityFormatException(byte[] input) {
        try {
            Fingerprint fingerprint = Fingerprint.parse(new String(input, StandardCharsets.UTF_8));
            if (!fingerprint.equals(Fingerprint.parse(fingerprint.toString()))) {
                throw new IllegalStateException("printed form reads back differently: " + fingerprint);
            }
        } catch (IdentityFormatException expected) {
            // the only failure the parser may produce
        }
    }

    @FuzzTest
    void ipLiteralParseNeverThrows(byte[] input) {
        IpLiteral.parse(new String(input, StandardCharsets.ISO_8859_1)).ifPresent(address -> {
            if (!IpLiteral.parse(IpLiteral.format(address)).orElseThrow().equals(address)) {
                throw new IllegalStateException("canonical form reads back differently: " + address);
            }
        });
    }
}
