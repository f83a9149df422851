package dev.parley.record;

/**
 * How many zero bytes to add to a TLS 1.3 record's TLSInnerPlaintext (RFC 8446 §5.4), to hide
 * the length of what it carries. "Selecting a padding policy that suggests when and how much to
 * pad is a complex topic and is beyond the scope of this specification" (RFC 8446 §5.4), so the
 * policy is the caller's; the default adds none.
 *
 * <p>The writer asks once per record and clamps the answer to {@code [0, maxPadding]}, so no
 * policy can push a record past 2^14+1 bytes of TLSInnerPlaintext or past the peer's
 * record_size_limit. Records in TLS 1.2 and unprotected records are never padded.
 */
@FunctionalInterface
public interface PaddingPolicy {

    /** No padding: the default, as in every mainstream implementation. */
    PaddingPolicy NONE = (type, contentLength, maxPadding) -> 0;

    /**
     * The number of zero bytes to append after the content type byte.
     *
     * @param type the record's real content type
     * @param contentLength the bytes of content in this record
     * @param maxPadding the most padding this record can take
     */
    int paddingLength(ContentType type, int contentLength, int maxPadding);

    /**
     * Pads every TLSInnerPlaintext (content plus its type byte) up to a multiple of
     * {@code blockSize}, or as far as the record limit allows.
     */
    static PaddingPolicy toMultipleOf(int blockSize) {
        if (blockSize < 1 || blockSize > RecordLimits.MAX_TLS13_INNER_PLAINTEXT_LENGTH) {
            throw new IllegalArgumentException("padding block size out of range: " + blockSize);
        }
        return (type, contentLength, maxPadding) -> {
            int innerLength = contentLength + 1;
            int padding = (blockSize - innerLength % blockSize) % blockSize;
            return Math.min(padding, maxPadding);
        };
    }
}
