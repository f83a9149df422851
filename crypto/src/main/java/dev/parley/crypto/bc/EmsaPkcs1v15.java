package dev.parley.crypto.bc;

import dev.parley.crypto.HashAlgorithm;
import java.util.Arrays;

/**
 * EMSA-PKCS1-v1_5 (RFC 8017 §9.2): EM = 0x00 || 0x01 || PS || 0x00 || T, where T is the DER
 * DigestInfo of the hash and PS is at least eight 0xff bytes.
 *
 * <p>Both signing and verification build EM this way; verification then compares whole encodings
 * ("encode and compare", RFC 8017 §8.2.2 step 3) instead of parsing the decrypted block, which
 * leaves no parser to fool.
 */
final class EmsaPkcs1v15 {

    // RFC 8017 §9.2 Note 1: the DER of DigestInfo up to the hash value, with NULL parameters.
    private static final byte[] SHA1_PREFIX = hex("3021300906052b0e03021a05000414");
    private static final byte[] SHA256_PREFIX = hex("3031300d060960864801650304020105000420");
    private static final byte[] SHA384_PREFIX = hex("3041300d060960864801650304020205000430");
    private static final byte[] SHA512_PREFIX = hex("3051300d060960864801650304020305000440");

    /** The shortest PS (RFC 8017 §9.2 step 5): eight bytes, plus 0x00 0x01 and the 0x00 separator. */
    private static final int MINIMUM_OVERHEAD = 11;

    private EmsaPkcs1v15() {
    }

    /** The smallest emLen that can carry a DigestInfo for {@code hash}. */
    static int minimumLength(HashAlgorithm hash) {
        return prefix(hash).length + hash.outputLength() + MINIMUM_OVERHEAD;
    }

    /**
     * EM of length {@code emLength} for an already computed {@code digest}.
     *
     * @throws IllegalArgumentException if emLength is below {@link #minimumLength} ("intended
     *         encoded message length too short", RFC 8017 §9.2 step 3); callers check key sizes first
     */
    static byte[] encode(HashAlgorithm hash, byte[] digest, int emLength) {
        byte[] prefix = prefix(hash);
        int tLength = prefix.length + digest.length;
        if (emLength < tLength + MINIMUM_OVERHEAD) {
            throw new IllegalArgumentException("intended encoded message length too short");
        }
        byte[] em = new byte[emLength];
        em[0] = 0x00;
        em[1] = 0x01;
        int separator = emLength - tLength - 1;
        Arrays.fill(em, 2, separator, (byte) 0xff);
        em[separator] = 0x00;
        System.arraycopy(prefix, 0, em, separator + 1, prefix.length);
        System.arraycopy(digest, 0, em, separator + 1 + prefix.length, digest.length);
        return em;
    }

    private static byte[] prefix(HashAlgorithm hash) {
        return switch (hash) {
            case SHA1 -> SHA1_PREFIX;
            case SHA256 -> SHA256_PREFIX;
            case SHA384 -> SHA384_PREFIX;
            case SHA512 -> SHA512_PREFIX;
        };
    }

    private static byte[] hex(String hex) {
        return java.util.HexFormat.of().parseHex(hex);
    }
}
