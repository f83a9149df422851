package dev.parley.record.wire;

import dev.parley.crypto.Bytes;
import java.util.Objects;

/**
 * A bounded cursor over received bytes (RFC 8446 §3 presentation language).
 *
 * <p>A reader sees only {@code [position, limit)} of its array. Vector reads check the declared
 * length against the vector's bounds and against what remains before anything is allocated, so a
 * hostile length can never make us allocate more than the bytes that actually arrived.
 */
public final class WireReader {

    private final byte[] buffer;
    private final int start;
    private final int limit;
    private int position;

    /** A reader over all of {@code bytes}. */
    public WireReader(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    /** A reader over {@code length} bytes of {@code bytes} from {@code offset}; the array is not copied. */
    public WireReader(byte[] bytes, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        this.buffer = bytes;
        this.start = offset;
        this.position = offset;
        this.limit = offset + length;
    }

    /** A reader over the content of {@code bytes}. */
    public static WireReader of(Bytes bytes) {
        return new WireReader(bytes.toByteArray());
    }

    /** Bytes left to read. */
    public int remaining() {
        return limit - position;
    }

    /** Whether everything has been read. */
    public boolean isEmpty() {
        return position == limit;
    }

    /** Bytes read so far, relative to this reader's start. */
    public int consumed() {
        return position - start;
    }

    /** Reads a uint8. */
    public int u8() throws DecodeFailure {
        require(1, "uint8");
        return buffer[position++] & 0xFF;
    }

    /** Reads a big-endian uint16. */
    public int u16() throws DecodeFailure {
        require(2, "uint16");
        int value = ((buffer[position] & 0xFF) << 8) | (buffer[position + 1] & 0xFF);
        position += 2;
        return value;
    }

    /** Reads a big-endian uint24. */
    public int u24() throws DecodeFailure {
        require(3, "uint24");
        int value = ((buffer[position] & 0xFF) << 16) | ((buffer[position + 1] & 0xFF) << 8)
                | (buffer[position + 2] & 0xFF);
        position += 3;
        return value;
    }

    /** Reads a big-endian uint32 (as a long, since it may exceed {@code Integer.MAX_VALUE}). */
    public long u32() throws DecodeFailure {
        require(4, "uint32");
        long value = ((long) (buffer[position] & 0xFF) << 24) | ((buffer[position + 1] & 0xFF) << 16)
                | ((buffer[position + 2] & 0xFF) << 8) | (buffer[position + 3] & 0xFF);
        position += 4;
        return value;
    }

    /** Reads exactly {@code length} bytes ({@code opaque field[length]}). */
    public Bytes bytes(int length, String name) throws DecodeFailure {
        require(length, name);
        Bytes value = Bytes.of(buffer, position, length);
        position += length;
        return value;
    }

    /** Reads {@code opaque name<min..max>} with a one-byte length. */
    public Bytes opaque8(String name, int min, int max) throws DecodeFailure {
        return opaque(u8(), name, min, max);
    }

    /** Reads {@code opaque name<min..max>} with a two-byte length. */
    public Bytes opaque16(String name, int min, int max) throws DecodeFailure {
        return opaque(u16(), name, min, max);
    }

    /** Reads {@code opaque name<min..max>} with a three-byte length. */
    public Bytes opaque24(String name, int min, int max) throws DecodeFailure {
        return opaque(u24(), name, min, max);
    }

    /** A reader over the next {@code length} bytes, which this reader skips. */
    public WireReader sub(int length, String name) throws DecodeFailure {
        require(length, name);
        WireReader sub = new WireReader(buffer, position, length);
        position += length;
        return sub;
    }

    /** A reader over a vector {@code name<min..max>} with a one-byte length prefix. */
    public WireReader sub8(String name, int min, int max) throws DecodeFailure {
        return sub(checkLength(u8(), name, min, max), name);
    }

    /** A reader over a vector {@code name<min..max>} with a two-byte length prefix. */
    public WireReader sub16(String name, int min, int max) throws DecodeFailure {
        return sub(checkLength(u16(), name, min, max), name);
    }

    /** A reader over a vector {@code name<min..max>} with a three-byte length prefix. */
    public WireReader sub24(String name, int min, int max) throws DecodeFailure {
        return sub(checkLength(u24(), name, min, max), name);
    }

    /** The rest of this reader's bytes. */
    public Bytes rest() {
        Bytes value = Bytes.of(buffer, position, remaining());
        position = limit;
        return value;
    }

    /** Fails unless everything has been read: {@code name} must end here. */
    public void expectEnd(String name) throws DecodeFailure {
        if (position != limit) {
            throw new DecodeFailure(WireFailure.TRAILING_BYTES,
                    name + ": " + remaining() + " trailing byte(s) after the end of the structure");
        }
    }

    /** Fails unless the remaining length is a multiple of {@code elementLength}. */
    public void expectMultipleOf(int elementLength, String name) throws DecodeFailure {
        if (remaining() % elementLength != 0) {
            throw new DecodeFailure(WireFailure.LENGTH_NOT_MULTIPLE,
                    name + ": length " + remaining() + " is not a multiple of " + elementLength);
        }
    }

    private Bytes opaque(int length, String name, int min, int max) throws DecodeFailure {
        return bytes(checkLength(length, name, min, max), name);
    }

    private static int checkLength(int length, String name, int min, int max) throws DecodeFailure {
        if (length < min || length > max) {
            throw new DecodeFailure(WireFailure.LENGTH_OUT_OF_RANGE,
                    name + ": length " + length + " outside " + min + ".." + max);
        }
        return length;
    }

    private void require(int length, String name) throws DecodeFailure {
        if (length < 0 || length > remaining()) {
            throw new DecodeFailure(WireFailure.TRUNCATED,
                    name + ": needs " + length + " byte(s) at offset " + consumed() + ", " + remaining() + " left");
        }
    }
}
