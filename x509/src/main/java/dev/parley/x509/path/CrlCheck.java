package dev.parley.x509.path;

/**
 * Which certificates of a path are checked against CRLs (RFC 5280 §6.3), the manual's
 * SSL_check_crl. A checked certificate needs a usable, current CRL from its issuer; without one
 * validation fails with {@link PathFailure#REVOCATION_STATUS_UNKNOWN}, because a check that passes
 * when the CRL is missing protects nothing.
 */
public enum CrlCheck {
    /** No revocation checking: the default, as in the manual. */
    NONE,
    /** The end-entity certificate only, as OpenSSL's CRL check (and so SSL_check_crl) does. */
    LEAF,
    /** Every certificate below the trust anchor. */
    CHAIN
}
