package dev.parley.x509.identity;

import dev.parley.crypto.Bytes;
import java.util.Optional;

/**
 * Textual IPv4 and IPv6 addresses, parsed to the octets an iPAddress subjectAltName carries
 * (RFC 5280 §4.2.1.6: four octets for IPv4, sixteen for IPv6) and printed back.
 *
 * <p>The parser is deliberately strict and never touches the network (unlike
 * {@code InetAddress.getByName}, which may ask DNS):
 * <ul>
 *   <li>IPv4 is dotted decimal with exactly four parts, each 0–255 without leading zeros
 *       ({@code 010.0.0.1} is refused: some resolvers read it as octal, RFC 6943 §3.1.1);</li>
 *   <li>IPv6 is any form of RFC 4291 §2.2: eight groups of one to four hex digits, one
 *       {@code ::} standing for one or more zero groups, and an optional dotted IPv4 tail
 *       ({@code ::ffff:192.0.2.1}); hex digits in either case;</li>
 *   <li>zone identifiers ({@code fe80::1%eth0}) are refused: a certificate cannot name them.</li>
 * </ul>
 * An IPv4-mapped IPv6 address stays sixteen octets; it is a different octet string from the
 * four-octet IPv4 address and so never matches it (RFC 5280 compares iPAddress octets).
 */
public final class IpLiteral {

    /** Longest text either form can take, so hostile input is refused before any work. */
    private static final int MAX_TEXT_LENGTH = 45;

    private IpLiteral() {
    }

    /** Whether {@code text} is an IPv4 or IPv6 literal in one of the accepted forms. */
    public static boolean isIpLiteral(String text) {
        return parse(text).isPresent();
    }

    /** The four or sixteen octets written by {@code text}, or empty if it is no literal. */
    public static Optional<Bytes> parse(String text) {
        if (text.isEmpty() || text.length() > MAX_TEXT_LENGTH) {
            return Optional.empty();
        }
        byte[] octets = text.indexOf(':') >= 0 ? parseIpv6(text) : parseIpv4(text);
        return octets == null ? Optional.empty() : Optional.of(Bytes.wrap(octets));
    }

    /** The four octets of a dotted-decimal IPv4 address, or empty. */
    public static Optional<Bytes> parseIpv4Only(String text) {
        if (text.isEmpty() || text.length() > MAX_TEXT_LENGTH) {
            return Optional.empty();
        }
        byte[] octets = parseIpv4(text);
        return octets == null ? Optional.empty() : Optional.of(Bytes.wrap(octets));
    }

    /**
     * The usual text of an address: dotted decimal for four octets, the RFC 5952 §4 canonical
     * form for sixteen (lower case, longest run of two or more zero groups as {@code ::}, an
     * IPv4-mapped address as {@code ::ffff:192.0.2.1}), and
     * hexadecimal for any other length (such octets are not an address a host can have).
     */
    public static String format(Bytes address) {
        if (address.length() == 4) {
            return address.getUnsigned(0) + "." + address.getUnsigned(1) + "."
                    + address.getUnsigned(2) + "." + address.getUnsigned(3);
        }
        if (address.length() != 16) {
            return "0x" + address.toHex();
        }
        if (isIpv4Mapped(address)) {
            // RFC 5952 §5: an IPv4-mapped address keeps its IPv4 part in dotted decimal.
            return "::ffff:" + format(address.slice(12, 16));
        }
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = address.getUnsigned(2 * i) << 8 | address.getUnsigned(2 * i + 1);
        }
        // RFC 5952 §4.2.2/§4.2.3: compress the first longest run of at least two zero groups.
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
            i = j == i ? i + 1 : j;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }

    private static boolean isIpv4Mapped(Bytes address) {
        for (int i = 0; i < 10; i++) {
            if (address.get(i) != 0) {
                return false;
            }
        }
        return address.getUnsigned(10) == 0xFF && address.getUnsigned(11) == 0xFF;
    }

    private static byte[] parseIpv4(String text) {
        byte[] octets = new byte[4];
        int part = 0;
        int i = 0;
        while (true) {
            int start = i;
            int value = 0;
            while (i < text.length() && isDecimalDigit(text.charAt(i)) && i - start < 3) {
                value = value * 10 + (text.charAt(i) - '0');
                i++;
            }
            int digits = i - start;
            if (digits == 0 || value > 255 || (digits > 1 && text.charAt(start) == '0')) {
                return null;
            }
            octets[part++] = (byte) value;
            if (part == 4) {
                return i == text.length() ? octets : null;
            }
            if (i >= text.length() || text.charAt(i) != '.') {
                return null;
            }
            i++;
        }
    }

    private static byte[] parseIpv6(String text) {
        int[] head = new int[8];
        int[] tail = new int[8];
        int headCount = 0;
        int tailCount = 0;
        boolean compressed = false;
        int i = 0;
        if (text.startsWith("::")) {
            compressed = true;
            i = 2;
        } else if (text.startsWith(":")) {
            return null;
        }
        while (i < text.length()) {
            int start = i;
            int value = 0;
            while (i < text.length() && Character.digit(text.charAt(i), 16) >= 0 && isAscii(text.charAt(i))
                    && i - start < 4) {
                value = value << 4 | Character.digit(text.charAt(i), 16);
                i++;
            }
            if (i < text.length() && text.charAt(i) == '.') {
                // RFC 4291 §2.2 form 3: the last 32 bits as dotted decimal.
                byte[] ipv4 = parseIpv4(text.substring(start));
                if (ipv4 == null) {
                    return null;
                }
                int[] target = compressed ? tail : head;
                int count = compressed ? tailCount : headCount;
                if (count + 2 > 8) {
                    return null;
                }
                target[count] = (ipv4[0] & 0xFF) << 8 | ipv4[1] & 0xFF;
                target[count + 1] = (ipv4[2] & 0xFF) << 8 | ipv4[3] & 0xFF;
                if (compressed) {
                    tailCount += 2;
                } else {
                    headCount += 2;
                }
                i = text.length();
                break;
            }
            if (i == start) {
                return null;
            }
            if (compressed) {
                if (tailCount == 8) {
                    return null;
                }
                tail[tailCount++] = value;
            } else {
                if (headCount == 8) {
                    return null;
                }
                head[headCount++] = value;
            }
            if (i == text.length()) {
                break;
            }
            if (text.charAt(i) != ':') {
                return null;
            }
            i++;
            if (i < text.length() && text.charAt(i) == ':') {
                if (compressed) {
                    return null;
                }
                compressed = true;
                i++;
            } else if (i == text.length()) {
                return null;
            }
        }
        int explicitGroups = headCount + tailCount;
        // RFC 4291 §2.2: "::" stands for one or more groups, so it needs a free group to fill.
        if (compressed ? explicitGroups > 7 : explicitGroups != 8) {
            return null;
        }
        byte[] octets = new byte[16];
        for (int g = 0; g < headCount; g++) {
            putGroup(octets, g, head[g]);
        }
        for (int g = 0; g < tailCount; g++) {
            putGroup(octets, 8 - tailCount + g, tail[g]);
        }
        return octets;
    }

    private static void putGroup(byte[] octets, int group, int value) {
        octets[2 * group] = (byte) (value >>> 8);
        octets[2 * group + 1] = (byte) value;
    }

    private static boolean isDecimalDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAscii(char c) {
        return c < 0x80;
    }
}
