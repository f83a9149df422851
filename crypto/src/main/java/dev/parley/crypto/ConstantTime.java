package dev.parley.crypto;

/**
 * Comparisons whose running time does not depend on where two secrets differ.
 *
 * <p>Security: MACs, Finished values, PSK binders and padding must be compared with these, never
 * with {@link java.util.Arrays#equals(byte[], byte[])}, which returns at the first difference and
 * so tells a timing attacker how many leading bytes were right.
 */
public final class ConstantTime {

    private ConstantTime() {
    }

    /**
     * Whether {@code a} and {@code b} hold the same bytes. Only the lengths (which are public in
     * every use here) may influence the running time.
     */
    public static boolean areEqual(byte[] a, byte[] b) {
        if (a.length != b.length) {
            return false;
        }
        return areEqual(a, 0, b, 0, a.length);
    }

    /** Whether the {@code length} bytes at {@code aOffset} and {@code bOffset} are the same. */
    public static boolean areEqual(byte[] a, int aOffset, byte[] b, int bOffset, int length) {
        int difference = 0;
        for (int i = 0; i < length; i++) {
            difference |= a[aOffset + i] ^ b[bOffset + i];
        }
        return difference == 0;
    }

    /** Whether the {@code length} bytes at {@code offset} are all zero. */
    public static boolean isZero(byte[] a, int offset, int length) {
        int accumulated = 0;
        for (int i = 0; i < length; i++) {
            accumulated |= a[offset + i];
        }
        return accumulated == 0;
    }
}
