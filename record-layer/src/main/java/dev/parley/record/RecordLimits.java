package dev.parley.record;

/**
 * The size limits of TLS records (RFC 8446 §5.1–§5.4, RFC 5246 §6.2, RFC 8449 §4), in one place.
 * Every buffer of the record layer is sized from these, never from a length that arrived.
 */
public final class RecordLimits {

    /** Length of a record header: type, legacy_record_version, length (RFC 8446 §5.1). */
    public static final int HEADER_LENGTH = 5;

    /** Most content one record may carry: 2^14 bytes (RFC 8446 §5.1, RFC 5246 §6.2.1). */
    public static final int MAX_PLAINTEXT_LENGTH = 1 << 14;

    /** Most bytes of a TLSInnerPlaintext: content, its type byte and padding (RFC 8446 §5.4). */
    public static final int MAX_TLS13_INNER_PLAINTEXT_LENGTH = MAX_PLAINTEXT_LENGTH + 1;

    /** Most bytes of a TLS 1.3 TLSCiphertext.encrypted_record: 2^14 + 256 (RFC 8446 §5.2). */
    public static final int MAX_TLS13_CIPHERTEXT_LENGTH = MAX_PLAINTEXT_LENGTH + 256;

    /** Most bytes of a TLS 1.2 TLSCiphertext.fragment: 2^14 + 2048 (RFC 5246 §6.2.3). */
    public static final int MAX_TLS12_CIPHERTEXT_LENGTH = MAX_PLAINTEXT_LENGTH + 2048;

    /** The largest record of any kind, header included: what a receive buffer must hold. */
    public static final int MAX_RECORD_LENGTH = HEADER_LENGTH + MAX_TLS12_CIPHERTEXT_LENGTH;

    /** The smallest record_size_limit an endpoint may advertise (RFC 8449 §4). */
    public static final int MIN_RECORD_SIZE_LIMIT = 64;

    private RecordLimits() {
    }
}
