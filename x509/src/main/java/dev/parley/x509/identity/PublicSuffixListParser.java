package dev.parley.x509.identity;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the text format of the Public Suffix List (https://publicsuffix.org/list/, "Format"):
 * one rule per line, read up to the first whitespace; {@code //} comment lines; {@code !} for an
 * exception rule; {@code *} for a label that matches any one label; rules in U-labels converted to
 * A-labels; the {@code ===BEGIN ICANN DOMAINS===} and {@code ===BEGIN PRIVATE DOMAINS===} comments
 * marking the two sections.
 *
 * <p>Rules outside both sections count as ICANN rules, so a hand-written list without markers
 * works in every view. A malformed rule ends parsing with an {@link IdentityFormatException}
 * naming its line: a list that silently lost rules would let wildcards through.
 */
final class PublicSuffixListParser {

    private static final String BEGIN_ICANN = "===BEGIN ICANN DOMAINS===";
    private static final String END_ICANN = "===END ICANN DOMAINS===";
    private static final String BEGIN_PRIVATE = "===BEGIN PRIVATE DOMAINS===";
    private static final String END_PRIVATE = "===END PRIVATE DOMAINS===";

    private final SuffixRuleNode root = new SuffixRuleNode();
    private int ruleCount;
    private boolean inPrivateSection;

    private PublicSuffixListParser() {
    }

    /** The rule tree of {@code text}, and how many rules it holds. */
    static PublicSuffixList.Rules parse(String text) throws IdentityFormatException {
        PublicSuffixListParser parser = new PublicSuffixListParser();
        int lineNumber = 0;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            lineNumber++;
            parser.line(text.substring(start, end), lineNumber);
            start = end + 1;
        }
        return new PublicSuffixList.Rules(parser.root, parser.ruleCount);
    }

    private void line(String line, int lineNumber) throws IdentityFormatException {
        String content = line.strip();
        if (content.isEmpty()) {
            return;
        }
        if (content.startsWith("//")) {
            if (content.contains(BEGIN_PRIVATE)) {
                inPrivateSection = true;
            } else if (content.contains(BEGIN_ICANN) || content.contains(END_ICANN)
                    || content.contains(END_PRIVATE)) {
                inPrivateSection = false;
            }
            return;
        }
        int space = 0;
        while (space < content.length() && !Character.isWhitespace(content.charAt(space))) {
            space++;
        }
        rule(content.substring(0, space), lineNumber);
    }

    private void rule(String rule, int lineNumber) throws IdentityFormatException {
        boolean exception = rule.startsWith("!");
        String body = exception ? rule.substring(1) : rule;
        // The format: empty labels are not allowed, so one leading and one trailing dot are ignored.
        if (body.startsWith(".")) {
            body = body.substring(1);
        }
        if (body.endsWith(".")) {
            body = body.substring(0, body.length() - 1);
        }
        if (body.isEmpty()) {
            throw malformed(lineNumber, rule, "no labels");
        }
        List<String> labels = new ArrayList<>();
        for (String label : body.split("\\.", -1)) {
            labels.add(label(label, rule, lineNumber));
        }
        if (String.join(".", labels).length() > DomainLabels.MAX_NAME_LENGTH) {
            throw malformed(lineNumber, rule, "longer than 253 characters");
        }
        if (exception && (labels.size() < 2 || labels.get(0).equals("*"))) {
            throw malformed(lineNumber, rule, "an exception rule needs a fixed leftmost label and a parent");
        }
        SuffixRuleNode node = root;
        for (int i = labels.size() - 1; i >= 0; i--) {
            node = node.childOrNew(labels.get(i));
        }
        if (exception) {
            node.addFlags(inPrivateSection ? SuffixRuleNode.PRIVATE_EXCEPTION : SuffixRuleNode.ICANN_EXCEPTION);
        } else {
            node.addFlags(inPrivateSection ? SuffixRuleNode.PRIVATE_RULE : SuffixRuleNode.ICANN_RULE);
        }
        ruleCount++;
    }

    private static String label(String label, String rule, int lineNumber) throws IdentityFormatException {
        if (label.isEmpty()) {
            throw malformed(lineNumber, rule, "empty label");
        }
        if (label.equals("*")) {
            return label;
        }
        if (label.indexOf('*') >= 0) {
            throw malformed(lineNumber, rule, "a wildcard must be a whole label");
        }
        String ascii = DomainLabels.isAscii(label)
                ? DomainLabels.asciiLowerCase(label)
                : DomainLabels.toALabel(label);
        if (ascii == null || !DomainLabels.isHostLabel(ascii)) {
            throw malformed(lineNumber, rule, "label '" + label + "' is not a host label");
        }
        return ascii;
    }

    private static IdentityFormatException malformed(int lineNumber, String rule, String problem) {
        String shown = rule.length() > 80 ? rule.substring(0, 80) + "..." : rule;
        return new IdentityFormatException("public suffix list line " + lineNumber + ": rule '" + shown
                + "': " + problem);
    }
}
