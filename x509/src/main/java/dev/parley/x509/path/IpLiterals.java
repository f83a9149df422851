package dev.parley.x509.path;

import java.util.Optional;

/**
 * IPv4 addresses in the loose forms the classic {@code inet_aton} reads, as they may appear in a
 * subject's commonName, so that an ambiguous spelling can be recognised. Strict parsing, IPv6 and
 * the canonical printed forms are {@link dev.parley.x509.identity.IpLiteral}'s.
 */
final class IpLiterals {

    private static final int MAX_PART_LENGTH = 12;

    private IpLiterals() {
    }

    /**
     * The IPv4 address {@code text} denotes in any of the forms the classic {@code inet_aton}
     * accepts: one to four dot-separated parts, each decimal, octal (leading {@code 0}) or
     * hexadecimal ({@code 0x}), the last part filling the remaining octets.
     */
    static Optional<byte[]> parseIpv4Loose(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length > 4) {
            return Optional.empty();
        }
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            long value = part(parts[i]);
            if (value < 0) {
                return Optional.empty();
            }
            values[i] = value;
        }
        long address = 0;
        for (int i = 0; i < parts.length - 1; i++) {
            if (values[i] > 0xFF) {
                return Optional.empty();
            }
            address = (address << 8) | values[i];
        }
        int lastBits = 8 * (5 - parts.length);
        if (values[parts.length - 1] >= (1L << lastBits)) {
            return Optional.empty();
        }
        address = (address << lastBits) | values[parts.length - 1];
        return Optional.of(new byte[] {(byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address});
    }

    /** One inet_aton part, or -1 if it is not one. */
    private static long part(String text) {
        if (text.isEmpty() || text.length() > MAX_PART_LENGTH) {
            return -1;
        }
        int radix = 10;
        String digits = text;
        if (text.startsWith("0x") || text.startsWith("0X")) {
            radix = 16;
            digits = text.substring(2);
        } else if (text.length() > 1 && text.charAt(0) == '0') {
            radix = 8;
            digits = text.substring(1);
        }
        if (digits.isEmpty()) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = Character.digit(digits.charAt(i), radix);
            if (digit < 0) {
                return -1;
            }
            value = value * radix + digit;
        }
        return value;
    }
}
