package dev.parley.crypto;

/**
 * The elliptic curves in short Weierstrass form that Parley supports for ECDSA and ECDH
 * (SEC 2 §2.4–2.6, the NIST P-curves of FIPS 186-4).
 */
public enum NamedCurve {
    SECP256R1("secp256r1", 32),
    SECP384R1("secp384r1", 48),
    SECP521R1("secp521r1", 66);

    private final String secName;
    private final int fieldLength;

    NamedCurve(String secName, int fieldLength) {
        this.secName = secName;
        this.fieldLength = fieldLength;
    }

    /** The SEC 2 name, e.g. {@code secp256r1}. */
    public String secName() {
        return secName;
    }

    /** Bytes in one field element, which is also the length of an ECDH shared secret. */
    public int fieldLength() {
        return fieldLength;
    }

    /** Length of an uncompressed point {@code 04 || X || Y} (SEC 1 §2.3.3). */
    public int uncompressedPointLength() {
        return 1 + 2 * fieldLength;
    }
}
