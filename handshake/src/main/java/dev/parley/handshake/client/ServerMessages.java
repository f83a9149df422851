package dev.parley.handshake.client;

import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.codepoint.HandshakeType;
import dev.parley.handshake.message.Handshake;
import dev.parley.handshake.message.HandshakeMessage;
import dev.parley.handshake.message.Tls13Messages;
import dev.parley.record.TlsException;

/**
 * Turns a received handshake frame into the one message a client state expects: a frame of any
 * other type is an unexpected message (RFC 8446 §4, Appendix A.1), caught before its body is
 * decoded; a body that does not decode is the codec's failure (decode_error, mostly).
 */
final class ServerMessages {

    private ServerMessages() {
    }

    /**
     * The message in {@code frame}, which must be of {@code type}.
     *
     * @param hashLength the negotiated hash's length, which a Finished body has (RFC 8446 §4.4.4)
     * @param state the expecting state, for the diagnosis
     */
    static <T extends HandshakeMessage> T expect(Handshake frame, HandshakeType type, Class<T> kind,
                                                 int hashLength, String state) throws TlsException {
        requireType(frame, type, state);
        HandshakeMessage message = Tls13Messages.decode(frame, hashLength);
        if (!kind.isInstance(message)) {
            throw unexpected(frame, state);
        }
        return kind.cast(message);
    }

    /** Fails unless {@code frame} is of {@code type}. */
    static void requireType(Handshake frame, HandshakeType type, String state) throws TlsException {
        if (!frame.msgType().equals(type)) {
            throw unexpected(frame, state);
        }
    }

    /** The failure for a message {@code state} does not accept. */
    static TlsException unexpected(Handshake frame, String state) {
        // RFC 8446 §6.2: a message out of order is unexpected_message.
        return new TlsException(HandshakeFailure.UNEXPECTED_SERVER_MESSAGE,
                "the server sent " + frame.msgType() + " while the client was in " + state);
    }
}
