package dev.parley.handshake.codepoint;

import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * KeyUpdateRequest (RFC 8446 §4.6.3): whether the sender of a KeyUpdate asks its peer to update too.
 * A value record, so values other than 0 and 1 decode and print; the receiving state rejects them
 * with illegal_parameter (RFC 8446 §4.6.3).
 *
 * @param code the wire value, 0..255
 */
public record KeyUpdateRequest(int code) {

    private static final Map<Integer, String> NAMES = new HashMap<>();

    public static final KeyUpdateRequest UPDATE_NOT_REQUESTED = define(0, "update_not_requested");
    public static final KeyUpdateRequest UPDATE_REQUESTED = define(1, "update_requested");

    /** Reads and writes the one-byte value. */
    public static final Codec<KeyUpdateRequest> CODEC = new Codec<>() {
        @Override
        public void encode(KeyUpdateRequest value, WireWriter out) {
            out.u8(value.code);
        }

        @Override
        public KeyUpdateRequest decode(WireReader in) throws DecodeFailure {
            return new KeyUpdateRequest(in.u8());
        }
    };

    public KeyUpdateRequest {
        if (code < 0 || code > 0xFF) {
            throw new IllegalArgumentException("KeyUpdateRequest out of range: " + code);
        }
    }

    private static KeyUpdateRequest define(int code, String name) {
        NAMES.put(code, name);
        return new KeyUpdateRequest(code);
    }

    /** The registry name, if this value is registered. */
    public Optional<String> registeredName() {
        return Optional.ofNullable(NAMES.get(code));
    }

    /** The registry name, or {@code KeyUpdateRequest(n)} for an unregistered value. */
    @Override
    public String toString() {
        return registeredName().orElse("KeyUpdateRequest(" + code + ")");
    }
}
