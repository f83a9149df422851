package dev.parley.handshake.extension;

import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;

/**
 * early_data in a NewSessionTicket (RFC 8446 §4.2.10): {@code uint32 max_early_data_size}, how many
 * bytes of 0-RTT data the server will accept with this ticket. In a ClientHello or
 * EncryptedExtensions the extension is empty ({@link Empty#EARLY_DATA}).
 *
 * @param maxEarlyDataSize the limit in bytes, 0..2^32-1
 */
public record EarlyDataIndication(long maxEarlyDataSize) {

    /** The wire form. */
    public static final Codec<EarlyDataIndication> CODEC = new Codec<>() {
        @Override
        public void encode(EarlyDataIndication value, WireWriter out) {
            out.u32(value.maxEarlyDataSize);
        }

        @Override
        public EarlyDataIndication decode(WireReader in) throws DecodeFailure {
            return new EarlyDataIndication(in.u32());
        }
    };

    /** The extension in a NewSessionTicket. */
    public static final ExtensionCodec<EarlyDataIndication> EXTENSION =
            new ExtensionCodec<>(ExtensionType.EARLY_DATA, CODEC);
}
