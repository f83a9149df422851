package dev.parley.x509.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A DNS name the certificate presents (a subjectAltName dNSName or the subject's common name),
 * normalised to lower-case A-labels, with the position of its wildcard if it has one.
 *
 * <p>A presented name is usable only if every label is a host label; a label with non-ASCII
 * characters must be a U-label whose A-label starts with {@code xn--} (so full-width letters
 * cannot pose as ASCII); one {@code *} may stand in the leftmost label and nowhere else
 * (RFC 6125 §6.4.3 rule 1). One trailing dot is ignored.
 */
final class PresentedName {

    /** The outcome of comparing one presented name, with the reason in words. */
    record Verdict(boolean matched, String reason) {
        static Verdict yes(String reason) {
            return new Verdict(true, reason);
        }

        static Verdict no(String reason) {
            return new Verdict(false, reason);
        }
    }

    private final List<String> labels;
    private final int wildcardAt;
    private final String problem;

    private PresentedName(List<String> labels, int wildcardAt, String problem) {
        this.labels = labels;
        this.wildcardAt = wildcardAt;
        this.problem = problem;
    }

    /** Normalises {@code text}; never throws for any string. */
    static PresentedName parse(String text) {
        if (text.length() > 4 * DomainLabels.MAX_NAME_LENGTH) {
            return unusable("longer than a host name can be");
        }
        String name = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        if (name.isEmpty()) {
            return unusable("empty name");
        }
        if (name.indexOf('*') != name.lastIndexOf('*')) {
            return unusable("more than one '*'");
        }
        String[] raw = name.split("\\.", -1);
        List<String> labels = new ArrayList<>(raw.length);
        int wildcardAt = -1;
        for (int i = 0; i < raw.length; i++) {
            String label = raw[i];
            if (label.isEmpty()) {
                return unusable("has an empty label");
            }
            int star = label.indexOf('*');
            if (star >= 0) {
                if (i != 0) {
                    return unusable("RFC 6125 §6.4.3: '*' only in the leftmost label");
                }
                if (!DomainLabels.isAscii(label)) {
                    return unusable("RFC 6125 §6.4.3: no wildcard inside an internationalised label");
                }
                String lower = DomainLabels.asciiLowerCase(label);
                String fixedPart = lower.substring(0, star) + lower.substring(star + 1);
                if (label.length() > DomainLabels.MAX_LABEL_LENGTH
                        || !(fixedPart.isEmpty() || DomainLabels.isHostLabel(fixedPart))) {
                    return unusable("leftmost label '" + label + "' has characters a host name cannot have");
                }
                wildcardAt = star;
                labels.add(lower);
            } else if (DomainLabels.isAscii(label)) {
                String lower = DomainLabels.asciiLowerCase(label);
                if (!DomainLabels.isHostLabel(lower)) {
                    return unusable("label '" + label + "' has characters a host name cannot have");
                }
                labels.add(lower);
            } else {
                String aLabel = DomainLabels.toALabel(label);
                if (aLabel == null || !DomainLabels.isALabel(aLabel)) {
                    return unusable("label '" + label + "' is not a valid internationalised label");
                }
                labels.add(aLabel);
            }
        }
        if (String.join(".", labels).length() > DomainLabels.MAX_NAME_LENGTH) {
            return unusable("longer than 253 characters");
        }
        return new PresentedName(List.copyOf(labels), wildcardAt, null);
    }

    private static PresentedName unusable(String problem) {
        return new PresentedName(List.of(), -1, problem);
    }

    /**
     * Compares this presented name with a DNS reference name under one wildcard mode. The public
     * suffix list is fetched only when a wildcard gets that far, so exact names never load it.
     */
    Verdict match(ReferenceName reference, HostnameScheme.Wildcards mode, Supplier<PublicSuffixList> suffixes) {
        if (problem != null) {
            return Verdict.no("unusable: " + problem);
        }
        List<String> wanted = reference.labels();
        if (wildcardAt < 0) {
            // RFC 6125 §6.4.1 and §6.4.2: A-labels compared as ASCII without regard to case.
            return labels.equals(wanted)
                    ? Verdict.yes("same name (compared as A-labels, ignoring case)")
                    : Verdict.no("different name");
        }
        if (mode == HostnameScheme.Wildcards.NONE) {
            return Verdict.no("the scheme allows no wildcard here");
        }
        if (labels.size() < 3) {
            // RFC 6125 §7.2: '*' and '*.tld' would cover whole top-level domains.
            return Verdict.no("a wildcard needs at least two labels after it");
        }
        if (labels.size() != wanted.size()) {
            // RFC 6125 §6.4.3 rule 2: the wildcard stands for exactly one label.
            return Verdict.no("a wildcard covers exactly one label, and the label counts differ");
        }
        if (!labels.subList(1, labels.size()).equals(wanted.subList(1, wanted.size()))) {
            return Verdict.no("different name after the wildcard label");
        }
        String pattern = labels.get(0);
        String prefix = pattern.substring(0, wildcardAt);
        String suffix = pattern.substring(wildcardAt + 1);
        String leftmost = wanted.get(0);
        if (!prefix.isEmpty() || !suffix.isEmpty()) {
            if (mode == HostnameScheme.Wildcards.FULL_LABEL) {
                return Verdict.no("the scheme allows only a wildcard that is the whole leftmost label");
            }
            if (DomainLabels.isALabel(leftmost)) {
                // RFC 6125 §6.4.3 rule 3: never match a partial wildcard into an A-label.
                return Verdict.no("a partial-label wildcard never matches an A-label ('" + leftmost + "')");
            }
            boolean fits = leftmost.length() > prefix.length() + suffix.length()
                    && leftmost.startsWith(prefix) && leftmost.endsWith(suffix);
            if (!fits) {
                return Verdict.no("leftmost label '" + leftmost + "' does not fit '" + pattern + "'");
            }
        }
        PublicSuffixList list = suffixes.get();
        int suffixLabels = list.publicSuffixLength(wanted);
        if (wanted.size() <= suffixLabels + 1) {
            // RFC 6125 §7.2: no wildcard over a public suffix such as co.uk.
            int from = Math.max(0, wanted.size() - suffixLabels);
            String publicSuffix = String.join(".", wanted.subList(from, wanted.size()));
            return Verdict.no("the wildcard would cover a registrable domain under the public suffix '"
                    + publicSuffix + "'");
        }
        return Verdict.yes("wildcard '" + pattern + "' covers the label '" + leftmost + "'");
    }
}
