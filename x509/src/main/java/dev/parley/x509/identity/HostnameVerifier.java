package dev.parley.x509.identity;

import dev.parley.crypto.Bytes;
import dev.parley.x509.Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Checks that a certificate's identity fits the name the client wanted (RFC 6125 §6, RFC 2818
 * §3.1), under one of IO::Socket::SSL's {@link HostnameScheme schemes}.
 *
 * <p>The order of the checks is IO::Socket::SSL's:
 * <ol>
 *   <li>the {@code none} scheme accepts everything; a callback scheme decides alone;</li>
 *   <li>the reference name is read as an IP address or a DNS name ({@link ReferenceName}); an
 *       unusable name matches nothing;</li>
 *   <li>each subjectAltName entry in turn: an IP reference name is compared octet for octet
 *       with iPAddress entries only (RFC 2818 §3.1), a DNS reference name with dNSName entries
 *       only, with the scheme's {@code wildcards_in_alt};</li>
 *   <li>then, if {@code check_cn} allows it, the common name: for a DNS name with
 *       {@code wildcards_in_cn}; for an IP address only if {@code ip_in_cn} admits its family, by
 *       parsing the common name as an IP literal and comparing octets, never by wildcard.</li>
 * </ol>
 * Wildcards obey {@link PresentedName}'s rules and are refused over a public suffix of the given
 * {@link PublicSuffixList}; the list is loaded only when a wildcard needs it.
 */
public final class HostnameVerifier {

    private HostnameVerifier() {
    }

    /** Whether {@code certificate} fits {@code referenceName} under {@code scheme}, with the default suffix list. */
    public static boolean matches(Certificate certificate, String referenceName, HostnameScheme scheme) {
        return matches(CertificateIdentity.of(certificate), referenceName, scheme);
    }

    /** Whether {@code certificate} fits {@code referenceName} under {@code scheme} and {@code suffixes}. */
    public static boolean matches(Certificate certificate, String referenceName, HostnameScheme scheme,
            PublicSuffixList suffixes) {
        return matches(CertificateIdentity.of(certificate), referenceName, scheme, suffixes);
    }

    /** The check of {@code certificate} with its reasons: what was checked and what it offers. */
    public static HostnameCheck explain(Certificate certificate, String referenceName, HostnameScheme scheme,
            PublicSuffixList suffixes) {
        return explain(CertificateIdentity.of(certificate), referenceName, scheme, suffixes);
    }

    /** Whether {@code presented} fits {@code referenceName} under {@code scheme}, with the default suffix list. */
    public static boolean matches(PresentedIdentity presented, String referenceName, HostnameScheme scheme) {
        return explain(presented, referenceName, scheme).matched();
    }

    /** Whether {@code presented} fits {@code referenceName} under {@code scheme} and {@code suffixes}. */
    public static boolean matches(PresentedIdentity presented, String referenceName, HostnameScheme scheme,
            PublicSuffixList suffixes) {
        return explain(presented, referenceName, scheme, suffixes).matched();
    }

    /** The check with its reasons, with the default suffix list ({@link PublicSuffixList#defaultList()}). */
    public static HostnameCheck explain(PresentedIdentity presented, String referenceName, HostnameScheme scheme) {
        return check(presented, referenceName, scheme, PublicSuffixList::defaultList);
    }

    /** The check with its reasons, with {@code suffixes} for wildcards. */
    public static HostnameCheck explain(PresentedIdentity presented, String referenceName, HostnameScheme scheme,
            PublicSuffixList suffixes) {
        Objects.requireNonNull(suffixes, "suffixes");
        return check(presented, referenceName, scheme, () -> suffixes);
    }

    private static HostnameCheck check(PresentedIdentity presented, String referenceName, HostnameScheme scheme,
            Supplier<PublicSuffixList> suffixes) {
        Objects.requireNonNull(presented, "presented");
        Objects.requireNonNull(referenceName, "referenceName");
        Objects.requireNonNull(scheme, "scheme");
        List<HostnameCheck.Step> steps = new ArrayList<>();
        if (scheme.skipsCheck()) {
            steps.add(new HostnameCheck.Step("scheme none", true, "no name check is made"));
            return result(presented, referenceName, "not compared", scheme, true, steps);
        }
        Optional<HostnameCallback> callback = scheme.userCallback();
        if (callback.isPresent()) {
            String name = referenceName.endsWith(".")
                    ? referenceName.substring(0, referenceName.length() - 1) : referenceName;
            boolean accepted = callback.get().matches(name, presented);
            steps.add(new HostnameCheck.Step("user callback", accepted,
                    accepted ? "the callback accepted the name" : "the callback refused the name"));
            return result(presented, referenceName, "given to the callback", scheme, accepted, steps);
        }
        ReferenceName reference = ReferenceName.parse(referenceName);
        boolean matched = switch (reference.kind()) {
            case DNS_NAME -> checkDnsName(presented, reference, scheme, suffixes, steps);
            case IP_ADDRESS -> checkIpAddress(presented, reference, scheme, steps);
            case UNUSABLE -> false;
        };
        return result(presented, referenceName, reference.describe(), scheme, matched, steps);
    }

