package dev.parley.handshake.server;

import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.codepoint.HandshakeType;
import dev.parley.handshake.message.Certificate;
import dev.parley.handshake.message.CertificateVerify;
import dev.parley.handshake.message.ClientHello;
import dev.parley.handshake.message.Finished;
import dev.parley.handshake.message.Handshake;
import dev.parley.handshake.message.KeyUpdate;
import dev.parley.record.TlsException;
import dev.parley.record.wire.Codec;

/**
 * Reads the one message a server state accepts: a frame of any other type is an unexpected
 * message (RFC 8446 §6.2), checked before the body is decoded, so a misplaced message is reported
 * as misplaced even when its body is also malformed.
 */
final class ClientMessages {

    private ClientMessages() {
    }

    static ClientHello clientHello(Handshake frame, String state) throws TlsException {
        return expect(frame, HandshakeType.CLIENT_HELLO, ClientHello.CODEC, state);
    }

    static Certificate certificate(Handshake frame, String state) throws TlsException {
        return expect(frame, HandshakeType.CERTIFICATE, Certificate.CODEC, state);
    }

    static CertificateVerify certificateVerify(Handshake frame, String state) throws TlsException {
        return expect(frame, HandshakeType.CERTIFICATE_VERIFY, CertificateVerify.CODEC, state);
    }

    /** A Finished of {@code hashLength} bytes (RFC 8446 §4.4.4). */
    static Finished finished(Handshake frame, int hashLength, String state) throws TlsException {
        return expect(frame, HandshakeType.FINISHED, Finished.codec(hashLength), state);
    }

    static KeyUpdate keyUpdate(Handshake frame, String state) throws TlsException {
        return expect(frame, HandshakeType.KEY_UPDATE, KeyUpdate.CODEC, state);
    }

    private static <T> T expect(Handshake frame, HandshakeType type, Codec<T> codec, String state)
            throws TlsException {
        if (!frame.msgType().equals(type)) {
            // RFC 8446 §6.2: the wrong handshake message is an unexpected_message.
            throw new TlsException(HandshakeFailure.CLIENT_MESSAGE_OUT_OF_ORDER,
                    "the client sent " + frame.msgType() + " where the server (" + state + ") expects " + type);
        }
        return codec.decodeExactly(frame.body().toByteArray(), type.toString());
    }
}
