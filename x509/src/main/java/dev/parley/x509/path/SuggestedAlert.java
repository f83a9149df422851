package dev.parley.x509.path;

/**
 * The TLS alert a handshake should send when path validation fails, named here so that each
 * {@link PathFailure} documents its intent. The x509 module sends nothing and knows no TLS wire
 * values: the handshake maps these names onto its AlertDescription code points in one switch
 * (RFC 8446 §6.2 and RFC 5246 §7.2.2 describe each alert).
 */
public enum SuggestedAlert {
    /** bad_certificate: the certificate is corrupt, badly signed, or breaks the profile. */
    BAD_CERTIFICATE,
    /** unsupported_certificate: the certificate is of a type, algorithm or purpose not supported here. */
    UNSUPPORTED_CERTIFICATE,
    /** certificate_revoked: its signer revoked the certificate. */
    CERTIFICATE_REVOKED,
    /** certificate_expired: the certificate has expired or is not yet valid. */
    CERTIFICATE_EXPIRED,
    /** certificate_unknown: some other issue made the certificate unacceptable (revocation status unknown). */
    CERTIFICATE_UNKNOWN,
    /** unknown_ca: no path to a trusted certification authority could be found. */
    UNKNOWN_CA
}
