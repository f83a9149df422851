package dev.parley.handshake.message;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.codepoint.HandshakeType;
import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;
import java.util.Objects;

/**
 * The Handshake framing (RFC 8446 §4): {@code HandshakeType msg_type; uint24 length; body}, with
 * the body kept exactly as it arrived.
 *
 * <p>This is what the transcript hashes (RFC 8446 §4.4.1): {@link #encoded()} is the four-byte
 * header followed by the received body. The header is a function of msg_type and the body's
 * length, so these are the bytes that arrived, never a re-encoding of a decoded message. The body
 * is decoded separately, by {@link Tls13Messages} or by a message's own codec.
 *
 * @param msgType the msg_type
 * @param body the message body, up to 2^24-1 bytes
 */
public record Handshake(HandshakeType msgType, Bytes body) {

    /** Bytes before the body: msg_type and the uint24 length. */
    public static final int HEADER_LENGTH = 4;

    /** The largest body the uint24 length can describe. */
    public static final int MAX_BODY_LENGTH = 0xFFFFFF;

    /** The wire form: msg_type, then the body behind a three-byte length. */
    public static final Codec<Handshake> CODEC = new Codec<>() {
        @Override
        public void encode(Handshake value, WireWriter out) {
            HandshakeType.CODEC.encode(value.msgType, out);
            out.opaque24(value.body);
        }

        @Override
        public Handshake decode(WireReader in) throws DecodeFailure {
            HandshakeType type = HandshakeType.CODEC.decode(in);
            return new Handshake(type, in.opaque24("Handshake body", 0, MAX_BODY_LENGTH));
        }
    };

    public Handshake {
        Objects.requireNonNull(msgType, "msgType");
        Objects.requireNonNull(body, "body");
    }

    /** The framing of {@code message}'s encoding. */
    public static Handshake of(HandshakeMessage message) {
        WireWriter body = new WireWriter();
        message.encodeBody(body);
        return new Handshake(message.msgType(), body.toBytes());
    }

    /** The whole message, header and body, as it travels and as the transcript hashes it. */
    public Bytes encoded() {
        return Bytes.wrap(CODEC.encode(this));
    }

    /**
     * A codec for whole messages of one type: the framing around {@code bodyCodec}, whose body must
     * be exactly one value. A message of another type is an unexpected message.
     */
    public static <T extends HandshakeMessage> Codec<T> framed(HandshakeType type, Codec<T> bodyCodec) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(bodyCodec, "bodyCodec");
        return new Codec<>() {
            @Override
            public void encode(T value, WireWriter out) {
                CODEC.encode(Handshake.of(value), out);
            }

            @Override
            public T decode(WireReader in) throws DecodeFailure {
                Handshake frame = CODEC.decode(in);
                if (!frame.msgType.equals(type)) {
                    throw new DecodeFailure(HandshakeFailure.UNEXPECTED_HANDSHAKE_TYPE,
                            "expected " + type + ", received " + frame.msgType);
                }
                return bodyCodec.decodeExactly(frame.body.toByteArray(), type.toString());
            }
        };
    }
}
