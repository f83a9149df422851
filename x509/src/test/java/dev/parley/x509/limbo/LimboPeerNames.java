package dev.parley.x509.limbo;

import dev.parley.x509.Certificate;
import dev.parley.x509.ext.SubjectAlternativeName;
import dev.parley.x509.identity.HostnameScheme;
import dev.parley.x509.identity.HostnameVerifier;
import dev.parley.x509.identity.PublicSuffixList;
import java.util.List;

/**
 * The suite's peer names checked as a web-PKI TLS client checks them: DNS names and IP addresses
 * through Parley's {@link HostnameVerifier} under the RFC 6125 profile the CA/Browser Forum
 * requires (subjectAltName only, never the commonName; a wildcard only as the whole left-most
 * label and never over a public suffix); RFC822 names, which hostname verification does not cover,
 * against rfc822Name entries with the same local part and domain (domain ignoring case).
 */
final class LimboPeerNames {

    /** RFC 6125 §6.4 with §6.4.4's "MUST NOT" for the CN once SANs exist, made absolute as web PKI does. */
    static final HostnameScheme WEB_PKI = HostnameScheme.custom(HostnameScheme.CheckCn.NEVER,
            HostnameScheme.Wildcards.FULL_LABEL, HostnameScheme.Wildcards.NONE, HostnameScheme.IpInCn.NO);

    private LimboPeerNames() {
    }

    static boolean matches(Certificate leaf, String kind, String value) {
        return switch (kind) {
            case "DNS", "IP" -> HostnameVerifier.matches(leaf, value, WEB_PKI, PublicSuffixList.builtIn());
            case "RFC822" -> leaf.extensions().subjectAlternativeName().map(SubjectAlternativeName::emailAddresses)
                    .orElse(List.of()).stream().anyMatch(mailbox -> mailbox(mailbox, value));
            default -> throw new IllegalArgumentException("unknown peer name kind " + kind);
        };
    }

    private static boolean mailbox(String presented, String reference) {
        int p = presented.lastIndexOf('@');
        int r = reference.lastIndexOf('@');
        return p > 0 && r > 0 && presented.substring(0, p).equals(reference.substring(0, r))
                && presented.substring(p + 1).equalsIgnoreCase(reference.substring(r + 1));
    }
}
