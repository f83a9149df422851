package dev.parley.crypto;

/**
 * The hash functions of the SHA family that TLS and X.509 use (FIPS 180-4).
 *
 * <p>SHA-1 exists only to verify old certificates and to compute the fingerprints users ask for;
 * policy elsewhere keeps it out of signatures by default.
 */
public enum HashAlgorithm {
    SHA1("SHA-1", 20, 64),
    SHA256("SHA-256", 32, 64),
    SHA384("SHA-384", 48, 128),
    SHA512("SHA-512", 64, 128);

    private final String standardName;
    private final int outputLength;
    private final int blockLength;

    HashAlgorithm(String standardName, int outputLength, int blockLength) {
        this.standardName = standardName;
        this.outputLength = outputLength;
        this.blockLength = blockLength;
    }

    /** The name FIPS 180-4 gives it, e.g. {@code SHA-256}. */
    public String standardName() {
        return standardName;
    }

    /** Digest length in bytes (HashLen in RFC 5869 and RFC 8446). */
    public int outputLength() {
        return outputLength;
    }

    /** Internal block length in bytes, as HMAC (RFC 2104) needs it. */
    public int blockLength() {
        return blockLength;
    }
}
