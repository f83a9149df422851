package dev.parley.x509.limbo;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Why a limbo case is not run: each reason is a {@code features} tag Parley does not implement,
 * the RFC 5280 side of a {@code conflicts_with} pair (Parley takes the web-PKI side), or one of the
 * two cases in {@link #UNDECLARED_CONFLICTS}, which contradict BetterTLS cases without saying so.
 * Cases Parley simply gets wrong are never skipped; they count as failures.
 */
final class LimboSkips {

    /** Feature tags Parley implements as the option {@code ValidationParameters.pedanticWebPki}. */
    static final Set<String> PEDANTIC_FEATURES = Set.of("pedantic-webpki-eku", "pedantic-serial-number", "pedantic-rfc5280");

    /** Feature tags Parley implements by default, or through an option the case states. */
    static final Set<String> IMPLEMENTED_FEATURES = Set.of("has-crl", "denial-of-service", "max-chain-depth",
            "name-constraint-dn", "pedantic-webpki-subscriber-key", "has-policy-constraints",
            "pedantic-public-suffix-wildcard");

    /** Feature tags Parley does not implement, and why. */
    static final Map<String, String> UNIMPLEMENTED_FEATURES = Map.of(
            "rfc5280-incompatible-with-webpki", "feature rfc5280-incompatible-with-webpki: the RFC 5280 side of a "
                    + "profile conflict; Parley takes the web-PKI side");

    private static final String UNDECLARED_CN = "undeclared conflict: expects a leaf whose commonName is not among "
            + "its subjectAltName values to be rejected (CA/Browser Forum BR §7.1.4.3), while 120 bettertls::nameconstraints "
            + "cases expect leaves with commonName bad.example.com outside their subjectAltName (and 172 more with 1.1.1.1, "
            + "127.0.0.1 or test.localhost) to be accepted; no rule can give both answers, and Parley never identifies a "
            + "peer by its commonName under the web-PKI profile";

    /**
     * Cases that contradict other cases of the suite without saying so in conflicts_with: each
     * expects a rejection that no rule can give without also rejecting BetterTLS cases the suite
     * expects to succeed. Skipping them keeps both promises that matter more: no unexpected
     * success, and every BetterTLS case passing.
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
