package dev.parley.record;

import dev.parley.crypto.AeadAlgorithm;

/**
 * How many records one key of each AEAD may protect (RFC 8446 §5.5), as unsigned 64-bit counts.
 */
final class AeadLimits {

    /**
     * ⌊2^24.5⌋: RFC 8446 §5.5: "For AES-GCM, up to 2^24.5 full-size records (about 24 million)
     * may be encrypted on a given connection while keeping a safety margin of approximately 2^-57
     * for Authenticated Encryption (AE) security."
     */
    static final long AES_GCM_RECORD_LIMIT = 23_726_566L;

    /**
     * Where a key update becomes due for AES-GCM: 2^24 records, about 7 million records before the
     * hard limit, so a KeyUpdate has ample time to take effect (rustls uses the same 2^24).
     */
    static final long AES_GCM_KEY_UPDATE_THRESHOLD = 1L << 24;

    /**
     * Where a key update becomes due for ChaCha20-Poly1305: close to the end of the sequence-number
     * space, since RFC 8446 §5.5 says "the record sequence number would wrap before the safety
     * limit is reached" (the same soft limit rustls uses).
     */
    static final long SEQUENCE_SOFT_LIMIT = 0xFFFF_FFFF_FFFF_0000L;

    /** No limit beyond the sequence-number space itself (2^64-1, unsigned). */
    static final long UNLIMITED = -1L;

    private AeadLimits() {
    }

    /** Records one key may protect before writing must stop. */
    static long recordLimit(AeadAlgorithm algorithm) {
        return switch (algorithm) {
            case AES_128_GCM, AES_256_GCM -> AES_GCM_RECORD_LIMIT;
            case CHACHA20_POLY1305 -> UNLIMITED;
        };
    }

    /** Records after which a TLS 1.3 key update is due. */
    static long keyUpdateThreshold(AeadAlgorithm algorithm) {
        return switch (algorithm) {
            case AES_128_GCM, AES_256_GCM -> AES_GCM_KEY_UPDATE_THRESHOLD;
            case CHACHA20_POLY1305 -> SEQUENCE_SOFT_LIMIT;
        };
    }
}
