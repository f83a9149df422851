package dev.parley.x509.name;

import dev.parley.crypto.Bytes;

/** Text forms of iPAddress octets, for {@code toString} and messages only (RFC 5280 §4.2.1.6). */
final class IpAddresses {

    private IpAddresses() {
    }

    static String format(Bytes octets) {
        return switch (octets.length()) {
            case 4, 16 -> address(octets, 0, octets.length());
            case 8, 32 -> address(octets, 0, octets.length() / 2) + "/" + address(octets, octets.length() / 2, octets.length());
            default -> octets.toHex();
        };
    }

    private static String address(Bytes octets, int from, int to) {
        StringBuilder out = new StringBuilder();
        if (to - from == 4) {
            for (int i = from; i < to; i++) {
                out.append(i > from ? "." : "").append(octets.getUnsigned(i));
            }
        } else {
            for (int i = from; i < to; i += 2) {
                out.append(i > from ? ":" : "").append(Integer.toHexString((octets.getUnsigned(i) << 8) | octets.getUnsigned(i + 1)));
            }
        }
        return out.toString();
    }
}
