package dev.parley.x509.name;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The string preparation RFC 5280 §7.1 asks for before comparing DirectoryString values: a subset
 * of the LDAP profile of RFC 4518 §2, enough for the names certificates carry.
 *
 * <p>What is implemented, step by step:
 * <ol>
 *   <li>Transcode (§2.1): the string types are already decoded to Unicode by the DER layer.</li>
 *   <li>Map (§2.2): the characters of RFC 3454 table B.1 (soft hyphen, zero-width joiners, variation
 *       selectors, ...) and the control characters map to nothing; tab, line feed, vertical tab, form
 *       feed, carriage return, NEL and every space separator (Zs) map to SPACE; then case folding,
 *       done as upper-casing followed by lower-casing in the root locale, which folds like RFC 3454
 *       table B.2 for the scripts in use (ß and ss, final sigma, Turkish dotless i included).</li>
 *   <li>Normalize (§2.3): Unicode Normalization Form KC.</li>
 *   <li>Prohibit (§2.4): unassigned code points, private use, surrogates and non-characters make the
 *       value unpreparable; such values then compare by their encoding alone.</li>
 *   <li>Check bidi (§2.5): not implemented; RFC 4518 itself leaves it empty for LDAP.</li>
 *   <li>Insignificant space handling (§2.6.1): leading and trailing spaces are removed and inner runs of
 *       spaces count as one, which gives the same equality as the RFC's two-space form.</li>
 * </ol>
 * The same preparation is applied to IA5String values (domainComponent, emailAddress), which
 * their matching rules compare ignoring case as well.
 */
final class StringPrep {

    private StringPrep() {
    }

    /** The prepared form of {@code value}, or empty if it holds prohibited characters. */
    static Optional<String> prepare(String value) {
        StringBuilder mapped = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            i += Character.charCount(c);
            if (isProhibited(c)) {
                return Optional.empty();
            }
            if (mapsToNothing(c)) {
                continue;
            }
            mapped.appendCodePoint(mapsToSpace(c) ? ' ' : c);
        }
        String folded = mapped.toString().toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        String normalized = Normalizer.normalize(folded, Normalizer.Form.NFKC);
        return Optional.of(String.join(" ", normalized.trim().split(" +")));
    }

    private static boolean mapsToNothing(int c) {
        // RFC 4518 §2.2: RFC 3454 table B.1 and the control characters other than the white space ones.
        return c == 0x00AD || c == 0x034F || c == 0x1806 || (c >= 0x180B && c <= 0x180D)
                || (c >= 0x200B && c <= 0x200D) || c == 0x2060 || (c >= 0xFE00 && c <= 0xFE0F)
                || c == 0xFEFF || c == 0xFFFC
                || (c <= 0x0008) || (c >= 0x000E && c <= 0x001F) || (c >= 0x007F && c <= 0x0084)
                || (c >= 0x0086 && c <= 0x009F);
    }

    private static boolean mapsToSpace(int c) {
        return (c >= 0x0009 && c <= 0x000D) || c == 0x0085 || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    private static boolean isProhibited(int c) {
        int type = Character.getType(c);
        // RFC 4518 §2.4: unassigned code points, private use, non-character code points, surrogates.
        return type == Character.UNASSIGNED || type == Character.PRIVATE_USE || type == Character.SURROGATE
                || (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
    }
}
