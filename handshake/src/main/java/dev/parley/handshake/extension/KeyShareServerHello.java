package dev.parley.handshake.extension;

import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;
import java.util.Objects;

/**
 * key_share in a ServerHello (RFC 8446 §4.2.8): the server's one share, {@code KeyShareEntry server_share}.
 *
 * @param serverShare the server's share in the group it chose
 */
public record KeyShareServerHello(KeyShareEntry serverShare) {

    /** The wire form. */
    public static final Codec<KeyShareServerHello> CODEC = new Codec<>() {
        @Override
        public void encode(KeyShareServerHello value, WireWriter out) {
            KeyShareEntry.CODEC.encode(value.serverShare, out);
        }

        @Override
        public KeyShareServerHello decode(WireReader in) throws DecodeFailure {
            return new KeyShareServerHello(KeyShareEntry.CODEC.decode(in));
        }
    };

    /** The extension in a ServerHello. */
    public static final ExtensionCodec<KeyShareServerHello> EXTENSION =
            new ExtensionCodec<>(ExtensionType.KEY_SHARE, CODEC);

    public KeyShareServerHello {
        Objects.requireNonNull(serverShare, "serverShare");
    }
}
