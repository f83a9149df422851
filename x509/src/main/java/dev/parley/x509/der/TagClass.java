package dev.parley.x509.der;

/** The four classes of an ASN.1 tag, in the order of their two-bit codes (X.690 §8.1.2.2, Table 1). */
public enum TagClass {
    /** Types X.680 defines: INTEGER, SEQUENCE, UTF8String, ... */
    UNIVERSAL,
    /** Types an application defines; X.509 does not use them. */
    APPLICATION,
    /** {@code [n]} tags that tell the fields of a SEQUENCE or the choices of a CHOICE apart. */
    CONTEXT_SPECIFIC,
    /** Tags private to an organisation; X.509 does not use them. */
    PRIVATE
}
