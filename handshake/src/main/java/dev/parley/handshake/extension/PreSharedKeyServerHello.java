package dev.parley.handshake.extension;

import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;

/**
 * pre_shared_key in a ServerHello (RFC 8446 §4.2.11): {@code uint16 selected_identity}, the
 * zero-based index of the identity the server accepted. Whether it is within the client's list is
 * the client state's check (illegal_parameter).
 *
 * @param selectedIdentity the index, 0..65535
 */
public record PreSharedKeyServerHello(int selectedIdentity) {

    /** The wire form. */
    public static final Codec<PreSharedKeyServerHello> CODEC = new Codec<>() {
        @Override
        public void encode(PreSharedKeyServerHello value, WireWriter out) {
            out.u16(value.selectedIdentity);
        }

        @Override
        public PreSharedKeyServerHello decode(WireReader in) throws DecodeFailure {
            return new PreSharedKeyServerHello(in.u16());
        }
    };

    /** The extension in a ServerHello. */
    public static final ExtensionCodec<PreSharedKeyServerHello> EXTENSION =
            new ExtensionCodec<>(ExtensionType.PRE_SHARED_KEY, CODEC);
}
