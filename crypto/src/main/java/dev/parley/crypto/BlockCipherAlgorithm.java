package dev.parley.crypto;

/**
 * Block ciphers used in CBC mode, only to read encrypted key files (PKCS #5 PBES2, PKCS #12);
 * never for TLS records, where Parley offers AEADs only.
 */
public enum BlockCipherAlgorithm {
    AES_128(16, 16),
    AES_192(24, 16),
    AES_256(32, 16),
    /** Triple DES (EDE, three keys), for {@code pbeWithSHAAnd3-KeyTripleDES-CBC} in old PKCS #12 files. */
    DES_EDE3(24, 8),
    /** RC2 with 40 effective key bits, for {@code pbeWithSHAAnd40BitRC2-CBC} (RFC 7292 Appendix C). */
    RC2_40(5, 8),
    /** RC2 with 128 effective key bits. */
    RC2_128(16, 8);

    private final int keyLength;
    private final int blockLength;

    BlockCipherAlgorithm(int keyLength, int blockLength) {
        this.keyLength = keyLength;
        this.blockLength = blockLength;
    }

    public int keyLength() {
        return keyLength;
    }

    public int blockLength() {
        return blockLength;
    }
}
