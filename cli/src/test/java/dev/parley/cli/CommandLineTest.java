package dev.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every command's options, and every way to get them wrong: one line, the usage, exit code 2. */
class CommandLineTest {

    static Stream<Arguments> badCommandLines() {
        return Stream.of(
                bad("no command given"),
                bad("unknown command 'frobnicate'", "frobnicate"),
                bad("help takes one command name, not 'b'", "help", "a", "b"),
                bad("unknown command 'nope'", "help", "nope"),
                bad("unexpected argument 'x'", "demo", "x"),
                bad("--key-type takes one of ec, ed25519, rsa, not 'dsa'", "demo", "--key-type", "dsa"),
                bad("missing HOST:PORT to connect to", "client"),
                bad("unexpected argument 'b:2'", "client", "a:1", "b:2"),
                bad("'example.com' is not host:port (e.g. example.com:443, 127.0.0.1:8443, [::1]:8443)", "client", "example.com"),
                bad("'::1:443': write an IPv6 address in brackets, e.g. [::1]:443", "client", "::1:443"),
                bad("'[::1:443': an IPv6 address goes in brackets, e.g. [::1]:443", "client", "[::1:443"),
                bad("'0' is no port: use 1 to 65535", "client", "host:0"),
                bad("'65536' is no port: use 1 to 65535", "client", "host:65536"),
                bad("'http' is no port: use 1 to 65535", "client", "host:http"),
                bad("--starttls takes smtp, imap, pop3, ftp or xmpp, not 'ldap'", "client", "--starttls", "ldap", "h:1"),
                bad("--key goes with --cert FILE", "client", "--key", "k.pem", "h:1"),
                bad("--insecure checks nothing, so --ca, --fingerprint and --verify-scheme make no sense with it",
                        "client", "--insecure", "--ca", "ca.pem", "h:1"),
                bad("--alpn: empty element in 'h2,'", "client", "--alpn", "h2,", "h:1"),
                bad("ALPN protocol names are 1 to 255 bytes", "client", "--alpn", "x".repeat(256), "h:1"),
                bad("--verify-scheme: unknown scheme 'bogus'", "client", "--verify-scheme", "bogus", "h:1"),
                bad("fingerprint", "client", "--fingerprint", "sha256$zz", "h:1"),
                bad("unknown group 'brainpoolP256r1'", "client", "--groups", "X25519:brainpoolP256r1", "h:1"),
                bad("--cert FILE is required", "server"),
                bad("unknown group 'x9'", "server", "--cert", "c", "--groups", "x9"),
                bad("--www and --echo exclude each other", "server", "--cert", "c", "--www", "--echo"),
                bad("--port takes a number from 0 to 65535, not '70000'", "server", "--cert", "c", "--port", "70000"),
                bad("--verify-client takes one of optional, require, not 'maybe'", "server", "--cert", "c",
                        "--verify-client", "maybe"),
                bad("--verify-client needs --ca FILE|DIR", "server", "--cert", "c", "--verify-client", "require"),
                bad("--ca is for checking client certificates", "server", "--cert", "c", "--ca", "ca.pem"),
                bad("--naccept takes a number from 1", "server", "--cert", "c", "--naccept", "0"),
                bad("--bind needs an address", "server", "--cert", "c", "--bind", " "),
                bad("unexpected argument 'extra'", "server", "--cert", "c", "extra"),
                bad("missing the chain file to verify", "verify"),
                bad("--scheme goes with --host NAME", "verify", "--scheme", "smtp", "chain.pem"),
                bad("--host needs a name", "verify", "--host", "", "chain.pem"),
                bad("--purpose takes one of client, server, not 'email'", "verify", "--purpose", "email", "c.pem"),
                bad("missing what to make: ca or leaf", "cert", "--out", "x"),
                bad("parley cert makes 'ca' or 'leaf', not 'intermediate'", "cert", "intermediate", "--out", "x"),
                bad("--out is required", "cert", "ca"),
                bad("--ca and --san are for 'parley cert leaf'", "cert", "ca", "--out", "x", "--san", "a"),
                bad("a leaf needs --san", "cert", "leaf", "--ca", "ca", "--out", "x"),
                bad("--ca is required", "cert", "leaf", "--san", "a", "--out", "x"),
                bad("--days takes a number from 1 to 36500, not '0'", "cert", "ca", "--out", "x", "--days", "0"),
                bad("--out names files (NAME.pem, NAME.key), not the directory", "cert", "ca", "--out", "dir/"),
                bad("not an IPv6 address: 1:2:3:zz", "cert", "leaf", "--ca", "ca", "--out", "x", "--san", "1:2:3:zz"),
                bad("not an ASCII DNS name", "cert", "leaf", "--ca", "ca", "--out", "x", "--san", "bücher.example"),
                bad("unknown option --nope", "verify", "--nope", "c.pem"));
    }

    private static Arguments bad(String expected, String... args) {
        return Arguments.of(expected, args);
    }

