package dev.parley.handshake.server;

import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.codepoint.HandshakeType;
import dev.parley.handshake.codepoint.KeyUpdateRequest;
import dev.parley.handshake.engine.ApplicationTraffic;
import dev.parley.handshake.engine.ConnectedState;
import dev.parley.handshake.engine.HandshakeContext;
import dev.parley.handshake.message.Handshake;
import dev.parley.handshake.message.KeyUpdate;
import dev.parley.record.TlsException;
import java.util.Objects;

/**
 * RFC 8446 Appendix A.2 CONNECTED: application data flows. The only handshake message a client
 * may still send is KeyUpdate (§4.6.3); Parley does not request post-handshake authentication, so
 * a Certificate, a second ClientHello or anything else is an unexpected message (§4.6).
 */
final class Connected implements ServerState, ConnectedState {

    private final ApplicationTraffic traffic;

    Connected(ApplicationTraffic traffic) {
        this.traffic = Objects.requireNonNull(traffic, "traffic");
    }

    @Override
    public ApplicationTraffic traffic() {
        return traffic;
    }

    @Override
    public ServerState handle(HandshakeContext cx, Handshake frame) throws TlsException {
        if (!frame.msgType().equals(HandshakeType.KEY_UPDATE)) {
            // RFC 8446 §4.6: without post-handshake authentication, KeyUpdate is all a client may send.
            throw new TlsException(HandshakeFailure.CLIENT_MESSAGE_OUT_OF_ORDER,
                    "the client sent " + frame.msgType() + " after the handshake; only key_update may follow");
        }
        traffic.receive(cx, ClientMessages.keyUpdate(frame, "CONNECTED"));
        return this;
    }

    @Override
    public String toString() {
        return "Connected";
    }
}