    private static boolean checkDnsName(PresentedIdentity presented, ReferenceName reference, HostnameScheme scheme,
            Supplier<PublicSuffixList> suffixes, List<HostnameCheck.Step> steps) {
        boolean anyDnsName = false;
        for (SubjectAltName entry : presented.subjectAltNames()) {
            if (entry instanceof SubjectAltName.DnsName dns) {
                anyDnsName = true;
                PresentedName.Verdict verdict = PresentedName.parse(dns.name())
                        .match(reference, scheme.wildcardsInAlt(), suffixes);
                steps.add(new HostnameCheck.Step(entry.toString(), verdict.matched(), verdict.reason()));
                if (verdict.matched()) {
                    return true;
                }
            } else {
                steps.add(new HostnameCheck.Step(entry.toString(), false,
                        "RFC 6125 §6.4: a DNS name is compared with dNSName entries only"));
            }
        }
        Optional<String> commonName = presented.commonName();
        if (commonName.isEmpty()) {
            return false;
        }
        String entry = "CN=" + commonName.get();
        // RFC 6125 §6.4.4: with when_only, the CN counts only for a certificate without DNS-IDs.
        if (scheme.checkCn() == HostnameScheme.CheckCn.NEVER
                || (scheme.checkCn() == HostnameScheme.CheckCn.WHEN_ONLY && anyDnsName)) {
            steps.add(new HostnameCheck.Step(entry, false, cnSkipReason(scheme)));
            return false;
        }
        PresentedName.Verdict verdict = PresentedName.parse(commonName.get())
                .match(reference, scheme.wildcardsInCn(), suffixes);
        steps.add(new HostnameCheck.Step(entry, verdict.matched(), verdict.reason()));
        return verdict.matched();
    }

    private static boolean checkIpAddress(PresentedIdentity presented, ReferenceName reference, HostnameScheme scheme,
            List<HostnameCheck.Step> steps) {
        Bytes wanted = reference.address();
        boolean anyName = false;
        for (SubjectAltName entry : presented.subjectAltNames()) {
            anyName = true;
            if (entry instanceof SubjectAltName.IpAddress ip) {
                // RFC 2818 §3.1: the iPAddress entry must be exactly the address asked for.
                boolean same = ip.address().equals(wanted);
                steps.add(new HostnameCheck.Step(entry.toString(), same,
                        same ? "same address octets" : "different address"));
                if (same) {
                    return true;
                }
            } else {
                steps.add(new HostnameCheck.Step(entry.toString(), false,
                        "an IP address is compared with iPAddress entries only, never with a DNS name"));
            }
        }
        Optional<String> commonName = presented.commonName();
        if (commonName.isEmpty()) {
            return false;
        }
        String entry = "CN=" + commonName.get();
        if (scheme.checkCn() == HostnameScheme.CheckCn.NEVER
                || (scheme.checkCn() == HostnameScheme.CheckCn.WHEN_ONLY && anyName)) {
            steps.add(new HostnameCheck.Step(entry, false, cnSkipReason(scheme)));
            return false;
        }
        if (!scheme.ipInCn().allows(wanted)) {
            steps.add(new HostnameCheck.Step(entry, false,
                    "the scheme does not look for this IP address in the CN (ip_in_cn=" + scheme.ipInCn() + ")"));
            return false;
        }
        Optional<Bytes> inCn = IpLiteral.parse(commonName.get());
        boolean same = inCn.isPresent() && inCn.get().equals(wanted);
        steps.add(new HostnameCheck.Step(entry, same, inCn.isEmpty() ? "the CN is no IP literal"
                : same ? "same address octets" : "different address"));
        return same;
    }

    private static String cnSkipReason(HostnameScheme scheme) {
        return scheme.checkCn() == HostnameScheme.CheckCn.NEVER
                ? "the scheme never consults the CN"
                : "not consulted: the certificate has subjectAltName entries of this kind (check_cn=when_only)";
    }

    private static HostnameCheck result(PresentedIdentity presented, String referenceName, String comparedAs,
            HostnameScheme scheme, boolean matched, List<HostnameCheck.Step> steps) {
        return new HostnameCheck(referenceName, comparedAs, scheme.name(), matched, steps, presented);
    }
}
