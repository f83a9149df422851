package dev.parley.x509.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The list's own test vectors ({@code test_psl.txt} from publicsuffix/list, public domain) on the
 * built-in list, and the text format: comments, sections, wildcards, exceptions, IDN rules.
 */
class PublicSuffixListTest {

    private static final Pattern CHECK =
            Pattern.compile("^checkPublicSuffix\\((null|'[^']*'), (null|'[^']*')\\);$");

    /** Each {@code checkPublicSuffix(domain, registrableDomain)} line of test_psl.txt. */
    static Stream<Arguments> officialVectors() throws IOException {
        List<Arguments> vectors = new ArrayList<>();
        try (InputStream in = PublicSuffixListTest.class.getResourceAsStream("test_psl.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                Matcher m = CHECK.matcher(line.strip());
                if (m.matches() && !m.group(1).equals("null")) {
                    vectors.add(Arguments.of(unquote(m.group(1)), unquote(m.group(2))));
                }
            }
        }
        return vectors.stream();
    }

    private static String unquote(String text) {
        return text.equals("null") ? null : text.substring(1, text.length() - 1);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("officialVectors")
    void registrableDomainMatchesTheOfficialVectors(String domain, String expected) {
        // The vectors give IDN answers in the input's form; ours are always A-labels.
        Optional<String> want = expected == null ? Optional.empty() : Optional.of(IDN.toASCII(expected));
        assertEquals(want, PublicSuffixList.builtIn().registrableDomain(domain));
    }

    @Test
    void officialVectorsAreAllThere() throws IOException {
        // 82 lines, less the null input and the four commented out.
        assertEquals(77, officialVectors().count());
    }

    @Test
    void builtInListIsTheWholeDebianCopy() {
        PublicSuffixList list = PublicSuffixList.builtIn();
        assertEquals(9506, list.ruleCount());
        assertTrue(list.isPublicSuffix("co.uk"));
        assertTrue(list.isPublicSuffix("github.io"));
        assertFalse(list.icannOnly().isPublicSuffix("github.io"));
        assertTrue(list.icannOnly().isPublicSuffix("co.uk"));
        assertEquals(Optional.of("github.io"), list.publicSuffix("foo.github.io"));
        assertEquals(Optional.of("io"), list.icannOnly().publicSuffix("foo.github.io"));
    }

    @Test
    void defaultListPrefersTheSystemCopy() {
        PublicSuffixList list = PublicSuffixList.defaultList();
        assertTrue(list.ruleCount() > 5000, list.toString());
        if (Files.isReadable(Path.of(PublicSuffixList.SYSTEM_LIST))) {
            assertEquals(PublicSuffixList.SYSTEM_LIST, list.source());
        }
        assertTrue(list.isPublicSuffix("com"));
    }

    @Test
    void readsCommentsSectionsWildcardsAndExceptions() throws IdentityFormatException {
        PublicSuffixList list = PublicSuffixList.parse(String.join("\n",
                "// a comment",
                "// ===BEGIN ICANN DOMAINS===",
                "uk",
                "co.uk    this text after whitespace is ignored",
                "*.ck",
                "!www.ck",
                "  indented.example  ",
                "// ===END ICANN DOMAINS===",
                "// ===BEGIN PRIVATE DOMAINS===",
                "github.io",
                "// ===END PRIVATE DOMAINS===",
                ""));
        assertEquals(6, list.ruleCount());
        assertEquals(Optional.of("co.uk"), list.publicSuffix("www.example.co.uk"));
        assertEquals(Optional.of("example.co.uk"), list.registrableDomain("www.example.co.uk"));
        assertEquals(Optional.of("foo.ck"), list.publicSuffix("a.foo.ck"));
        assertEquals(Optional.of("ck"), list.publicSuffix("www.ck"));
        assertEquals(Optional.of("www.ck"), list.registrableDomain("a.www.ck"));
        assertTrue(list.isPublicSuffix("indented.example"));
        assertTrue(list.isPublicSuffix("github.io"));
        assertFalse(list.icannOnly().isPublicSuffix("github.io"));
        assertTrue(list.icannOnly().isPublicSuffix("co.uk"));
    }

    @Test
    void exceptionRulesWinOverLongerRules() throws IdentityFormatException {
        // The list's algorithm: an exception rule prevails whatever else matches.
        PublicSuffixList list = PublicSuffixList.parse("d\n!c.d\na.b.c.d\n");
        assertEquals(Optional.of("d"), list.publicSuffix("a.b.c.d"));
    }

    @Test
    void wildcardsMayStandAnywhereAsWholeLabels() throws IdentityFormatException {
        PublicSuffixList list = PublicSuffixList.parse("*.*.foo\n");
        assertEquals(Optional.of("a.b.foo"), list.publicSuffix("x.a.b.foo"));
        assertEquals(Optional.of("foo"), list.publicSuffix("a.foo"));
    }

    @Test
    void readsUnicodeRulesAsALabels() throws IdentityFormatException {
        PublicSuffixList list = PublicSuffixList.parse("公司.cn\nCOM\n.leading.example.\n");
        assertTrue(list.isPublicSuffix("xn--55qx5d.cn"));
        assertTrue(list.isPublicSuffix("公司.cn"));
        assertTrue(list.isPublicSuffix("com"));
        assertTrue(list.isPublicSuffix("leading.example"));
        assertEquals(Optional.of("xn--85x722f.xn--55qx5d.cn"), list.registrableDomain("www.食狮.公司.cn"));
    }

    @Test
    void unlistedNamesFallBackToTheirLastLabel() {
        PublicSuffixList none = PublicSuffixList.none();
        assertEquals(0, none.ruleCount());
        assertEquals(Optional.of("uk"), none.publicSuffix("example.co.uk"));
        assertEquals(Optional.of("co.uk"), none.registrableDomain("example.co.uk"));
        assertTrue(none.isPublicSuffix("localhost"));
        assertEquals(Optional.of("localhost"), none.publicSuffix("localhost."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", ".com", "a..b", "a b.com", "*.com", "exa_mple..com"})
    void unusableNamesHaveNoSuffix(String name) {
        assertEquals(Optional.empty(), PublicSuffixList.builtIn().publicSuffix(name));
        assertEquals(Optional.empty(), PublicSuffixList.builtIn().registrableDomain(name));
        assertFalse(PublicSuffixList.builtIn().isPublicSuffix(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a..b", "!com", "!*.com", "a*.com", "*a.com", "exa%mple", "!", ".", "..",
        "a/b", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.com", "\u00AD.com"})
    void refusesMalformedRulesNamingTheLine(String rule) {
        IdentityFormatException e = assertThrows(IdentityFormatException.class,
                () -> PublicSuffixList.parse("// first\ncom\n" + rule + "\n"));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void loadsAFile(@TempDir Path temp) throws IOException, IdentityFormatException {
        Path file = temp.resolve("list.dat");
        Files.writeString(file, "// ===BEGIN ICANN DOMAINS===\ncom\nco.uk\n", StandardCharsets.UTF_8);
        PublicSuffixList list = PublicSuffixList.load(file);
        assertEquals(2, list.ruleCount());
        assertEquals(file.toString(), list.source());
    }

    @Test
    void refusesAFileThatIsNotUtf8(@TempDir Path temp) throws IOException {
        Path file = temp.resolve("list.dat");
        Files.write(file, new byte[] {'c', 'o', 'm', '\n', (byte) 0xC3, (byte) 0x28, '\n'});
        assertThrows(IdentityFormatException.class, () -> PublicSuffixList.load(file));
    }

    @Test
    void refusesAnOversizedFile(@TempDir Path temp) throws IOException {
        Path file = temp.resolve("huge.dat");
        byte[] comment = new byte[PublicSuffixList.MAX_LIST_BYTES + 1];
        java.util.Arrays.fill(comment, (byte) '/');
        Files.write(file, comment);
        IdentityFormatException e = assertThrows(IdentityFormatException.class, () -> PublicSuffixList.load(file));
        assertTrue(e.getMessage().contains("16 MiB"));
    }

    @Test
    void missingFileIsAnIoException(@TempDir Path temp) {
        assertThrows(IOException.class, () -> PublicSuffixList.load(temp.resolve("absent.dat")));
    }
}
