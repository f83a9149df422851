package dev.parley.x509.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.x509.name.Name;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The RFC 4514 reader on any text: a name or {@link IllegalArgumentException}, nothing else; and
 * any name it reads is read again, unchanged, from its own string form ({@link Name#toString}).
 */
class NameParserPropertiesTest {

    @Property(tries = 2000)
    void anyTextGivesANameOrIllegalArgument(@ForAll("nameLike") String text) {
        try {
            NameParser.parse(text);
        } catch (IllegalArgumentException expected) {
            // the only failure the reader may produce
        }
    }

    @Property(tries = 1000)
    void namesSurviveTheirOwnStringForm(@ForAll("names") String text) {
        Name name = NameParser.parse(text);
        assertEquals(name.encoded(), NameParser.parse(name.toString()).encoded(), name.toString());
    }

    @Provide
    Arbitrary<String> nameLike() {
        Arbitrary<String> pieces = Arbitraries.of("CN", "O", "C", "DC", "1.2.3", "=", ",", "+", ";", "\\", "\\2C", "\\C3\\A4", "#",
                "#0402", " ", "\"", "<", "ä", "\u20ac", "\ud83d", "a", "Z", "0", "emailAddress");
        return pieces.list().ofMaxSize(16).map(list -> String.join("", list));
    }

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> type = Arbitraries.of("CN", "O", "OU", "L", "ST", "STREET", "UID");
        Arbitrary<String> value = Arbitraries.strings().withChars("ab ,+;\"\\<>#=äß€").ofMinLength(1).ofMaxLength(12)
                .map(NameParserPropertiesTest::escape);
        Arbitrary<String> attribute = Combinators.combine(type, value).as((t, v) -> t + "=" + v);
        Arbitrary<String> rdn = attribute.list().ofMinSize(1).ofMaxSize(3).map(list -> String.join("+", list));
        return rdn.list().ofMinSize(1).ofMaxSize(4).map(list -> String.join(",", list));
    }

    /** Escapes a value as RFC 4514 §2.4 requires, so that every generated string is a valid name. */
    private static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean edgeSpace = c == ' ' && (i == 0 || i == value.length() - 1);
            if ("\"+,;<>\\".indexOf(c) >= 0 || edgeSpace || (c == '#' && i == 0)) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
