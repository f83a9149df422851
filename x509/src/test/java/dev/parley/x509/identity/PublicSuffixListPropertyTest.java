package dev.parley.x509.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Reading any list text ends in a list or an IdentityFormatException, and lookups stay consistent. */
class PublicSuffixListPropertyTest {

    @Property
    void arbitraryTextParsesOrFailsCleanly(@ForAll String text, @ForAll String name) {
        parseAndLookUp(text, name);
    }

    @Property
    void listLikeTextParsesOrFailsCleanly(@ForAll("listLike") String text, @ForAll("listLike") String name) {
        parseAndLookUp(text, name);
    }

    @Provide
    Arbitrary<String> listLike() {
        return Arbitraries.strings().withChars("abc.*!/ \n\t=公司xn-_ü\u3002")
                .ofMaxLength(120);
    }

    private static void parseAndLookUp(String text, String name) {
        PublicSuffixList list;
        try {
            list = PublicSuffixList.parse(text);
        } catch (IdentityFormatException expected) {
            return;
        }
        for (PublicSuffixList view : List.of(list, list.icannOnly())) {
            Optional<String> suffix = view.publicSuffix(name);
            Optional<String> registrable = view.registrableDomain(name);
            if (registrable.isPresent()) {
                assertTrue(suffix.isPresent());
                assertTrue(registrable.get().endsWith("." + suffix.get()), registrable + " / " + suffix);
            }
            assertEquals(suffix.isPresent() && registrable.isEmpty(), view.isPublicSuffix(name));
        }
    }

    @Property
    void everyPlainRuleIsAPublicSuffixAndOneLabelMoreIsRegistrable(@ForAll("plainRules") List<String> rules) {
        PublicSuffixList list;
        try {
            list = PublicSuffixList.parse(String.join("\n", rules));
        } catch (IdentityFormatException e) {
            throw new AssertionError("plain rules must parse", e);
        }
        assertEquals(rules.size(), list.ruleCount());
        for (String rule : rules) {
            assertTrue(list.isPublicSuffix(rule), rule);
            // 'zz' cannot occur in generated rules, so no longer rule covers it.
            assertEquals(Optional.of("zz." + rule), list.registrableDomain("www.zz." + rule));
        }
    }

    @Provide
    Arbitrary<List<String>> plainRules() {
        Arbitrary<String> label = Arbitraries.strings().withChars("abc").ofMinLength(1).ofMaxLength(3);
        return label.list().ofMinSize(1).ofMaxSize(4).map(labels -> String.join(".", labels))
                .list().ofMinSize(1).ofMaxSize(20);
    }
}
