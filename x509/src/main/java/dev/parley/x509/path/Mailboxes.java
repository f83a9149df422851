package dev.parley.x509.path;

import java.util.Optional;

/**
 * Email addresses in certificates (rfc822Name, RFC 5280 §4.2.1.6) and their name constraints
 * (§4.2.1.10), which take three forms: a mailbox ({@code root@host.example.com}), all mailboxes
 * of one host ({@code host.example.com}), or all mailboxes in a domain's subdomains
 * ({@code .example.com}). The local part is compared exactly, the domain ignoring case
 * (RFC 5280 §7.5). No character is a wildcard: an asterisk in a constraint matches an asterisk.
 */
final class Mailboxes {

    private Mailboxes() {
    }

    /** A mailbox split into local part and domain. */
    record Mailbox(String localPart, String domain) {
    }

    /** {@code address} as a mailbox, if it is one: a non-empty local part, one {@code @}, a host name. */
    static Optional<Mailbox> parse(String address) {
        int at = address.indexOf('@');
        if (at <= 0 || at != address.lastIndexOf('@')) {
            return Optional.empty();
        }
        String local = address.substring(0, at);
        String domain = address.substring(at + 1);
        for (int i = 0; i < local.length(); i++) {
            char c = local.charAt(i);
            if (c <= ' ' || c >= 0x7F) {
                return Optional.empty();
            }
        }
        return DnsNames.isHostName(domain) ? Optional.of(new Mailbox(local, domain)) : Optional.empty();
    }

    /** Whether {@code constraint} is one of the three forms. */
    static boolean isConstraint(String constraint) {
        if (constraint.indexOf('@') >= 0) {
            return parse(constraint).isPresent();
        }
        return constraint.startsWith(".") ? DnsNames.isHostName(constraint.substring(1)) : DnsNames.isHostName(constraint);
    }

    /** Whether {@code mailbox} lies in the subtree {@code constraint}, which must be valid. */
    static boolean isWithin(Mailbox mailbox, String constraint) {
        if (constraint.indexOf('@') >= 0) {
            Mailbox base = parse(constraint).orElseThrow();
            return mailbox.localPart().equals(base.localPart()) && DnsNames.lower(mailbox.domain()).equals(DnsNames.lower(base.domain()));
        }
        if (constraint.startsWith(".")) {
            String domain = DnsNames.lower(mailbox.domain());
            return domain.endsWith(DnsNames.lower(constraint));
        }
        return DnsNames.lower(mailbox.domain()).equals(DnsNames.lower(constraint));
    }
}
