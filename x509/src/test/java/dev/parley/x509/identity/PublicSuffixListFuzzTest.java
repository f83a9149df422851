package dev.parley.x509.identity;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Jazzer target for the public suffix list parser and its lookups. Runs its seed corpus in
 * regression mode with every {@code mvn verify}; {@code JAZZER_FUZZ=1} makes it a campaign.
 */
class PublicSuffixListFuzzTest {

    @FuzzTest
    void parseFailsOnlyWithIdentityFormatException(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        PublicSuffixList list;
        try {
            list = PublicSuffixList.parse(text);
        } catch (IdentityFormatException expected) {
            return;
        }
        // Look up names built from the same input: its lines, and the whole text.
        for (String line : text.split("\n", 8)) {
            list.publicSuffix(line);
            list.icannOnly().registrableDomain("www." + line);
            list.isPublicSuffix(line);
        }
    }
}
