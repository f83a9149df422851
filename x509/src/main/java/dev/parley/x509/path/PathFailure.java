package dev.parley.x509.path;

/**
 * Why path validation refused a certificate: one constant per distinct failure, each with the
 * TLS alert it is meant to earn. Names read as diagnoses of the certificate concerned.
 */
public enum PathFailure {

    // --- Trust (RFC 5280 §6.1) ---

    /** No certificate in the trust store or among the intermediates issued this certificate. */
    UNKNOWN_ISSUER(SuggestedAlert.UNKNOWN_CA),
    /** The path ends in a self-signed certificate that is not a trust anchor. */
    UNTRUSTED_ROOT(SuggestedAlert.UNKNOWN_CA),
    /** The issuer's signature on the certificate does not verify (RFC 5280 §6.1.3 (a)(1)). */
    BAD_SIGNATURE(SuggestedAlert.BAD_CERTIFICATE),
    /** The issuer's public key is not a valid key of its algorithm. */
    INVALID_PUBLIC_KEY(SuggestedAlert.BAD_CERTIFICATE),

    // --- Time (RFC 5280 §4.1.2.5, §6.1.3 (a)(2)) ---

    /** The validation time is after notAfter. */
    EXPIRED(SuggestedAlert.CERTIFICATE_EXPIRED),
    /** The validation time is before notBefore. */
    NOT_YET_VALID(SuggestedAlert.CERTIFICATE_EXPIRED),

    // --- Authority to issue (RFC 5280 §4.2.1.3, §4.2.1.9, §6.1.4) ---

    /** An issuer without basicConstraints cA TRUE. */
    NOT_A_CA(SuggestedAlert.BAD_CERTIFICATE),
    /** The end-entity certificate is a CA certificate, which the web PKI forbids. */
    END_ENTITY_IS_CA(SuggestedAlert.BAD_CERTIFICATE),
    /** More intermediate CAs follow an issuer than its pathLenConstraint allows. */
    PATH_LENGTH_EXCEEDED(SuggestedAlert.BAD_CERTIFICATE),
    /** The path would hold more intermediates than the validation parameters allow. */
    CHAIN_TOO_LONG(SuggestedAlert.BAD_CERTIFICATE),

    // --- Purpose (RFC 5280 §4.2.1.3, §4.2.1.12) ---

    /** keyUsage does not allow what the certificate is used for. */
    KEY_USAGE_NOT_ALLOWED(SuggestedAlert.UNSUPPORTED_CERTIFICATE),
    /** extendedKeyUsage does not allow the purpose, in the leaf or in a CA above it. */
    EXTENDED_KEY_USAGE_NOT_ALLOWED(SuggestedAlert.UNSUPPORTED_CERTIFICATE),

    // --- Names (RFC 5280 §4.2.1.10, §6.1.3 (b)(c)) ---

    /** A name of the certificate lies outside a permitted subtree or inside an excluded one. */
    NAME_CONSTRAINTS_VIOLATED(SuggestedAlert.BAD_CERTIFICATE),
    /** A CA's name constraints are malformed (a wildcard DNS constraint, a non-CIDR mask, ...). */
    MALFORMED_NAME_CONSTRAINTS(SuggestedAlert.BAD_CERTIFICATE),
    /** A name constraint of a form Parley does not process applies to a name of that form. */
    UNSUPPORTED_NAME_CONSTRAINT(SuggestedAlert.UNSUPPORTED_CERTIFICATE),

    // --- Algorithms, keys and extensions ---

    /** Signed with an algorithm the validation parameters refuse, such as SHA-1 or MD5. */
    WEAK_ALGORITHM(SuggestedAlert.UNSUPPORTED_CERTIFICATE),
    /** Signed with an algorithm Parley does not implement. */
    UNSUPPORTED_ALGORITHM(SuggestedAlert.UNSUPPORTED_CERTIFICATE),
    /** A public key of an algorithm or curve Parley does not implement (DSA, P-192, explicit curves). */
    UNSUPPORTED_KEY(SuggestedAlert.UNSUPPORTED_CERTIFICATE),
    /** An RSA key shorter than the validation parameters allow. */
    WEAK_KEY(SuggestedAlert.UNSUPPORTED_CERTIFICATE),
    /** A critical extension Parley does not recognise (RFC 5280 §4.2). */
    UNSUPPORTED_CRITICAL_EXTENSION(SuggestedAlert.UNSUPPORTED_CERTIFICATE),
    /**
     * The certificate breaks a rule of the RFC 5280 profile or of the CA/Browser Forum baseline
     * requirements that a certificate user checks: extension criticality, missing key identifiers,
     * empty names, malformed subject alternative names, version, serial number.
     */
    PROFILE_VIOLATION(SuggestedAlert.BAD_CERTIFICATE),

    // --- Revocation (RFC 5280 §6.3) ---

    /** A CRL of the certificate's issuer lists it. */
    REVOKED(SuggestedAlert.CERTIFICATE_REVOKED),
    /** Revocation checking was asked for, and no usable CRL of the issuer covers the certificate. */
    REVOCATION_STATUS_UNKNOWN(SuggestedAlert.CERTIFICATE_UNKNOWN),

    // --- Work bounds: hostile input must not burn CPU ---

    /** Path building needed more signature verifications than the validation parameters allow. */
    SIGNATURE_CHECK_LIMIT_EXCEEDED(SuggestedAlert.BAD_CERTIFICATE),
    /** Name constraint processing needed more comparisons than the validation parameters allow. */
    NAME_CONSTRAINT_CHECK_LIMIT_EXCEEDED(SuggestedAlert.BAD_CERTIFICATE),
    /** Path building considered more candidate issuers than its fixed bound allows. */
    PATH_SEARCH_LIMIT_EXCEEDED(SuggestedAlert.BAD_CERTIFICATE);

    private final SuggestedAlert alert;

    PathFailure(SuggestedAlert alert) {
        this.alert = alert;
    }

    /** The alert this failure is meant to earn in a TLS handshake. */
    public SuggestedAlert suggestedAlert() {
        return alert;
    }

    /** Whether this failure ends the whole search instead of only the path being tried. */
    boolean abortsSearch() {
        return this == SIGNATURE_CHECK_LIMIT_EXCEEDED || this == NAME_CONSTRAINT_CHECK_LIMIT_EXCEEDED
                || this == PATH_SEARCH_LIMIT_EXCEEDED;
    }
}
