package dev.parley.x509.path;

import java.util.Optional;

/**
 * IP addresses written as text, as they appear in a subject's commonName: every form that some
 * software reads as an address, and the one canonical form of each (RFC 3986 §3.2.2 dotted
 * decimal for IPv4, RFC 5952 §4 for IPv6), so that an ambiguous spelling can be recognised.
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

    /** The IPv6 address {@code text} denotes (RFC 4291 §2.2), in any letter case. */
    static Optional<byte[]> parseIpv6(String text) {
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            return Optional.empty();
        }
        int[] head = gap < 0 ? groups(text) : groups(text.substring(0, gap));
        int[] tail = gap < 0 ? new int[0] : groups(text.substring(gap + 2));
        if (head == null || tail == null) {
            return Optional.empty();
        }
        int count = head.length + tail.length;
        if ((gap < 0 && count != 8) || (gap >= 0 && count > 7)) {
            return Optional.empty();
        }
        byte[] address = new byte[16];
        for (int i = 0; i < head.length; i++) {
            address[2 * i] = (byte) (head[i] >>> 8);
            address[2 * i + 1] = (byte) head[i];
        }
        for (int i = 0; i < tail.length; i++) {
            int at = 8 - tail.length + i;
            address[2 * at] = (byte) (tail[i] >>> 8);
            address[2 * at + 1] = (byte) tail[i];
        }
        return Optional.of(address);
    }

    /** Dotted decimal without leading zeros (RFC 3986 §3.2.2 IPv4address). */
    static String formatIpv4(byte[] address) {
        return (address[0] & 0xFF) + "." + (address[1] & 0xFF) + "." + (address[2] & 0xFF) + "." + (address[3] & 0xFF);
    }

    /**
     * RFC 5952 §4: lower case, no leading zeros, the longest run of two or more zero groups (the
     * first of equal runs) shortened to {@code ::}; §5: IPv4-mapped addresses end in dotted decimal.
     */
    static String formatIpv6(byte[] address) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((address[2 * i] & 0xFF) << 8) | (address[2 * i + 1] & 0xFF);
        }
        boolean mapped = groups[0] == 0 && groups[1] == 0 && groups[2] == 0 && groups[3] == 0 && groups[4] == 0
                && groups[5] == 0xFFFF;
        if (mapped) {
            return "::ffff:" + formatIpv4(new byte[] {address[12], address[13], address[14], address[15]});
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j > i ? j : i + 1;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLength - 1;
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(groups[i]));
        }
        return out.toString();
    }

    /** Colon-separated groups of one to four hex digits; the last may be a dotted IPv4 address. */
    private static int[] groups(String text) {
        if (text.isEmpty()) {
            return new int[0];
        }
        String[] pieces = text.split(":", -1);
        boolean ipv4Tail = pieces[pieces.length - 1].indexOf('.') >= 0;
        int[] groups = new int[pieces.length + (ipv4Tail ? 1 : 0)];
        for (int i = 0; i < pieces.length - (ipv4Tail ? 1 : 0); i++) {
            String piece = pieces[i];
            if (piece.isEmpty() || piece.length() > 4 || !piece.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                return null;
            }
            groups[i] = Integer.parseInt(piece, 16);
        }
        if (ipv4Tail) {
            byte[] v4 = strictIpv4(pieces[pieces.length - 1]);
            if (v4 == null) {
                return null;
            }
            groups[pieces.length - 1] = ((v4[0] & 0xFF) << 8) | (v4[1] & 0xFF);
            groups[pieces.length] = ((v4[2] & 0xFF) << 8) | (v4[3] & 0xFF);
        }
        return groups;
    }

    /** Four decimal parts of 0 to 255, as RFC 4291 §2.2 writes the end of a mixed address. */
    private static byte[] strictIpv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] address = new byte[4];
        for (int i = 0; i < 4; i++) {
            String part = parts[i];
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')
                    || Integer.parseInt(part) > 255) {
                return null;
            }
            address[i] = (byte) Integer.parseInt(part);
        }
        return address;
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
