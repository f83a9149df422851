package dev.parley.crypto;

/** The families of signing keys Parley handles. */
public enum KeyType {
    /** RSA (PKCS #1, RFC 8017), used with PKCS #1 v1.5 or PSS signatures. */
    RSA,
    /** ECDSA over a {@link NamedCurve}. */
    EC,
    /** Ed25519 (RFC 8032). */
    ED25519,
    /** Ed448 (RFC 8032). */
    ED448
}