    @ParameterizedTest
    @MethodSource("badCommandLines")
    void aBadCommandLineGivesOneLineTheUsageAndExitCodeTwo(String expected, String[] args) {
        Runs.Result result = Runs.run(args);
        assertEquals(Main.USAGE, result.exitCode(), result.err());
        String first = result.firstErrorLine();
        assertTrue(first.startsWith("parley: "), first);
        assertTrue(first.contains(expected.split(",")[0]) || first.contains(expected), first + " | expected " + expected);
        List<String> lines = result.err().lines().toList();
        assertTrue(lines.size() > 1 && lines.get(1).startsWith("usage: parley"), "the usage follows: " + result.err());
        assertFalse(result.err().contains("Exception") || result.err().contains("\tat "), "no stack trace: " + result.err());
        assertEquals("", result.out(), "nothing on stdout");
    }

    @Test
    void helpListsEveryCommandAndEachCommandHasItsUsage() {
        Runs.Result help = Runs.run("help");
        assertEquals(0, help.exitCode());
        for (String command : List.of("demo", "client", "server", "verify", "cert")) {
            assertTrue(help.out().contains("  " + command + " "), help.out());
            Runs.Result usage = Runs.run(command, "--help");
            assertEquals(0, usage.exitCode());
            assertTrue(usage.out().startsWith("usage: parley " + command), usage.out());
            assertEquals(usage.out(), Runs.run("help", command).out());
            assertEquals(usage.out(), Runs.run(command, "-h").out());
        }
        assertEquals(help.out(), Runs.run("--help").out());
        assertEquals(help.out(), Runs.run("-h").out());
    }

    @Test
    void clientReadsEveryOption() throws Exception {
        ClientCommand.Request request = new ClientCommand().read(List.of("--ca", "ca.pem", "--servername", "",
                "--alpn", "h2,http/1.1", "--verify-scheme", "ldap", "--fingerprint", "sha256$" + "ab".repeat(32),
                "--fingerprint", "sha1$" + "cd".repeat(20), "--cert", "c.pem", "--key", "k.pem", "--starttls", "imap",
                "--half-close", "--quiet", "[::1]:8443"));
        assertEquals(new Endpoint("::1", 8443), request.target());
        assertEquals(Optional.of(StartTls.IMAP), request.starttls());
        assertTrue(request.quiet());
        assertTrue(request.halfClose());
        assertFalse(request.insecure());
        assertEquals("[::1]:8443", request.target().toString());
        assertTrue(new ClientCommand().read(List.of("--insecure", "h:1")).insecure());
        assertNull(new ClientCommand().read(List.of("--help")));
    }

    @Test
    void serverReadsEveryOption() throws Exception {
        ServerCommand.Request request = new ServerCommand().read(List.of("--port", "0", "--bind", "127.0.0.1",
                "--cert", "c.pem", "--key", "k.pem", "--www", "--alpn", "http/1.1", "--verify-client", "optional",
                "--ca", "ca.pem", "--naccept", "3"));
        assertEquals(0, request.port());
        assertEquals(Optional.of("127.0.0.1"), request.bind());
        assertEquals(ServedConnection.Mode.WWW, request.mode());
        assertEquals(Optional.of(3), request.naccept());
        ServerCommand.Request defaults = new ServerCommand().read(List.of("--cert", "both.pem", "--echo"));
        assertEquals(4433, defaults.port());
        assertEquals(Optional.empty(), defaults.bind());
        assertEquals(ServedConnection.Mode.ECHO, defaults.mode());
        assertEquals(Optional.empty(), defaults.naccept());
        assertEquals(ServedConnection.Mode.RELAY, new ServerCommand().read(List.of("--cert", "c")).mode());
    }

    @Test
    void endpointsTakeNamesIpv4AndBracketedIpv6() throws Exception {
        dev.parley.cli.Arguments args = dev.parley.cli.Arguments.parse(List.of(), List.of(), "u");
        assertEquals(new Endpoint("example.com", 443), Endpoint.parse("example.com:443", args));
        assertEquals(new Endpoint("192.0.2.1", 1), Endpoint.parse("192.0.2.1:1", args));
        assertEquals(new Endpoint("2001:db8::1", 65535), Endpoint.parse("[2001:db8::1]:65535", args));
    }

    @Test
    void verifyAndCertReadTheirOptions() throws Exception {
        assertEquals(0, Runs.run("verify", "--help").exitCode());
        // The parse step alone: a chain file that does not exist is found out only when run.
        CommandLine.parse("verify", "--ca", "dir", "--host", "example.com", "--scheme", "smtp", "--purpose", "client",
                "chain.pem");
        CommandLine.parse("cert", "leaf", "--ca", "ca.pem", "--san", "a.example,192.0.2.1,::1", "--out",
                Path.of("x", "server.pem").toString(), "--subject", "CN=x,O=y", "--key-type", "ed25519", "--days", "2");
    }
}
