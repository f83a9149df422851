package dev.parley.x509.path;

import dev.parley.crypto.Bytes;
import dev.parley.x509.ext.NameConstraints.GeneralSubtree;
import dev.parley.x509.name.GeneralName;
import dev.parley.x509.name.Name;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The name forms of RFC 5280 §4.2.1.10 that Parley processes in name constraints, what a valid
 * subtree of each looks like, and when a name lies inside one. DNS names, IP addresses, mailboxes,
 * directory names and URIs are processed; otherName, x400Address, ediPartyName and registeredID
 * constraints are not, so a certificate holding a name of such a form under such a constraint is
 * refused rather than passed.
 */
final class Subtrees {

    private Subtrees() {
    }

    /** Whether {@code name} is of a form Parley processes. */
    static boolean isProcessed(GeneralName name) {
        return name instanceof GeneralName.DnsName || name instanceof GeneralName.IpAddress
                || name instanceof GeneralName.Rfc822Name || name instanceof GeneralName.DirectoryName
                || name instanceof GeneralName.UniformResourceIdentifier;
    }

    /** Why {@code subtree} is malformed, or empty if it is well-formed. */
    static Optional<String> problem(GeneralSubtree subtree) {
        // RFC 5280 §4.2.1.10: within this profile, minimum MUST be zero and maximum MUST be absent.
        if (subtree.minimum() != 0 || subtree.maximum().isPresent()) {
            return Optional.of("a subtree with minimum or maximum distance, which RFC 5280 does not allow");
        }
        GeneralName base = subtree.base();
        if (base instanceof GeneralName.DnsName dns && !DnsNames.isConstraint(dns.value())) {
            return Optional.of("the DNS constraint '" + dns.value() + "' is not a domain name (no wildcard, no leading dot)");
        }
        if (base instanceof GeneralName.IpAddress ip && !isCidr(ip.octets())) {
            return Optional.of("the IP constraint " + ip + " has a mask that is not a CIDR prefix");
        }
        if (base instanceof GeneralName.Rfc822Name mail && !Mailboxes.isConstraint(mail.value())) {
            return Optional.of("the email constraint '" + mail.value() + "' is neither a mailbox, a host nor a .domain");
        }
        if (base instanceof GeneralName.UniformResourceIdentifier uri && !Uris.isConstraint(uri.value())) {
            return Optional.of("the URI constraint '" + uri.value() + "' is neither a host nor a .domain");
        }
        return Optional.empty();
    }

    /**
     * Whether {@code name} lies in the subtree {@code base} (both of the same processed form, the
     * base valid). For an excluded subtree a DNS wildcard counts as inside when any name it could
     * match is; for a permitted one, only when every name it could match is.
     *
     * @return empty if the name is malformed, so that no subtree can be decided for it
     */
    static Optional<Boolean> contains(GeneralName base, GeneralName name, boolean excluded) {
        if (base instanceof GeneralName.DnsName b && name instanceof GeneralName.DnsName n) {
            return dns(b.value(), n.value(), excluded);
        }
        if (base instanceof GeneralName.IpAddress b && name instanceof GeneralName.IpAddress n) {
            return Optional.of(ip(b.octets(), n.octets()));
        }
        if (base instanceof GeneralName.Rfc822Name b && name instanceof GeneralName.Rfc822Name n) {
            return Mailboxes.parse(n.value()).map(mailbox -> Mailboxes.isWithin(mailbox, b.value()));
        }
        if (base instanceof GeneralName.DirectoryName b && name instanceof GeneralName.DirectoryName n) {
            return Optional.of(directory(b.name(), n.name()));
        }
        if (base instanceof GeneralName.UniformResourceIdentifier b && name instanceof GeneralName.UniformResourceIdentifier n) {
            return Uris.host(n.value()).map(host -> Uris.isWithin(host, b.value()));
        }
        throw new IllegalArgumentException("not a processed pair of forms: " + base + ", " + name);
    }

    private static Optional<Boolean> dns(String base, String name, boolean excluded) {
        if (DnsNames.isWildcard(name)) {
            if (!DnsNames.isSubjectAltName(name)) {
                return Optional.empty();
            }
            return Optional.of(excluded ? DnsNames.wildcardMayReach(name, base) : DnsNames.wildcardWithin(name, base));
        }
        return DnsNames.isHostName(name) ? Optional.of(DnsNames.isWithin(name, base)) : Optional.empty();
    }

    /** RFC 5280 §4.2.1.10: address and mask; IPv4 names never fall in IPv6 subtrees, nor the reverse. */
    private static boolean ip(Bytes base, Bytes address) {
        int length = base.length() / 2;
        if (address.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            int mask = base.getUnsigned(length + i);
            if ((address.getUnsigned(i) & mask) != (base.getUnsigned(i) & mask)) {
                return false;
            }
        }
        return true;
    }

    /** RFC 5280 §4.2.1.10: a directory name is in the subtree when the base's RDNs begin it (§7.1 comparison). */
    private static boolean directory(Name base, Name name) {
        List<Set<String>> baseRdns = base.key().rdns();
        List<Set<String>> nameRdns = name.key().rdns();
        return nameRdns.size() >= baseRdns.size() && nameRdns.subList(0, baseRdns.size()).equals(baseRdns);
    }

    /** A mask of ones followed by zeros only, after the address half. */
    private static boolean isCidr(Bytes octets) {
        int length = octets.length() / 2;
        boolean zeros = false;
        for (int i = length; i < octets.length(); i++) {
            for (int bit = 7; bit >= 0; bit--) {
                boolean one = ((octets.getUnsigned(i) >> bit) & 1) == 1;
                if (one && zeros) {
                    return false;
                }
                zeros |= !one;
            }
        }
        return true;
    }
}
