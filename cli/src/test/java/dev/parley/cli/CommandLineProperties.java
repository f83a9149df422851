package dev.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Arbitrary argument arrays: the parser either returns an invocation or refuses with a
 * {@link UsageException}, and a refusal reaches the user as one line, the usage and exit code 2.
 */
class CommandLineProperties {

    private static final List<String> WORDS = List.of("demo", "client", "server", "verify", "cert", "help", "ca",
            "leaf", "--ca", "--servername", "--alpn", "--verify-scheme", "--fingerprint", "--cert", "--key",
            "--starttls", "--insecure", "--quiet", "--half-close", "--port", "--bind", "--www", "--echo",
            "--verify-client", "--naccept", "--host", "--scheme", "--purpose", "--out", "--san", "--subject",
            "--key-type", "--days", "--help", "-h", "--", "-", "=", "--port=", "--ca=", "smtp", "xmpp", "require",
            "optional", "ec", "rsa", "ed25519", "0", "65535", "65536", "-1", "localhost:443", "[::1]:1", "[::1",
            "::1:2", "h:", ":1", "h2,http/1.1", "h2,,", "sha256$00", "CN=x", "CN", "a,b", "", " ", "\u0000", "\n",
            "x.pem", "/", "dir/", "\ud800");

    @Provide
    Arbitrary<String[]> commandLines() {
        Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.of(WORDS), Arbitraries.strings().ofMaxLength(12),
                Arbitraries.strings().withCharRange('!', '~').ofMaxLength(6).map(s -> "--" + s));
        return word.list().ofMaxSize(8).map(list -> list.toArray(String[]::new));
    }

    @Property(tries = 2000)
    void parsingReturnsOrRefusesWithAUsageError(@ForAll("commandLines") String[] args) {
        try {
            CommandLine.parse(args);
        } catch (UsageException refused) {
            assertFalse(refused.getMessage().contains("\n"), "one line: " + refused.getMessage());
            assertTrue(refused.usage().startsWith("usage: parley"), refused.usage());
        }
    }

    @Property(tries = 300)
    void anUnknownOptionAlwaysEndsInExitCodeTwoWithoutAStackTrace(@ForAll("commandLines") String[] args) {
        List<String> withBadOption = new ArrayList<>(List.of(args));
        if (withBadOption.isEmpty()) {
            withBadOption.add("client");
        }
        String command = withBadOption.get(0);
        if (!List.of("demo", "client", "server", "verify", "cert").contains(command)
                || withBadOption.contains("--help") || withBadOption.contains("-h") || withBadOption.contains("--")) {
            return;
        }
        withBadOption.add(1, "--definitely-not-an-option");
        Runs.Result result = Runs.run(withBadOption.toArray(String[]::new));
        assertEquals(Main.USAGE, result.exitCode(), result.err());
        assertTrue(result.firstErrorLine().startsWith("parley: "), result.err());
        assertFalse(result.err().contains("\tat "), result.err());
    }
}
