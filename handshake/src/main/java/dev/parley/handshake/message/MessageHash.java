package dev.parley.handshake.message;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.Hash;
import dev.parley.handshake.codepoint.HandshakeType;
import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;
import java.util.Objects;

/**
 * message_hash (RFC 8446 §4.4.1): the synthetic handshake message that replaces ClientHello1 in the
 * transcript once a HelloRetryRequest is sent or received, so that a stateless server can rebuild
 * the transcript from a hash in its cookie. It is {@code message_hash || 00 00 Hash.length ||
 * Hash(ClientHello1)}; it never travels on the wire, and {@link Tls13Messages} rejects one that does.
 *
 * @param clientHello1Hash Hash(ClientHello1), the hash of the whole first ClientHello message
 */
public record MessageHash(Bytes clientHello1Hash) implements HandshakeMessage {

    public MessageHash {
        Objects.requireNonNull(clientHello1Hash, "clientHello1Hash");
    }

    /**
     * The message_hash for {@code clientHello1}, the whole first ClientHello message (header
     * included) as it was sent or received, hashed with {@code freshHash}, a new computation of the
     * transcript hash (the negotiated suite's hash).
     */
    public static MessageHash of(Hash freshHash, Bytes clientHello1) {
        freshHash.update(clientHello1.toByteArray());
        return new MessageHash(Bytes.wrap(freshHash.digest()));
    }

    /** The body's wire form when the hash is {@code hashLength} bytes long. */
    public static Codec<MessageHash> codec(int hashLength) {
        if (hashLength < 1) {
            throw new IllegalArgumentException("hash length must be positive: " + hashLength);
        }
        return new Codec<>() {
            @Override
            public void encode(MessageHash value, WireWriter out) {
                out.bytes(value.clientHello1Hash);
            }

            @Override
            public MessageHash decode(WireReader in) throws DecodeFailure {
                return new MessageHash(in.bytes(hashLength, "Hash(ClientHello1)"));
            }
        };
    }

    @Override
    public HandshakeType msgType() {
        return HandshakeType.MESSAGE_HASH;
    }

    @Override
    public void encodeBody(WireWriter out) {
        out.bytes(clientHello1Hash);
    }

    /** The whole synthetic message, as the transcript hashes it in place of ClientHello1. */
    public Bytes encoded() {
        return Handshake.of(this).encoded();
    }
}
