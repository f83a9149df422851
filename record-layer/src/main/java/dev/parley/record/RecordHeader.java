package dev.parley.record;

import dev.parley.record.wire.Codec;
import java.util.Objects;

/**
 * The five bytes in front of every record: TLSPlaintext and TLSCiphertext share them
 * (RFC 8446 §5.1 and §5.2, RFC 5246 §6.2.1).
 *
 * <pre>
 * struct {
 *     ContentType type;
 *     ProtocolVersion legacy_record_version;
 *     uint16 length;
 * } (header of TLSPlaintext / TLSCiphertext)
 * </pre>
 *
 * <p>The codec checks syntax only; which types, versions and lengths are acceptable depends on
 * the connection's state and is decided by {@link RecordReader}.
 *
 * @param type the record's (outer) content type
 * @param legacyRecordVersion the version field, which TLS 1.3 ignores
 * @param length the number of bytes that follow, 0..0xFFFF
 */
public record RecordHeader(ContentType type, ProtocolVersion legacyRecordVersion, int length) {

    /** Encodes and strictly decodes the five header bytes. */
    public static final Codec<RecordHeader> CODEC = new RecordHeaderCodec();

    public RecordHeader {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(legacyRecordVersion, "legacyRecordVersion");
        if (length < 0 || length > 0xFFFF) {
            throw new IllegalArgumentException("record length out of range: " + length);
        }
    }

    /**
     * Writes a header straight into {@code out} at {@code offset}: the allocation-free form the
     * record writer uses for every record.
     */
    static void write(byte[] out, int offset, int type, int version, int length) {
        out[offset] = (byte) type;
        out[offset + 1] = (byte) (version >>> 8);
        out[offset + 2] = (byte) version;
        out[offset + 3] = (byte) (length >>> 8);
        out[offset + 4] = (byte) length;
    }
}
