package dev.parley.x509.identity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The Public Suffix List (https://publicsuffix.org/list/): the domains under which anyone may
 * register names, such as {@code com}, {@code co.uk} or {@code github.io}. Hostname verification
 * uses it to refuse a wildcard that would cover every registrant of such a suffix (RFC 6125 §7.2).
 *
 * <p>The default list ({@link #defaultList()}) is read once, on first use, from:
 * <ol>
 *   <li>the operating system's copy, {@value #SYSTEM_LIST} (Debian's {@code publicsuffix}
 *       package), when it exists, is readable and parses;</li>
 *   <li>otherwise the copy built into this library ({@link #builtIn()}), which works offline
 *       (see the {@code README.md} beside it for its origin, date and licence, MPL-2.0).</li>
 * </ol>
 * Both hold the ICANN and the PRIVATE section, so {@code *.github.io} is refused as well as
 * {@code *.co.uk}. IO::Socket::SSL's built-in list keeps only the ICANN section; {@link #icannOnly()}
 * gives that view. {@link #none()} switches the public-suffix check off (IO::Socket::SSL's
 * {@code SSL_verifycn_publicsuffix => ''}); wildcards over a single label ({@code *.com}) stay
 * refused even then.
 *
 * <p>Lookups follow the list's algorithm: the longest matching rule wins, an exception rule wins
 * over all others and gives up its leftmost label, and a name that no rule matches has its last
 * label as public suffix (the implicit {@code *} rule). Names are compared as lower-case A-labels.
 * A lookup costs one step per label; instances are immutable and safe to share.
 */
public final class PublicSuffixList {

    /** Where Debian and its derivatives install the list. */
    public static final String SYSTEM_LIST = "/usr/share/publicsuffix/public_suffix_list.dat";

    /** The built-in copy, a resource beside this class. */
    private static final String BUILT_IN_RESOURCE = "public_suffix_list.dat.gz";

    /** Upper bound on a list's size in bytes; the real list is about 250 KB. */
    static final int MAX_LIST_BYTES = 16 * 1024 * 1024;

    private static final PublicSuffixList NONE =
            new PublicSuffixList(new SuffixRuleNode(), 0, SuffixRuleNode.ALL_SECTIONS, "no list");

    /** A parsed rule tree and its rule count, as the parser hands it over. */
    record Rules(SuffixRuleNode root, int count) {
    }

    private final SuffixRuleNode root;
    private final int ruleCount;
    private final int sectionMask;
    private final String source;

    private PublicSuffixList(SuffixRuleNode root, int ruleCount, int sectionMask, String source) {
        this.root = root;
        this.ruleCount = ruleCount;
        this.sectionMask = sectionMask;
        this.source = source;
    }

    /** The system's list if usable, else the built-in one; loaded once, on first call. */
    public static PublicSuffixList defaultList() {
        return DefaultHolder.LIST;
    }

    /** The copy shipped inside this library; loaded once, on first call. */
    public static PublicSuffixList builtIn() {
        return BuiltInHolder.LIST;
    }

    /** A list without rules: only the implicit {@code *} rule, so every TLD is a public suffix. */
    public static PublicSuffixList none() {
        return NONE;
    }

    /**
     * A list from its text.
     *
     * @throws IdentityFormatException if a rule is malformed (the message names the line)
     */
    public static PublicSuffixList parse(String text) throws IdentityFormatException {
        Rules rules = PublicSuffixListParser.parse(text);
        return new PublicSuffixList(rules.root(), rules.count(), SuffixRuleNode.ALL_SECTIONS, "text");
    }

    /**
     * A list from a UTF-8 file.
     *
     * @throws IOException             if the file cannot be read
     * @throws IdentityFormatException if it is larger than 16 MiB, not UTF-8, or has a malformed rule
     */
    public static PublicSuffixList load(Path file) throws IOException, IdentityFormatException {
        try (InputStream in = Files.newInputStream(file)) {
            return fromStream(in, file.toString());
        }
    }

    private static PublicSuffixList fromStream(InputStream in, String source)
            throws IOException, IdentityFormatException {
        byte[] bytes = in.readNBytes(MAX_LIST_BYTES + 1);
        if (bytes.length > MAX_LIST_BYTES) {
            throw new IdentityFormatException(source + ": a public suffix list larger than 16 MiB is refused");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IdentityFormatException(source + ": the public suffix list is not UTF-8", e);
        }
        Rules rules = PublicSuffixListParser.parse(text);
        return new PublicSuffixList(rules.root(), rules.count(), SuffixRuleNode.ALL_SECTIONS, source);
    }

    /** The same rules without the PRIVATE section, as IO::Socket::SSL's built-in list has them. */
    public PublicSuffixList icannOnly() {
        return new PublicSuffixList(root, ruleCount, SuffixRuleNode.ICANN_SECTION, source + " (ICANN section only)");
    }

    /**
     * The public suffix of {@code name} in lower-case A-labels, or empty if {@code name} is no
     * usable domain name (an empty label, as in {@code .example.com}, or a label IDNA refuses).
     */
    public Optional<String> publicSuffix(String name) {
        return labelsOf(name).map(labels -> joinLast(labels, publicSuffixLength(labels)));
    }

    /** Whether {@code name} is itself a public suffix; false for an unusable name. */
    public boolean isPublicSuffix(String name) {
        return labelsOf(name).map(labels -> publicSuffixLength(labels) >= labels.size()).orElse(false);
    }

    /**
     * The registrable domain of {@code name}: its public suffix and one more label, in lower-case
     * A-labels; empty when {@code name} is a public suffix itself or unusable.
     */
    public Optional<String> registrableDomain(String name) {
        return labelsOf(name).flatMap(labels -> {
            int length = publicSuffixLength(labels) + 1;
            return length <= labels.size() ? Optional.of(joinLast(labels, length)) : Optional.empty();
        });
    }

    /** The number of rules read (the same for the {@link #icannOnly()} view). */
    public int ruleCount() {
        return ruleCount;
    }

    /** Where the rules came from: a path, {@code built-in ...}, {@code text} or {@code no list}. */
    public String source() {
        return source;
    }

    /**
     * How many labels at the end of {@code labels} (lower-case A-labels, leftmost first) form
     * the public suffix: at least one, at most {@code labels.size()}.
     */
    int publicSuffixLength(List<String> labels) {
        // [0]: labels of the longest matching rule, [1]: of the longest matching exception rule.
        int[] longest = new int[2];
        walk(root, labels, 0, longest);
        if (longest[1] > 0) {
            return longest[1] - 1;
        }
        if (longest[0] > 0) {
            return longest[0];
        }
        return Math.min(1, labels.size());
    }

    /**
     * Follows the rule tree from the top-level label down, through both the literal label's child
     * and a {@code *} child. Each tree node lies on one path only, so the walk visits no node
     * twice: one step per label for real lists, never more than the tree's size.
     */
    private void walk(SuffixRuleNode node, List<String> labels, int depth, int[] longest) {
        if (depth == labels.size()) {
            return;
        }
        String label = labels.get(labels.size() - 1 - depth);
        visit(node.child(label), labels, depth + 1, longest);
        visit(node.child("*"), labels, depth + 1, longest);
    }

    private void visit(SuffixRuleNode node, List<String> labels, int depth, int[] longest) {
        if (node == null) {
            return;
        }
        int flags = node.flags() & sectionMask;
        if ((flags & SuffixRuleNode.ANY_RULE) != 0) {
            longest[0] = Math.max(longest[0], depth);
        }
        if ((flags & SuffixRuleNode.ANY_EXCEPTION) != 0) {
            longest[1] = Math.max(longest[1], depth);
        }
        walk(node, labels, depth, longest);
    }

    private static Optional<List<String>> labelsOf(String name) {
        Objects.requireNonNull(name, "name");
        ReferenceName parsed = ReferenceName.parse(name);
        return parsed.kind() == ReferenceName.Kind.DNS_NAME ? Optional.of(parsed.labels()) : Optional.empty();
    }

    private static String joinLast(List<String> labels, int count) {
        return String.join(".", labels.subList(labels.size() - count, labels.size()));
    }

    private static PublicSuffixList loadBuiltIn() {
        try (InputStream resource = PublicSuffixList.class.getResourceAsStream(BUILT_IN_RESOURCE)) {
            if (resource == null) {
                throw new IllegalStateException("the built-in public suffix list is missing from the jar");
            }
            return fromStream(new GZIPInputStream(resource), "built-in copy (" + BUILT_IN_RESOURCE + ")");
        } catch (IOException | IdentityFormatException e) {
            throw new IllegalStateException("the built-in public suffix list cannot be read", e);
        }
    }

    private static PublicSuffixList loadDefault() {
        Path system = Path.of(SYSTEM_LIST);
        if (Files.isReadable(system)) {
            try {
                return load(system);
            } catch (IOException | IdentityFormatException unusable) {
                // The system copy is optional; an unreadable or broken one yields to the built-in list.
            }
        }
        return builtIn();
    }

    @Override
    public String toString() {
        return "PublicSuffixList[" + source + ", " + ruleCount + " rules]";
    }

    /** Lazy holder: the built-in list is parsed on first use only. */
    private static final class BuiltInHolder {
        static final PublicSuffixList LIST = loadBuiltIn();
    }

    /** Lazy holder: the default list is chosen and parsed on first use only. */
    private static final class DefaultHolder {
        static final PublicSuffixList LIST = loadDefault();
    }
}
