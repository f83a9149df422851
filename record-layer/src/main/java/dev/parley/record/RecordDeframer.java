package dev.parley.record;

import java.nio.ByteBuffer;

/**
 * Collects arriving bytes into whole records (RFC 8446 §5.1: records are the unit of framing in
 * an otherwise unstructured byte stream).
 *
 * <p>The buffer is allocated once and holds exactly one record of the largest size any protocol
 * state allows ({@link RecordLimits#MAX_RECORD_LENGTH}); the deframer never takes more bytes
 * from the input than the record it is assembling needs, so it neither grows nor holds a second
 * record. Between {@link #fillHeader} and {@link #fillBody} the {@link RecordReader} judges the
 * header, so a hostile length is refused before a single body byte is awaited.
 */
final class RecordDeframer {

    private final byte[] buffer = new byte[RecordLimits.MAX_RECORD_LENGTH];
    private int filled;
    private int bodyLength = -1;

    /**
     * Takes header bytes from {@code in} until the header is complete.
     *
     * @return whether the five header bytes are now here
     */
    boolean fillHeader(ByteBuffer in) {
        if (bodyLength >= 0) {
            return true;
        }
        take(in, RecordLimits.HEADER_LENGTH - filled);
        if (filled < RecordLimits.HEADER_LENGTH) {
            return false;
        }
        bodyLength = ((buffer[3] & 0xFF) << 8) | (buffer[4] & 0xFF);
        return true;
    }

    /**
     * Takes body bytes from {@code in} until the record is complete; the header must be here and
     * have been judged.
     *
     * @return whether the whole record is now here
     */
    boolean fillBody(ByteBuffer in) {
        if (RecordLimits.HEADER_LENGTH + bodyLength > buffer.length) {
            // The reader refuses such headers first (record_overflow); this only guards the buffer.
            throw new IllegalStateException("a record of " + bodyLength + " bytes was not refused");
        }
        take(in, RecordLimits.HEADER_LENGTH + bodyLength - filled);
        return filled == RecordLimits.HEADER_LENGTH + bodyLength;
    }

    /** Whether the header of the record being assembled is complete. */
    boolean hasHeader() {
        return bodyLength >= 0;
    }

    int type() {
        return buffer[0] & 0xFF;
    }

    int version() {
        return ((buffer[1] & 0xFF) << 8) | (buffer[2] & 0xFF);
    }

    int bodyLength() {
        return bodyLength;
    }

    /** The buffer the record sits in, from offset 0; valid until {@link #clear()}. */
    byte[] buffer() {
        return buffer;
    }

    /** Bytes of an incomplete record held so far (zero between records). */
    int buffered() {
        return filled;
    }

    /** Forgets the current record; the next bytes start a new one. */
    void clear() {
        filled = 0;
        bodyLength = -1;
    }

    private void take(ByteBuffer in, int wanted) {
        int n = Math.min(wanted, in.remaining());
        in.get(buffer, filled, n);
        filled += n;
    }
}
