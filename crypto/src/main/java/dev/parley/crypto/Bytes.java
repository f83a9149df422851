package dev.parley.crypto;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * An immutable byte string with content equality and a short hexadecimal {@code toString}.
 *
 * <p>Records compare {@code byte[]} components by identity and print them uselessly; wire structs
 * and key types hold a {@code Bytes} instead. Never use it for secrets: it prints its content.
 */
public final class Bytes implements Comparable<Bytes> {

    /** The empty byte string. */
    public static final Bytes EMPTY = new Bytes(new byte[0]);

    private static final int TO_STRING_LIMIT = 32;

    private final byte[] bytes;

    private Bytes(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A copy of {@code bytes}. */
    public static Bytes of(byte... bytes) {
        return bytes.length == 0 ? EMPTY : new Bytes(bytes.clone());
    }

    /** A copy of {@code length} bytes of {@code bytes} starting at {@code offset}. */
    public static Bytes of(byte[] bytes, int offset, int length) {
        return length == 0 ? EMPTY : new Bytes(Arrays.copyOfRange(bytes, offset, offset + length));
    }

    /** Parses hexadecimal text; whitespace and {@code :} separators are ignored. */
    public static Bytes fromHex(String hex) {
        String digits = hex.replaceAll("[\\s:]", "");
        return new Bytes(HexFormat.of().parseHex(digits));
    }

    /**
     * Wraps {@code bytes} without copying. The caller hands over ownership and must not change
     * the array afterwards; decoders use this for arrays they just allocated.
     */
    public static Bytes wrap(byte[] bytes) {
        return bytes.length == 0 ? EMPTY : new Bytes(bytes);
    }

    /** The number of bytes. */
    public int length() {
        return bytes.length;
    }

    /** Whether this is the empty string. */
    public boolean isEmpty() {
        return bytes.length == 0;
    }

    /** The byte at {@code index}. */
    public byte get(int index) {
        return bytes[index];
    }

    /** The unsigned value of the byte at {@code index}. */
    public int getUnsigned(int index) {
        return bytes[index] & 0xFF;
    }

    /** A fresh copy of the content. */
    public byte[] toByteArray() {
        return bytes.clone();
    }

    /** Copies the content into {@code destination} at {@code offset}. */
    public void copyTo(byte[] destination, int offset) {
        System.arraycopy(bytes, 0, destination, offset, bytes.length);
    }

    /** The bytes {@code [from, to)} as a new string. */
    public Bytes slice(int from, int to) {
        return of(bytes, from, to - from);
    }

    /** This string followed by {@code other}. */
    public Bytes concat(Bytes other) {
        byte[] joined = Arrays.copyOf(bytes, bytes.length + other.bytes.length);
        System.arraycopy(other.bytes, 0, joined, bytes.length, other.bytes.length);
        return new Bytes(joined);
    }

    /** Lower-case hexadecimal of the whole content. */
    public String toHex() {
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * Compares in constant time, for secrets and MACs held in a {@code Bytes}.
     * {@link #equals(Object)} is the ordinary, early-exit comparison.
     */
    public boolean constantTimeEquals(Bytes other) {
        return ConstantTime.areEqual(bytes, other.bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bytes other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public int compareTo(Bytes other) {
        return Arrays.compareUnsigned(bytes, other.bytes);
    }

    /** Short hexadecimal form: the whole content up to 32 bytes, else its start and its length. */
    @Override
    public String toString() {
        if (bytes.length <= TO_STRING_LIMIT) {
            return toHex();
        }
        return HexFormat.of().formatHex(bytes, 0, TO_STRING_LIMIT) + "...(" + bytes.length + " bytes)";
    }
}
