package dev.parley;

import dev.parley.handshake.client.ClientHandshake;
import dev.parley.handshake.engine.HandshakeStarter;
import dev.parley.handshake.server.ServerHandshake;
import java.util.Optional;

/** The handshake module's TLS 1.3 client and server state machines (RFC 8446 Appendix A). */
final class StateMachines implements Handshakes {

    static final StateMachines INSTANCE = new StateMachines();

    private StateMachines() {
    }

    @Override
    public HandshakeStarter client(Optional<String> serverName, String sessionKey) {
        return context -> ClientHandshake.start(context, serverName, sessionKey);
    }

    @Override
    public HandshakeStarter server() {
        return ServerHandshake::start;
    }
}
