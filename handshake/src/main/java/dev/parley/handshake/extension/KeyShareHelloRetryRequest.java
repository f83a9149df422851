package dev.parley.handshake.extension;

import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;
import java.util.Objects;

/**
 * key_share in a HelloRetryRequest (RFC 8446 §4.2.8): {@code NamedGroup selected_group}, the group
 * the client must send a share for in its second ClientHello.
 *
 * @param selectedGroup the group the server asks for
 */
public record KeyShareHelloRetryRequest(NamedGroup selectedGroup) {

    /** The wire form. */
    public static final Codec<KeyShareHelloRetryRequest> CODEC = new Codec<>() {
        @Override
        public void encode(KeyShareHelloRetryRequest value, WireWriter out) {
            NamedGroup.CODEC.encode(value.selectedGroup, out);
        }

        @Override
        public KeyShareHelloRetryRequest decode(WireReader in) throws DecodeFailure {
            return new KeyShareHelloRetryRequest(NamedGroup.CODEC.decode(in));
        }
    };

    /** The extension in a HelloRetryRequest. */
    public static final ExtensionCodec<KeyShareHelloRetryRequest> EXTENSION =
            new ExtensionCodec<>(ExtensionType.KEY_SHARE, CODEC);

    public KeyShareHelloRetryRequest {
        Objects.requireNonNull(selectedGroup, "selectedGroup");
    }
}
