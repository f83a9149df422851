package dev.parley.x509.path;

import java.util.Optional;

/**
 * URIs under name constraints (RFC 5280 §4.2.1.10): the constraint applies to the host part of a
 * URI; it is a host ({@code host.example.com}, that host only) or a domain with a leading period
 * ({@code .example.com}, every host below it). A URI without a host name in its authority cannot
 * be placed in any subtree.
 */
final class Uris {

    private Uris() {
    }

    /** Whether {@code constraint} is a host name, or a period followed by one. */
    static boolean isConstraint(String constraint) {
        return DnsNames.isHostName(constraint.startsWith(".") ? constraint.substring(1) : constraint);
    }

    /** The host name of {@code uri} (RFC 3986 §3.2.2), if its authority has one (not an IP literal). */
    static Optional<String> host(String uri) {
        int colon = uri.indexOf(':');
        if (colon <= 0 || !uri.startsWith("//", colon + 1)) {
            return Optional.empty();
        }
        int start = colon + 3;
        int end = start;
        while (end < uri.length() && "/?#".indexOf(uri.charAt(end)) < 0) {
            end++;
        }
        String authority = uri.substring(start, end);
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        int port = authority.lastIndexOf(':');
        if (port >= 0) {
            authority = authority.substring(0, port);
        }
        return DnsNames.isHostName(authority) ? Optional.of(authority) : Optional.empty();
    }

    /** Whether {@code host} lies in the subtree {@code constraint}. */
    static boolean isWithin(String host, String constraint) {
        String h = DnsNames.lower(host);
        String c = DnsNames.lower(constraint);
        return c.startsWith(".") ? h.endsWith(c) : h.equals(c);
    }
}
