package dev.parley.handshake.message;

import dev.parley.handshake.codepoint.HandshakeType;
import dev.parley.record.wire.Codec;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;

/**
 * EndOfEarlyData (RFC 8446 §4.5): {@code struct {} EndOfEarlyData;}, the client's last message under
 * the early traffic keys. Its body is empty; a non-empty one fails as trailing bytes.
 */
public record EndOfEarlyData() implements HandshakeMessage {

    /** The one value. */
    public static final EndOfEarlyData INSTANCE = new EndOfEarlyData();

    /** The body's wire form: nothing. */
    public static final Codec<EndOfEarlyData> CODEC = new Codec<>() {
        @Override
        public void encode(EndOfEarlyData value, WireWriter out) {
            // Nothing: the struct has no fields.
        }

        @Override
        public EndOfEarlyData decode(WireReader in) {
            return INSTANCE;
        }
    };

    @Override
    public HandshakeType msgType() {
        return HandshakeType.END_OF_EARLY_DATA;
    }

    @Override
    public void encodeBody(WireWriter out) {
        // Nothing: the struct has no fields.
    }
}
