package dev.parley.x509.path;

/** The position a certificate holds in the path being built, which decides the rules it must follow. */
enum Role {
    /** The end-entity certificate being validated. */
    LEAF,
    /** A CA certificate from the untrusted pool, between leaf and anchor. */
    INTERMEDIATE,
    /** A CA certificate from the trust store, ending the path. */
    ANCHOR
}
