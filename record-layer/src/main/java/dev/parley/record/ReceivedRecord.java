package dev.parley.record;

import dev.parley.crypto.Bytes;
import dev.parley.record.wire.WireReader;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * One record as it arrived and was opened: its real content type and its content, which is a
 * view into the {@link RecordReader}'s buffer. No bytes were copied to make it.
 *
 * <p>The view is valid until the next call to {@link RecordReader#read}; using it afterwards
 * throws {@link IllegalStateException} rather than returning bytes of another record. Copy out
 * what must be kept ({@link #copyTo(int, ByteBuffer)}, {@link #toBytes()}).
 */
public final class ReceivedRecord {

    private final RecordReader owner;
    private final long generation;
    private final ContentType type;
    private final int legacyRecordVersion;
    private final boolean encrypted;
    private final byte[] buffer;
    private final int offset;
    private final int length;

    ReceivedRecord(RecordReader owner, long generation, ContentType type, int legacyRecordVersion,
                   boolean encrypted, byte[] buffer, int offset, int length) {
        this.owner = owner;
        this.generation = generation;
        this.type = type;
        this.legacyRecordVersion = legacyRecordVersion;
        this.encrypted = encrypted;
        this.buffer = buffer;
        this.offset = offset;
        this.length = length;
    }

    /** The real content type: in TLS 1.3, the one inside TLSInnerPlaintext (RFC 8446 §5.2). */
    public ContentType type() {
        return type;
    }

    /** The version field of the record header as it arrived (RFC 8446 §5.1: to be ignored). */
    public ProtocolVersion legacyRecordVersion() {
        return new ProtocolVersion(legacyRecordVersion);
    }

    /**
     * Whether the record arrived encrypted. False for every record before keys are installed, and
     * for the compatibility change_cipher_spec that TLS 1.3 lets through unprotected (RFC 8446 §5).
     */
    public boolean wasEncrypted() {
        return encrypted;
    }

    /** The number of content bytes (padding and tag excluded). */
    public int length() {
        return length;
    }

    /** The unsigned value of content byte {@code index}. */
    public int getUnsigned(int index) {
        checkValid();
        Objects.checkIndex(index, length);
        return buffer[offset + index] & 0xFF;
    }

    /** Copies {@code count} content bytes from {@code from} into {@code destination}. */
    public void copyTo(int from, byte[] destination, int destinationOffset, int count) {
        checkValid();
        Objects.checkFromIndexSize(from, count, length);
        System.arraycopy(buffer, offset + from, destination, destinationOffset, count);
    }

    /**
     * Copies as many content bytes from {@code from} as {@code destination} has room for.
     *
     * @return the number of bytes copied
     */
    public int copyTo(int from, ByteBuffer destination) {
        checkValid();
        Objects.checkIndex(from, length + 1);
        int count = Math.min(length - from, destination.remaining());
        destination.put(buffer, offset + from, count);
        return count;
    }

    /** A copy of the content. */
    public Bytes toBytes() {
        checkValid();
        return Bytes.of(buffer, offset, length);
    }

    /** A bounded reader over the content, for decoding it in place (an alert, a handshake header). */
    public WireReader reader() {
        checkValid();
        return new WireReader(buffer, offset, length);
    }

    @Override
    public String toString() {
        return type + (encrypted ? " record (encrypted), " : " record, ") + length + " bytes";
    }

    private void checkValid() {
        if (owner.generation() != generation) {
            throw new IllegalStateException("this record's bytes were overwritten by a later read");
        }
    }
}
