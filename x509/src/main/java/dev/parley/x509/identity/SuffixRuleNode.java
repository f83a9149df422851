package dev.parley.x509.identity;

import java.util.HashMap;
import java.util.Map;

/**
 * One label of the public suffix rule tree: rules are stored right to left ({@code co.uk} is
 * the child {@code co} of the child {@code uk} of the root), and a node records whether a rule or
 * an exception rule ends there, and in which section of the list it was written.
 */
final class SuffixRuleNode {

    static final int ICANN_RULE = 1;
    static final int PRIVATE_RULE = 2;
    static final int ICANN_EXCEPTION = 4;
    static final int PRIVATE_EXCEPTION = 8;

    /** Flags of rules of both sections. */
    static final int ALL_SECTIONS = ICANN_RULE | PRIVATE_RULE | ICANN_EXCEPTION | PRIVATE_EXCEPTION;

    /** Flags of rules of the ICANN section (and rules outside any section). */
    static final int ICANN_SECTION = ICANN_RULE | ICANN_EXCEPTION;

    static final int ANY_RULE = ICANN_RULE | PRIVATE_RULE;
    static final int ANY_EXCEPTION = ICANN_EXCEPTION | PRIVATE_EXCEPTION;

    private Map<String, SuffixRuleNode> children;
    private int flags;

    /** The child for {@code label} ({@code *} for a wildcard), or {@code null}. */
    SuffixRuleNode child(String label) {
        return children == null ? null : children.get(label);
    }

    /** The child for {@code label}, created if missing. */
    SuffixRuleNode childOrNew(String label) {
        if (children == null) {
            children = new HashMap<>(4);
        }
        return children.computeIfAbsent(label, ignored -> new SuffixRuleNode());
    }

    int flags() {
        return flags;
    }

    void addFlags(int more) {
        flags |= more;
    }
}
