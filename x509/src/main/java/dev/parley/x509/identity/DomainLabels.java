package dev.parley.x509.identity;

import java.net.IDN;

/**
 * The label rules shared by reference names, presented names and public-suffix rules: ASCII
 * lower-casing, the host-label alphabet and the conversion of U-labels to A-labels.
 */
final class DomainLabels {

    /** RFC 1035 §2.3.4: a label is at most 63 octets. */
    static final int MAX_LABEL_LENGTH = 63;

    /** RFC 1035 §2.3.4: a name is at most 255 octets on the wire, 253 characters as text. */
    static final int MAX_NAME_LENGTH = 253;

    /** Prefix of an A-label, an IDNA-encoded label (RFC 5890 §2.3.2.1). */
    static final String A_LABEL_PREFIX = "xn--";

    private DomainLabels() {
    }

    /**
     * Lower-cases ASCII letters only. {@link String#toLowerCase} would also fold characters such
     * as U+212A KELVIN SIGN into {@code k}, letting a non-ASCII name pass as an ASCII one.
     */
    static String asciiLowerCase(String text) {
        StringBuilder lower = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (lower == null) {
                    lower = new StringBuilder(text);
                }
                lower.setCharAt(i, (char) (c + ('a' - 'A')));
            }
        }
        return lower == null ? text : lower.toString();
    }

    static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a lower-case label is a usable host label: 1–63 characters of letters, digits,
     * hyphen and underscore. The underscore is not in the RFC 952 host alphabet but appears in
     * real service names, and IO::Socket::SSL accepts it too.
     */
    static boolean isHostLabel(String label) {
        if (label.isEmpty() || label.length() > MAX_LABEL_LENGTH) {
            return false;
        }
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    /** Whether a lower-case label is an A-label. */
    static boolean isALabel(String label) {
        return label.startsWith(A_LABEL_PREFIX);
    }

    /**
     * The A-label for a label holding non-ASCII characters (RFC 6125 §6.4.2: compare
     * internationalised names as A-labels), or {@code null} when IDNA ToASCII (RFC 3490 §4.1,
     * the IDNA2003 rules that {@link IDN} implements) refuses it, the result is no host label, or
     * the label holds a {@linkplain #hasDeviationCharacter deviation character}.
     */
    static String toALabel(String uLabel) {
        if (hasDeviationCharacter(uLabel)) {
            return null;
        }
        String converted;
        try {
            converted = IDN.toASCII(uLabel);
        } catch (IllegalArgumentException refused) {
            return null;
        }
        String lower = asciiLowerCase(converted);
        return isHostLabel(lower) ? lower : null;
    }

    /**
     * Whether a label holds one of the four characters that IDNA2003 and IDNA2008 convert
     * differently (UTS #46 §4 "deviation characters": ß (and capital ẞ, which folds to it), final
     * sigma, ZWJ, ZWNJ). {@link IDN}
     * maps {@code straße} to {@code strasse}, while IDNA2008 resolvers (and IO::Socket::SSL's
     * URI::_idna) use {@code xn--strae-oqa}: two different registered domains. Such a label is
     * refused rather than guessed; its A-label can always be given instead.
     */
    static boolean hasDeviationCharacter(String label) {
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (c == '\u00DF' || c == '\u1E9E' || c == '\u03C2' || c == '\u200C' || c == '\u200D') {
                return true;
            }
        }
        return false;
    }
}
