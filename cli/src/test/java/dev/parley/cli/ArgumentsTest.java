package dev.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The option syntax every command shares. */
class ArgumentsTest {

    private static final List<Option> OPTIONS = List.of(Option.value("ca", "FILE", "trust"),
            Option.flag("quiet", "hush"), Option.repeatable("pin", "FP", "pins"), Option.value("port", "N", "port"));

    private static Arguments parse(String... args) throws UsageException {
        return Arguments.parse(List.of(args), OPTIONS, "USAGE\n");
    }

    private static String refusal(String... args) {
        UsageException e = assertThrows(UsageException.class, () -> parse(args));
        assertEquals("USAGE\n", e.usage(), "the error carries the command's usage");
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e.getMessage();
    }

    @Test
    void readsValuesInBothSpellingsFlagsAndPositionals() throws Exception {
        Arguments args = parse("host:1", "--ca", "a.pem", "--quiet", "--port=8", "--pin", "x", "--pin=y", "more");
        assertEquals(Optional.of("a.pem"), args.value("ca"));
        assertTrue(args.flag("quiet"));
        assertEquals(List.of("x", "y"), args.values("pin"));
        assertEquals(Optional.of(8), args.integer("port", 0, 10));
        assertEquals(List.of("host:1", "more"), args.positionals());
        assertFalse(args.helpRequested());
    }

    @Test
    void doubleDashEndsTheOptionsAndALoneDashIsPositional() throws Exception {
        Arguments args = parse("-", "--", "--quiet", "-x");
        assertEquals(List.of("-", "--quiet", "-x"), args.positionals());
        assertFalse(args.flag("quiet"));
    }

    @Test
    void aValueMayLookLikeAnOptionWhenItFollowsOne() throws Exception {
        assertEquals(Optional.of("--quiet"), parse("--ca", "--quiet").value("ca"));
        assertEquals(Optional.of(""), parse("--ca=").value("ca"));
    }

    @Test
    void helpAnywhereWins() throws Exception {
        assertTrue(parse("--ca", "x", "-h").helpRequested());
        assertTrue(parse("--help", "--bogus").helpRequested());
    }

    @Test
    void refusesEachMistakeInOneLine() {
        assertEquals("unknown option --bogus", refusal("--bogus"));
        assertEquals("unknown option -x (options start with --)", refusal("-x"));
        assertEquals("--ca FILE: the value is missing", refusal("--ca"));
        assertEquals("--quiet takes no value", refusal("--quiet=yes"));
        assertEquals("--ca is given twice", refusal("--ca", "a", "--ca", "b"));
        assertEquals("unknown option --\\x0a", refusal("--\n"));
    }

    @Test
    void typedValuesAreCheckedWithTheirRange() throws Exception {
        assertEquals("--port takes a number from 0 to 10, not '11'",
                assertThrows(UsageException.class, () -> parse("--port", "11").integer("port", 0, 10)).getMessage());
        assertThrows(UsageException.class, () -> parse("--port", "x").integer("port", 0, 10));
        assertThrows(UsageException.class, () -> parse("--port", "99999999999").integer("port", 0, 10));
        assertEquals(Optional.empty(), parse().integer("port", 0, 10));
        assertEquals(Optional.of("b"), parse("--ca", "b").choice("ca", Set.of("a", "b")));
        assertThrows(UsageException.class, () -> parse("--ca", "c").choice("ca", Set.of("a", "b")));
        assertEquals(List.of("h2", "http/1.1"), parse("--ca", "h2, http/1.1").list("ca"));
        assertThrows(UsageException.class, () -> parse("--ca", "h2,,x").list("ca"));
        assertEquals(Optional.of(Path.of("a.pem")), parse("--ca", "a.pem").path("ca"));
        assertThrows(UsageException.class, () -> parse("--ca", "a\u0000b").path("ca"));
        assertThrows(UsageException.class, () -> parse("--ca", "").path("ca"));
    }

    @Test
    void positionalCountsAreExact() throws Exception {
        assertEquals("missing HOST:PORT", assertThrows(UsageException.class,
                () -> parse().positionals(1, "HOST:PORT")).getMessage());
        assertEquals("unexpected argument 'b'", assertThrows(UsageException.class,
                () -> parse("a", "b").positionals(1, "HOST:PORT")).getMessage());
        assertEquals(List.of("a"), parse("a").positionals(1, "HOST:PORT"));
    }

    @Test
    void printableEscapesControlCharactersAndShortensLongText() {
        assertEquals("a\\x1bb", Arguments.printable("a\u001bb"));
        assertEquals("x".repeat(80) + "...", Arguments.printable("x".repeat(200)));
    }
}
