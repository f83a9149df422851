package dev.parley.handshake.message;

import dev.parley.handshake.codepoint.HandshakeType;
import dev.parley.handshake.codepoint.KeyUpdateRequest;
import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;
import java.util.Objects;

/**
 * KeyUpdate (RFC 8446 §4.6.3): the sender has switched to its next traffic secret, and may ask the
 * peer to do the same. A request_update other than 0 or 1 decodes; the receiving state rejects it
 * with illegal_parameter.
 *
 * @param requestUpdate {@code KeyUpdateRequest request_update}
 */
public record KeyUpdate(KeyUpdateRequest requestUpdate) implements HandshakeMessage {

    /** The body's wire form. */
    public static final Codec<KeyUpdate> CODEC = new Codec<>() {
        @Override
        public void encode(KeyUpdate value, WireWriter out) {
            KeyUpdateRequest.CODEC.encode(value.requestUpdate, out);
        }

        @Override
        public KeyUpdate decode(WireReader in) throws DecodeFailure {
            return new KeyUpdate(KeyUpdateRequest.CODEC.decode(in));
        }
    };

    public KeyUpdate {
        Objects.requireNonNull(requestUpdate, "requestUpdate");
    }

    @Override
    public HandshakeType msgType() {
        return HandshakeType.KEY_UPDATE;
    }

    @Override
    public void encodeBody(WireWriter out) {
        CODEC.encode(this, out);
    }
}
