package dev.parley.x509.path;

import dev.parley.crypto.Bytes;
import dev.parley.x509.identity.IpLiteral;
import dev.parley.x509.Certificate;
import java.net.IDN;
import java.util.List;
import java.util.Optional;

/**
 * The parts of the CA/Browser Forum's rule for a subscriber's commonName (§7.1.4.3) that can be
 * enforced without refusing certificates the rest of the web PKI accepts: a commonName that is
 * an IP address must be written in its one canonical form (RFC 3986 §3.2.2 for IPv4, RFC 5952 §4
 * for IPv6), a commonName naming the same domain as a dNSName of the subjectAltName must be
 * a character-for-character copy of it, and a commonName that is an internationalized domain
 * name must be written in A-labels, as every dNSName is. Such spellings are what legacy name checks that still
 * read the commonName misinterpret ({@code 0xC0A80101}, {@code 192.168.001.001}, a U-label for an
 * A-label).
 *
 * <p>The rule's other half, that the commonName must be one of the subjectAltName values, is
 * not enforced: BetterTLS (and the verifiers of the major browsers) accept end-entity
 * certificates whose commonName is not among them, and Parley never reads the commonName to
 * identify a peer.
 */
final class CommonNameRules {

    private CommonNameRules() {
    }

    static void check(Certificate leaf) throws PathValidationException {
        List<String> dnsNames = leaf.extensions().subjectAlternativeName().map(san -> san.dnsNames()).orElse(List.of());
        for (String commonName : leaf.subject().commonNames()) {
            Optional<String> canonical = canonicalAddress(commonName);
            if (canonical.isPresent()) {
                if (!canonical.get().equals(commonName)) {
                    throw Reject.because(PathFailure.PROFILE_VIOLATION, leaf, "has the commonName '" + Reject.cut(commonName)
                            + "', an IP address not written in its canonical form " + canonical.get());
                }
                continue;
            }
            String ascii = toAscii(commonName);
            // A dNSName is ASCII (RFC 5280 §7.2: IDNs are stored as A-labels), so a commonName that
            // is a domain name spelled with U-labels can never be the copy §7.1.4.3 asks for.
            if (!isAscii(commonName) && DnsNames.isHostName(ascii)) {
                throw Reject.because(PathFailure.PROFILE_VIOLATION, leaf, "has the commonName '" + Reject.cut(commonName)
                        + "', an internationalized domain name not written in its A-label form " + Reject.cut(ascii));
            }
            for (String dnsName : dnsNames) {
                if (ascii.equalsIgnoreCase(dnsName) && !commonName.equals(dnsName)) {
                    throw Reject.because(PathFailure.PROFILE_VIOLATION, leaf, "has the commonName '" + Reject.cut(commonName)
                            + "', which names the subjectAltName '" + Reject.cut(dnsName) + "' without being an exact copy of it");
                }
            }
        }
    }

    /**
     * The canonical text of the address {@code text} spells, if it spells one: IPv4 in any
     * {@code inet_aton} form with a dot or a {@code 0x} prefix (a bare number is left alone), or
     * IPv6.
     */
    static Optional<String> canonicalAddress(String text) {
        boolean ipv4Like = text.indexOf('.') >= 0 || text.startsWith("0x") || text.startsWith("0X");
        if (ipv4Like) {
            Optional<byte[]> v4 = IpLiterals.parseIpv4Loose(text);
            if (v4.isPresent()) {
                return Optional.of(IpLiteral.format(Bytes.wrap(v4.get())));
            }
        }
        if (text.indexOf(':') >= 0) {
            return IpLiteral.parse(text).filter(octets -> octets.length() == 16).map(IpLiteral::format);
        }
        return Optional.empty();
    }

    private static boolean isAscii(String text) {
        return text.chars().allMatch(c -> c < 0x80);
    }

    /** The IDNA ToASCII form of {@code name} (RFC 3490 §4.1), or the name itself if it has none. */
    private static String toAscii(String name) {
        try {
            return IDN.toASCII(name, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException notConvertible) {
            return name;
        }
    }
}
