package dev.parley;

import dev.parley.handshake.client.ClientHandshake;
import dev.parley.handshake.engine.HandshakeStarter;
import java.util.Optional;

/** The real TLS 1.3 client states with the stand-in on the server side, for tests against foreign servers. */
final class ClientStateMachine implements Handshakes {

    @Override
    public HandshakeStarter client(Optional<String> serverName, String sessionKey) {
        return context -> ClientHandshake.start(context, serverName, sessionKey);
    }

    @Override
    public HandshakeStarter server() {
        return StandInHandshakes.plain().server();
    }
}
