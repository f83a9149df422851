package dev.parley.handshake.codepoint;

import dev.parley.crypto.Bytes;
import dev.parley.record.ProtocolVersion;
import java.util.List;

/**
 * GREASE: the values RFC 8701 reserves so that clients can advertise values no peer knows and keep
 * every peer's "ignore what you do not know" paths in working order.
 *
 * <p>Parley tolerates them everywhere (code points are value records, so they decode, round-trip
 * and print like any unknown value), and its client sends them. The client draws a random number
 * and maps it here, so this class stays free of randomness: {@code Grease.cipherSuite(r)} uses
 * {@code r} modulo the number of reserved values.
 */
public final class Grease {

    /**
     * RFC 8701 §2: the sixteen two-byte values reserved for cipher suites, extensions, named groups,
     * signature algorithms and versions (and, as two-byte strings, ALPN identifiers).
     */
    public static final List<Integer> VALUES = List.of(
            0x0A0A, 0x1A1A, 0x2A2A, 0x3A3A, 0x4A4A, 0x5A5A, 0x6A6A, 0x7A7A,
            0x8A8A, 0x9A9A, 0xAAAA, 0xBABA, 0xCACA, 0xDADA, 0xEAEA, 0xFAFA);

    /** RFC 8701 §2: the eight one-byte values reserved for PskKeyExchangeMode. */
    public static final List<Integer> PSK_KEY_EXCHANGE_MODE_VALUES = List.of(
            0x0B, 0x2A, 0x49, 0x68, 0x87, 0xA6, 0xC5, 0xE4);

    private Grease() {
    }

    /** Whether a two-byte code point is one of the reserved GREASE values. */
    public static boolean isGrease(int code) {
        // RFC 8701 §2: both bytes equal, and each of the form 0x?A.
        return (code & 0x0F0F) == 0x0A0A && (code >>> 8) == (code & 0xFF);
    }

    /** Whether a one-byte PskKeyExchangeMode is one of the reserved GREASE values. */
    public static boolean isGreasePskKeyExchangeMode(int code) {
        return PSK_KEY_EXCHANGE_MODE_VALUES.contains(code);
    }

    /** Whether an ALPN protocol name is one of the reserved two-byte GREASE identifiers. */
    public static boolean isGreaseProtocolName(Bytes protocolName) {
        return protocolName.length() == 2
                && isGrease((protocolName.getUnsigned(0) << 8) | protocolName.getUnsigned(1));
    }

    /** The reserved two-byte value chosen by {@code random} (any int; taken modulo 16). */
    public static int value(int random) {
        return VALUES.get(Math.floorMod(random, VALUES.size()));
    }

    public static CipherSuite cipherSuite(int random) {
        return new CipherSuite(value(random));
    }

    public static ExtensionType extensionType(int random) {
        return new ExtensionType(value(random));
    }

    public static NamedGroup namedGroup(int random) {
        return new NamedGroup(value(random));
    }

    public static SignatureScheme signatureScheme(int random) {
        return new SignatureScheme(value(random));
    }

    public static ProtocolVersion protocolVersion(int random) {
        return new ProtocolVersion(value(random));
    }

    public static PskKeyExchangeMode pskKeyExchangeMode(int random) {
        return new PskKeyExchangeMode(PSK_KEY_EXCHANGE_MODE_VALUES.get(
                Math.floorMod(random, PSK_KEY_EXCHANGE_MODE_VALUES.size())));
    }

    /** A reserved two-byte ALPN protocol name. */
    public static Bytes protocolName(int random) {
        int value = value(random);
        return Bytes.of((byte) (value >>> 8), (byte) value);
    }
}
