package dev.parley.x509.limbo;

import dev.parley.crypto.Bytes;
import dev.parley.x509.Certificate;
import dev.parley.x509.ext.SubjectAlternativeName;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A minimal, test-only stand-in for hostname verification, until the identity package's
 * HostnameVerifier is merged and this harness switches to it. It reads the subjectAltName only
 * (never the commonName): a DNS reference matches a dNSName exactly or through a wildcard that is
 * the whole left-most label and stands for exactly one label (RFC 6125 §6.4.3); an IP reference
 * matches an iPAddress of the same octets (RFC 6125 §6.2.1); an RFC822 reference matches an
 * rfc822Name with the same local part and domain (domain ignoring case).
 */
final class InterimPeerNames {

    private InterimPeerNames() {
    }

    static boolean matches(Certificate leaf, String kind, String value) {
        List<SubjectAlternativeName> san = leaf.extensions().subjectAlternativeName().stream().toList();
        if (san.isEmpty()) {
            return false;
        }
        return switch (kind) {
            case "DNS" -> san.get(0).dnsNames().stream().anyMatch(pattern -> dns(pattern, value));
            case "IP" -> address(value).map(octets -> san.get(0).ipAddresses().contains(octets)).orElse(false);
            case "RFC822" -> san.get(0).emailAddresses().stream().anyMatch(mailbox -> mailbox(mailbox, value));
            default -> throw new IllegalArgumentException("unknown peer name kind " + kind);
        };
    }

    private static boolean dns(String pattern, String reference) {
        String p = pattern.toLowerCase(Locale.ROOT);
        String r = reference.toLowerCase(Locale.ROOT);
        if (!p.startsWith("*.")) {
            return p.equals(r);
        }
        int dot = r.indexOf('.');
        return dot > 0 && r.substring(dot).equals(p.substring(1)) && p.indexOf('*', 1) < 0;
    }

    private static boolean mailbox(String presented, String reference) {
        int p = presented.lastIndexOf('@');
        int r = reference.lastIndexOf('@');
        return p > 0 && r > 0 && presented.substring(0, p).equals(reference.substring(0, r))
                && presented.substring(p + 1).equalsIgnoreCase(reference.substring(r + 1));
    }

    /** Dotted-quad IPv4 or RFC 4291 §2.2 IPv6 text (without an embedded IPv4 part), as the suite writes them. */
    static Optional<Bytes> address(String text) {
        if (text.indexOf(':') < 0) {
            String[] parts = text.split("\\.", -1);
            if (parts.length != 4) {
                return Optional.empty();
            }
            byte[] octets = new byte[4];
            for (int i = 0; i < 4; i++) {
                if (!parts[i].matches("[0-9]{1,3}") || Integer.parseInt(parts[i]) > 255) {
                    return Optional.empty();
                }
                octets[i] = (byte) Integer.parseInt(parts[i]);
            }
            return Optional.of(Bytes.wrap(octets));
        }
        int gap = text.indexOf("::");
        String[] head = gap < 0 ? text.split(":", -1) : split(text.substring(0, gap));
        String[] tail = gap < 0 ? new String[0] : split(text.substring(gap + 2));
        if ((gap < 0 && head.length != 8) || head.length + tail.length > 8) {
            return Optional.empty();
        }
        byte[] octets = new byte[16];
        for (int i = 0; i < head.length + tail.length; i++) {
            String group = i < head.length ? head[i] : tail[i - head.length];
            if (!group.matches("[0-9a-fA-F]{1,4}")) {
                return Optional.empty();
            }
            int at = i < head.length ? i : 8 - tail.length + (i - head.length);
            int value = Integer.parseInt(group, 16);
            octets[2 * at] = (byte) (value >>> 8);
            octets[2 * at + 1] = (byte) value;
        }
        return Optional.of(Bytes.wrap(octets));
    }

    private static String[] split(String groups) {
        return groups.isEmpty() ? new String[0] : groups.split(":", -1);
    }
}
