package dev.parley;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.record.ProtocolVersion;
import java.util.List;

/**
 * Jazzer targets for the option parsers: any text is either read or refused with an
 * {@link IllegalArgumentException}, never anything else. Runs the seed corpus in regression mode
 * with every {@code mvn verify}; {@code JAZZER_FUZZ=1} turns it into a fuzzing campaign.
 */
class OptionSyntaxFuzzTest {

    @FuzzTest
    void everyOptionParserAcceptsOrRefusesCleanly(FuzzedDataProvider data) {
        readWithEveryParser(data.consumeRemainingAsString());
    }

    /** Runs {@code text} through every option parser; only IllegalArgumentException may escape them. */
    static void readWithEveryParser(String text) {
        parse(() -> VersionSyntax.parse(text));
        parse(() -> CipherNames.parse(text, List.of(ProtocolVersion.TLS13, ProtocolVersion.TLS12)));
        parse(() -> GroupNames.parse(text));
        parse(() -> VerifyMode.parse(text));
        parse(() -> HostPort.parse(text));
    }

    private static void parse(Runnable parser) {
        try {
            parser.run();
        } catch (IllegalArgumentException refused) {
            // the only way a parser may refuse its text
        }
    }
}
