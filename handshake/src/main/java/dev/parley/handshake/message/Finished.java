package dev.parley.handshake.message;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.codepoint.HandshakeType;
import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;
import java.util.Objects;

/**
 * Finished (RFC 8446 §4.4.4): {@code opaque verify_data[Hash.length]}, the HMAC that binds the
 * handshake.
 *
 * <p>The body has no length of its own: its length is the transcript hash's (32 for SHA-256, 48 for
 * SHA-384; 12 in TLS 1.2, RFC 5246 §7.4.9). So the codec is made for one length,
 * {@link #codec(int)}, by whoever knows the negotiated hash, and a body of any other length fails
 * with decode_error. Comparing verify_data is the state's job, in constant time.
 *
 * @param verifyData the verify_data
 */
public record Finished(Bytes verifyData) implements HandshakeMessage {

    public Finished {
        Objects.requireNonNull(verifyData, "verifyData");
    }

    /** The body's wire form when verify_data is {@code verifyDataLength} bytes long. */
    public static Codec<Finished> codec(int verifyDataLength) {
        if (verifyDataLength < 1) {
            throw new IllegalArgumentException("verify_data length must be positive: " + verifyDataLength);
        }
        return new Codec<>() {
            @Override
            public void encode(Finished value, WireWriter out) {
                out.bytes(value.verifyData);
            }

            @Override
            public Finished decode(WireReader in) throws DecodeFailure {
                return new Finished(in.bytes(verifyDataLength, "verify_data"));
            }
        };
    }

    @Override
    public HandshakeType msgType() {
        return HandshakeType.FINISHED;
    }

    @Override
    public void encodeBody(WireWriter out) {
        out.bytes(verifyData);
    }
}
