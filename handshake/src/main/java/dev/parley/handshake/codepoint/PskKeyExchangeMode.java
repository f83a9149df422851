package dev.parley.handshake.codepoint;

import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * PskKeyExchangeMode (RFC 8446 §4.2.9): whether a PSK is used alone or with an (EC)DHE exchange.
 * A value record, so unknown and GREASE modes (RFC 8701 §2) decode, round-trip and print.
 *
 * @param code the wire value, 0..255
 */
public record PskKeyExchangeMode(int code) {

    private static final Map<Integer, String> NAMES = new HashMap<>();

    /** PSK-only key establishment: no forward secrecy (RFC 8446 §4.2.9). */
    public static final PskKeyExchangeMode PSK_KE = define(0, "psk_ke");
    /** PSK with (EC)DHE key establishment (RFC 8446 §4.2.9). */
    public static final PskKeyExchangeMode PSK_DHE_KE = define(1, "psk_dhe_ke");

    /** Reads and writes the one-byte value. */
    public static final Codec<PskKeyExchangeMode> CODEC = new Codec<>() {
        @Override
        public void encode(PskKeyExchangeMode value, WireWriter out) {
            out.u8(value.code);
        }

        @Override
        public PskKeyExchangeMode decode(WireReader in) throws DecodeFailure {
            return new PskKeyExchangeMode(in.u8());
        }
    };

    public PskKeyExchangeMode {
        if (code < 0 || code > 0xFF) {
            throw new IllegalArgumentException("PskKeyExchangeMode out of range: " + code);
        }
    }

    private static PskKeyExchangeMode define(int code, String name) {
        NAMES.put(code, name);
        return new PskKeyExchangeMode(code);
    }

    /** The registry name, if this value is registered. */
    public Optional<String> registeredName() {
        return Optional.ofNullable(NAMES.get(code));
    }

    /** Whether this is a GREASE value (RFC 8701 §2). */
    public boolean isGrease() {
        return Grease.isGreasePskKeyExchangeMode(code);
    }

    /** The registry name, or {@code PskKeyExchangeMode(n)} for an unregistered value. */
    @Override
    public String toString() {
        return registeredName().orElse("PskKeyExchangeMode(" + code + ")");
    }
}
