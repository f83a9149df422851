package dev.parley.cli;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;

/**
 * Jazzer target for the command-line parser: any argument array is parsed into an invocation or
 * refused with a {@link UsageException}; nothing else may escape (an unchecked exception here
 * would reach the user as "internal error" instead of a usage line). Runs its seed corpus in
 * regression mode with every {@code mvn verify}; {@code JAZZER_FUZZ=1} turns it into a campaign.
 */
class CommandLineFuzzTest {

    private static final String[] COMMANDS = {"demo", "client", "server", "verify", "cert", "help"};

    @FuzzTest
    void everyArgumentArrayParsesOrIsAUsageError(FuzzedDataProvider data) {
        List<String> args = new ArrayList<>();
        if (data.consumeBoolean()) {
            args.add(data.pickValue(COMMANDS));
        }
        int count = data.consumeInt(0, 12);
        for (int i = 0; i < count && data.remainingBytes() > 0; i++) {
            args.add(data.consumeString(40));
        }
        try {
            CommandLine.parse(args.toArray(String[]::new));
        } catch (UsageException refused) {
            // the only way the parser may refuse
        }
    }
}
