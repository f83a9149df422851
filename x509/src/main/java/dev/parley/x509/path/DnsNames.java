package dev.parley.x509.path;

import java.util.Locale;

/**
 * The syntax of DNS names in certificates and how they fall into name-constraint subtrees.
 *
 * <p>A dNSName must be in the "preferred name syntax" of RFC 1034 §3.5 as RFC 1123 §2.1 relaxed
 * it (RFC 5280 §4.2.1.6): labels of letters, digits and hyphens, 1 to 63 characters, not
 * starting or ending with a hyphen, at most 253 characters in all, no empty label and no trailing
 * dot. In a subjectAltName the web PKI also allows a wildcard as the whole left-most label, over
 * at least two labels ({@code *.example.com}; CA/Browser Forum baseline requirements, "Wildcard
 * Domain Name"). Comparisons ignore ASCII case (RFC 4343).
 */
final class DnsNames {

    private static final int MAX_NAME_LENGTH = 253;
    private static final int MAX_LABEL_LENGTH = 63;

    private DnsNames() {
    }

    /** Whether {@code name} is a host name in preferred name syntax, without wildcard. */
    static boolean isHostName(String name) {
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            return false;
        }
        int start = 0;
        while (true) {
            int dot = name.indexOf('.', start);
            int end = dot < 0 ? name.length() : dot;
            if (!isLabel(name, start, end)) {
                return false;
            }
            if (dot < 0) {
                return true;
            }
            start = dot + 1;
        }
    }

    /** Whether {@code name} may stand in a subjectAltName: a host name, or {@code *.} and two labels or more. */
    static boolean isSubjectAltName(String name) {
        if (isWildcard(name)) {
            String base = name.substring(2);
            return isHostName(base) && base.indexOf('.') > 0;
        }
        return isHostName(name);
    }

    /** Whether {@code name} is a wildcard pattern, {@code *.} followed by something. */
    static boolean isWildcard(String name) {
        return name.startsWith("*.");
    }

    /**
     * Whether {@code constraint} is a valid dNSName name constraint: a host name, or empty (the
     * whole DNS name space). RFC 5280 §4.2.1.10 gives no leading-period form for DNS names (only
     * for URIs and mailboxes) and no wildcard.
     */
    static boolean isConstraint(String constraint) {
        return constraint.isEmpty() || isHostName(constraint);
    }

    /**
     * RFC 5280 §4.2.1.10: whether {@code name} is {@code base} or can be made from it by adding
     * labels on the left. Both must be valid host names; the empty base holds every name.
     */
    static boolean isWithin(String name, String base) {
        if (base.isEmpty()) {
            return true;
        }
        String n = lower(name);
        String b = lower(base);
        return n.equals(b) || (n.endsWith(b) && n.charAt(n.length() - b.length() - 1) == '.');
    }

    /**
     * Whether every name the wildcard {@code *.rest} can match lies in the subtree of {@code base}:
     * {@code rest} itself must lie in it, because the wildcard replaces exactly one label.
     */
    static boolean wildcardWithin(String wildcard, String base) {
        return isWithin(wildcard.substring(2), base);
    }

    /**
     * Whether some name the wildcard {@code *.rest} can match lies in the subtree of {@code base}:
     * either {@code rest} lies in it, or {@code base} is one label followed by {@code rest}.
     * Excluded subtrees must be tested this way: a hostname verifier may accept such a name for
     * the wildcard (CVE-2025-61727).
     */
    static boolean wildcardMayReach(String wildcard, String base) {
        String rest = wildcard.substring(2);
        if (isWithin(rest, base)) {
            return true;
        }
        String b = lower(base);
        int dot = b.indexOf('.');
        return dot > 0 && b.substring(dot + 1).equals(lower(rest));
    }

    private static boolean isLabel(String name, int start, int end) {
        int length = end - start;
        if (length < 1 || length > MAX_LABEL_LENGTH || name.charAt(start) == '-' || name.charAt(end - 1) == '-') {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = name.charAt(i);
            boolean letterDigitHyphen = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
            if (!letterDigitHyphen) {
                return false;
            }
        }
        return true;
    }

    static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
