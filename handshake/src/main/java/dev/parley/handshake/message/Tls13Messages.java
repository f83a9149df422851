package dev.parley.handshake.message;

import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.codepoint.HandshakeType;
import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import java.util.Map;

/**
 * Decodes a received {@link Handshake} into the TLS 1.3 {@link HandshakeMessage} its msg_type
 * names (RFC 8446 §4). The body must be exactly one message; the frame itself stays what the
 * transcript hashes.
 *
 * <p>A server_hello whose random is the HelloRetryRequest value (RFC 8446 §4.1.3) comes back as a
 * {@link HelloRetryRequest}. A Finished body has no length of its own, so it decodes only through
 * {@link #decode(Handshake, int)}, given the negotiated hash's length; before a suite is
 * negotiated, {@link #decode(Handshake)} treats a Finished as unexpected. Types with no TLS 1.3
 * message (unknown ones, TLS 1.2 ones, message_hash) are unexpected messages; TLS 1.2 gives
 * certificate, certificate_request and new_session_ticket other bodies, which its own decoder will
 * read.
 */
public final class Tls13Messages {

    private static final Map<HandshakeType, Codec<? extends HandshakeMessage>> BODIES = Map.of(
            HandshakeType.CLIENT_HELLO, ClientHello.CODEC,
            HandshakeType.ENCRYPTED_EXTENSIONS, EncryptedExtensions.CODEC,
            HandshakeType.CERTIFICATE_REQUEST, CertificateRequest.CODEC,
            HandshakeType.CERTIFICATE, Certificate.CODEC,
            HandshakeType.CERTIFICATE_VERIFY, CertificateVerify.CODEC,
            HandshakeType.NEW_SESSION_TICKET, NewSessionTicket.CODEC,
            HandshakeType.KEY_UPDATE, KeyUpdate.CODEC,
            HandshakeType.END_OF_EARLY_DATA, EndOfEarlyData.CODEC);

    private Tls13Messages() {
    }

    /**
     * Decodes a message received before the cipher suite is known (a ClientHello or ServerHello,
     * typically); a Finished here is unexpected.
     */
    public static HandshakeMessage decode(Handshake frame) throws DecodeFailure {
        if (frame.msgType().equals(HandshakeType.FINISHED)) {
            throw unexpected(frame, "a Finished before any cipher suite is negotiated");
        }
        return decodeOther(frame);
    }

    /**
     * Decodes a message once the transcript hash is known: a Finished must carry exactly
     * {@code verifyDataLength} bytes (the hash's output length, RFC 8446 §4.4.4).
     */
    public static HandshakeMessage decode(Handshake frame, int verifyDataLength) throws DecodeFailure {
        if (frame.msgType().equals(HandshakeType.FINISHED)) {
            return Finished.codec(verifyDataLength).decodeExactly(frame.body().toByteArray(), "Finished");
        }
        return decodeOther(frame);
    }

    private static HandshakeMessage decodeOther(Handshake frame) throws DecodeFailure {
        HandshakeType type = frame.msgType();
        byte[] body = frame.body().toByteArray();
        if (type.equals(HandshakeType.SERVER_HELLO)) {
            ServerHello hello = ServerHello.CODEC.decodeExactly(body, "ServerHello");
            // RFC 8446 §4.1.3: the special random makes this a HelloRetryRequest, with its own rules.
            return hello.isHelloRetryRequest() ? HelloRetryRequest.CODEC.decodeExactly(body, "HelloRetryRequest") : hello;
        }
        Codec<? extends HandshakeMessage> codec = BODIES.get(type);
        if (codec == null) {
            throw unexpected(frame, "no TLS 1.3 message has this type");
        }
        return codec.decodeExactly(body, type.toString());
    }

    private static DecodeFailure unexpected(Handshake frame, String why) {
        // RFC 8446 §4: a message that cannot arrive here is fatal with unexpected_message.
        return new DecodeFailure(HandshakeFailure.UNEXPECTED_HANDSHAKE_TYPE, frame.msgType() + ": " + why);
    }
}
