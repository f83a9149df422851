package dev.parley.handshake.extension;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;

/**
 * The padding extension (RFC 7685 §3): extension_data of {@code length} zero bytes, which a client
 * adds to move its ClientHello's size past lengths that trip some middleboxes.
 *
 * <p>RFC 7685 §3 requires the client to fill it "completely with zero bytes" and gives receivers no
 * rule. This codec is strict: a non-zero byte is a value the definition does not allow, so it fails
 * with decode_error; the value then round-trips as a length. A server has no reason to decode
 * padding at all, and the raw {@link Extension} keeps whatever arrived for the transcript.
 *
 * @param length the number of zero bytes, 0..65535
 */
public record Padding(int length) {

    /** The wire form: {@code length} zero bytes, up to the end of the extension. */
    public static final Codec<Padding> CODEC = new Codec<>() {
        @Override
        public void encode(Padding value, WireWriter out) {
            out.bytes(new byte[value.length]);
        }

        @Override
        public Padding decode(WireReader in) throws DecodeFailure {
            Bytes padding = in.rest();
            for (int i = 0; i < padding.length(); i++) {
                if (padding.get(i) != 0) {
                    // RFC 7685 §3: the padding is all zero bytes.
                    throw new DecodeFailure(WireFailure.VALUE_OUT_OF_RANGE, "padding byte " + i + " is not zero");
                }
            }
            return new Padding(padding.length());
        }
    };

    /** The extension in a ClientHello. */
    public static final ExtensionCodec<Padding> EXTENSION = new ExtensionCodec<>(ExtensionType.PADDING, CODEC);
}
