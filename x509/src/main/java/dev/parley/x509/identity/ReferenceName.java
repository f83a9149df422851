package dev.parley.x509.identity;

import dev.parley.crypto.Bytes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The name a client expects its peer to have (RFC 6125 §1.8 "reference identifier"), classified
 * once: a DNS name in lower-case A-labels, an IP address as octets, or unusable.
 *
 * <p>Classification follows IO::Socket::SSL: text containing {@code :} must be an IPv6 literal;
 * text made only of digits and dots, starting with a digit, must be a dotted-quad IPv4 literal;
 * anything else is a host name. An IPv6 literal may also be written in URI brackets
 * ({@code [::1]}, RFC 3986 §3.2.2), which IO::Socket::SSL does not accept. One trailing dot is
 * ignored. An unusable reference name never matches anything.
 */
final class ReferenceName {

    /** What the reference name turned out to be. */
    enum Kind {
        DNS_NAME,
        IP_ADDRESS,
        UNUSABLE
    }

    private final Kind kind;
    private final List<String> labels;
    private final Bytes address;
    private final String problem;

    private ReferenceName(Kind kind, List<String> labels, Bytes address, String problem) {
        this.kind = kind;
        this.labels = labels;
        this.address = address;
        this.problem = problem;
    }

    /** Classifies {@code given}; never throws for any string. */
    static ReferenceName parse(String given) {
        Objects.requireNonNull(given, "reference name");
        if (given.length() > 2 && given.startsWith("[") && given.endsWith("]")) {
            String inner = given.substring(1, given.length() - 1);
            Optional<Bytes> ipv6 = inner.indexOf(':') >= 0 ? IpLiteral.parse(inner) : Optional.empty();
            return ipv6.map(ReferenceName::ip)
                    .orElseGet(() -> unusable("brackets enclose no IPv6 literal"));
        }
        String text = given.endsWith(".") ? given.substring(0, given.length() - 1) : given;
        if (text.indexOf(':') >= 0) {
            return IpLiteral.parse(text).map(ReferenceName::ip)
                    .orElseGet(() -> unusable("contains ':' but is no IPv6 literal"));
        }
        if (looksNumeric(text)) {
            return IpLiteral.parseIpv4Only(text).map(ReferenceName::ip)
                    .orElseGet(() -> unusable("only digits and dots, but no dotted-quad IPv4 literal"));
        }
        return hostName(given);
    }

    private static ReferenceName hostName(String given) {
        if (given.length() > 4 * DomainLabels.MAX_NAME_LENGTH) {
            return unusable("longer than a host name can be");
        }
        List<String> raw = splitLabels(given);
        if (raw.size() > 1 && raw.get(raw.size() - 1).isEmpty()) {
            raw.remove(raw.size() - 1);
        }
        List<String> labels = new ArrayList<>(raw.size());
        for (String label : raw) {
            if (label.isEmpty()) {
                return unusable("has an empty label");
            }
            String ascii = DomainLabels.isAscii(label)
                    ? DomainLabels.asciiLowerCase(label)
                    : DomainLabels.toALabel(label);
            if (ascii == null && DomainLabels.hasDeviationCharacter(label)) {
                return unusable("label '" + label + "' reads differently under IDNA2003 and IDNA2008;"
                        + " give its A-label");
            }
            if (ascii == null) {
                // RFC 6125 §6.4.2: a name that cannot be converted to A-labels cannot be compared.
                return unusable("label '" + label + "' is not a valid internationalised label");
            }
            if (!DomainLabels.isHostLabel(ascii)) {
                return unusable("label '" + label + "' has characters a host name cannot have");
            }
            labels.add(ascii);
        }
        if (String.join(".", labels).length() > DomainLabels.MAX_NAME_LENGTH) {
            return unusable("longer than 253 characters");
        }
        return new ReferenceName(Kind.DNS_NAME, List.copyOf(labels), null, null);
    }

    /** RFC 3490 §3.1: U+3002, U+FF0E and U+FF61 separate labels like a full stop. */
    private static List<String> splitLabels(String name) {
        List<String> labels = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '.' || c == '\u3002' || c == '\uFF0E' || c == '\uFF61') {
                labels.add(name.substring(start, i));
                start = i + 1;
            }
        }
        labels.add(name.substring(start));
        return labels;
    }

    private static boolean looksNumeric(String text) {
        if (text.isEmpty() || text.charAt(0) < '0' || text.charAt(0) > '9') {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '.' && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static ReferenceName ip(Bytes address) {
        return new ReferenceName(Kind.IP_ADDRESS, List.of(), address, null);
    }

    private static ReferenceName unusable(String problem) {
        return new ReferenceName(Kind.UNUSABLE, List.of(), null, problem);
    }

    Kind kind() {
        return kind;
    }

    /** The lower-case A-labels, leftmost first; empty unless this is a DNS name. */
    List<String> labels() {
        return labels;
    }

    /** The four or sixteen octets; only for {@link Kind#IP_ADDRESS}. */
    Bytes address() {
        return address;
    }

    /** How this name is compared, in words for {@link HostnameCheck}. */
    String describe() {
        return switch (kind) {
            case DNS_NAME -> "DNS name " + String.join(".", labels);
            case IP_ADDRESS -> (address.length() == 4 ? "IPv4 address " : "IPv6 address ")
                    + IpLiteral.format(address);
            case UNUSABLE -> "unusable name (" + problem + ")";
        };
    }
}
