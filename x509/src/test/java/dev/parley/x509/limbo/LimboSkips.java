package dev.parley.x509.limbo;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Why a limbo case is not run: each reason is a {@code features} tag Parley does not implement,
 * the RFC 5280 side of a {@code conflicts_with} pair (Parley takes the web-PKI side), or one of
 * the few cases listed in {@link #UNDECLARED_CONFLICTS}.
 */
final class LimboSkips {

    /** Feature tags Parley implements as the option {@code ValidationParameters.pedanticWebPki}. */
    static final Set<String> PEDANTIC_FEATURES = Set.of("pedantic-webpki-eku", "pedantic-serial-number", "pedantic-rfc5280");

    /** Feature tags Parley implements by default, or through an option the case states. */
    static final Set<String> IMPLEMENTED_FEATURES = Set.of("has-crl", "denial-of-service", "max-chain-depth",
            "name-constraint-dn", "pedantic-webpki-subscriber-key", "has-policy-constraints");

    /** Feature tags Parley does not implement, and why. */
    static final Map<String, String> UNIMPLEMENTED_FEATURES = Map.of(
            "pedantic-public-suffix-wildcard", "feature pedantic-public-suffix-wildcard: rejecting a wildcard over a "
                    + "public suffix needs the public suffix list, which belongs to hostname verification "
                    + "(dev.parley.x509.identity); this harness still uses its interim name check",
            "rfc5280-incompatible-with-webpki", "feature rfc5280-incompatible-with-webpki: the RFC 5280 side of a "
                    + "profile conflict; Parley takes the web-PKI side");

    private static final String UNDECLARED_CN = "undeclared conflict: expects a leaf whose commonName is not among its "
            + "subjectAltName values to be rejected (CA/Browser Forum §7.1.4.3), while 389 bettertls::nameconstraints cases "
            + "expect exactly such leaves (commonName bad.example.com, 1.1.1.1, EE, ... with other SANs) to be accepted; "
            + "Parley passes BetterTLS and never identifies a peer by its commonName";

    /**
     * Cases that contradict other cases of the suite without saying so in conflicts_with. Each
     * expects a rejection that no rule can give without also rejecting BetterTLS cases the suite
     * expects to succeed.
     */
    static final Map<String, String> UNDECLARED_CONFLICTS = Map.of(
            "webpki::cn::not-in-san", UNDECLARED_CN,
            "webpki::cn::punycode-not-in-san", UNDECLARED_CN);

    private LimboSkips() {
    }

    /** Why the case is skipped, or null if it runs. */
    static String reason(String id, List<String> features, List<String> conflictsWith) {
        for (String feature : features) {
            if (UNIMPLEMENTED_FEATURES.containsKey(feature)) {
                return UNIMPLEMENTED_FEATURES.get(feature);
            }
            if (!IMPLEMENTED_FEATURES.contains(feature) && !PEDANTIC_FEATURES.contains(feature)) {
                return "feature " + feature + ": not known to this harness";
            }
        }
        if (!conflictsWith.isEmpty() && id.startsWith("rfc5280::")) {
            return "conflicts with " + conflictsWith + ": the RFC 5280 side of the pair; Parley takes the web-PKI side";
        }
        return UNDECLARED_CONFLICTS.get(id);
    }
}
