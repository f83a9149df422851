package dev.parley.handshake.extension;

import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.handshake.codepoint.PskKeyExchangeMode;
import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;
import java.util.List;

/**
 * The psk_key_exchange_modes extension (RFC 8446 §4.2.9): {@code PskKeyExchangeMode ke_modes<1..255>}.
 *
 * @param keModes the modes the client accepts PSKs with, GREASE and unknown ones included
 */
public record PskKeyExchangeModes(List<PskKeyExchangeMode> keModes) {

    private static final VectorCodec<PskKeyExchangeMode> LIST =
            VectorCodec.u8("ke_modes", 1, 255, PskKeyExchangeMode.CODEC);

    /** The wire form. */
    public static final Codec<PskKeyExchangeModes> CODEC = new Codec<>() {
        @Override
        public void encode(PskKeyExchangeModes value, WireWriter out) {
            LIST.encode(value.keModes, out);
        }

        @Override
        public PskKeyExchangeModes decode(WireReader in) throws DecodeFailure {
            return new PskKeyExchangeModes(LIST.decode(in));
        }
    };

    /** The extension in a ClientHello. */
    public static final ExtensionCodec<PskKeyExchangeModes> EXTENSION =
            new ExtensionCodec<>(ExtensionType.PSK_KEY_EXCHANGE_MODES, CODEC);

    public PskKeyExchangeModes {
        keModes = List.copyOf(keModes);
    }
}
