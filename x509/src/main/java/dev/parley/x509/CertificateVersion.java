package dev.parley.x509;

/** The versions of the certificate format (RFC 5280 §4.1.2.1: {@code Version ::= INTEGER { v1(0), v2(1), v3(2) }}). */
public enum CertificateVersion {
    /** No unique identifiers, no extensions. */
    V1,
    /** Unique identifiers allowed, no extensions. */
    V2,
    /** Extensions allowed: the only version the web PKI issues. */
    V3;

    /** The INTEGER value that encodes this version: 0, 1 or 2. */
    public int encoded() {
        return ordinal();
    }
}
