package dev.parley.record.wire;

import dev.parley.crypto.Bytes;
import java.util.Arrays;

/**
 * Builds wire bytes. Length-prefixed blocks are written through a callback, so encoding code nests
 * the way the structure does, and the prefix is checked to fit once the block is done:
 *
 * <pre>{@code
 * out.u16(ExtensionType.KEY_SHARE.code());
 * out.lengthPrefixed16(ext -> ext.lengthPrefixed16(shares -> ...));
 * }</pre>
 *
 * Values outside a field's range are programming errors here ({@link IllegalArgumentException});
 * the writer never produces bytes that do not mean what the caller wrote.
 */
public final class WireWriter {

    /** The body of a length-prefixed block. */
    @FunctionalInterface
    public interface Block {
        void write(WireWriter out);
    }

    private byte[] buffer;
    private int size;

    public WireWriter() {
        this(64);
    }

    public WireWriter(int initialCapacity) {
        this.buffer = new byte[Math.max(16, initialCapacity)];
    }

    /** Bytes written so far. */
    public int size() {
        return size;
    }

    public WireWriter u8(int value) {
        checkRange(value, 0xFF, "uint8");
        ensure(1);
        buffer[size++] = (byte) value;
        return this;
    }

    public WireWriter u16(int value) {
        checkRange(value, 0xFFFF, "uint16");
        ensure(2);
        buffer[size++] = (byte) (value >>> 8);
        buffer[size++] = (byte) value;
        return this;
    }

    public WireWriter u24(int value) {
        checkRange(value, 0xFFFFFF, "uint24");
        ensure(3);
        buffer[size++] = (byte) (value >>> 16);
        buffer[size++] = (byte) (value >>> 8);
        buffer[size++] = (byte) value;
        return this;
    }

    public WireWriter u32(long value) {
        if (value < 0 || value > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("uint32 out of range: " + value);
        }
        ensure(4);
        buffer[size++] = (byte) (value >>> 24);
        buffer[size++] = (byte) (value >>> 16);
        buffer[size++] = (byte) (value >>> 8);
        buffer[size++] = (byte) value;
        return this;
    }

    public WireWriter bytes(byte[] bytes) {
        return bytes(bytes, 0, bytes.length);
    }

    public WireWriter bytes(byte[] bytes, int offset, int length) {
        ensure(length);
        System.arraycopy(bytes, offset, buffer, size, length);
        size += length;
        return this;
    }

    public WireWriter bytes(Bytes bytes) {
        ensure(bytes.length());
        bytes.copyTo(buffer, size);
        size += bytes.length();
        return this;
    }

    /** Writes {@code opaque<0..2^8-1>}. */
    public WireWriter opaque8(Bytes value) {
        return lengthPrefixed8(out -> out.bytes(value));
    }

    /** Writes {@code opaque<0..2^16-1>}. */
    public WireWriter opaque16(Bytes value) {
        return lengthPrefixed16(out -> out.bytes(value));
    }

    /** Writes {@code opaque<0..2^24-1>}. */
    public WireWriter opaque24(Bytes value) {
        return lengthPrefixed24(out -> out.bytes(value));
    }

    /** Writes {@code block} behind a one-byte length. */
    public WireWriter lengthPrefixed8(Block block) {
        return lengthPrefixed(1, 0xFF, block);
    }

    /** Writes {@code block} behind a two-byte length. */
    public WireWriter lengthPrefixed16(Block block) {
        return lengthPrefixed(2, 0xFFFF, block);
    }

    /** Writes {@code block} behind a three-byte length. */
    public WireWriter lengthPrefixed24(Block block) {
        return lengthPrefixed(3, 0xFFFFFF, block);
    }

    /** A copy of everything written. */
    public byte[] toByteArray() {
        return Arrays.copyOf(buffer, size);
    }

    /** Everything written, as {@link Bytes}. */
    public Bytes toBytes() {
        return Bytes.wrap(toByteArray());
    }

    private WireWriter lengthPrefixed(int prefixLength, int max, Block block) {
        ensure(prefixLength);
        int prefixAt = size;
        size += prefixLength;
        block.write(this);
        int length = size - prefixAt - prefixLength;
        if (length > max) {
            throw new IllegalArgumentException("block of " + length + " bytes does not fit a "
                    + prefixLength + "-byte length");
        }
        for (int i = prefixLength - 1; i >= 0; i--) {
            buffer[prefixAt + i] = (byte) (length >>> (8 * (prefixLength - 1 - i)));
        }
        return this;
    }

    private void ensure(int more) {
        if (size + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(size + more, buffer.length * 2));
        }
    }

    private static void checkRange(int value, int max, String type) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(type + " out of range: " + value);
        }
    }
}
