package dev.parley;

import dev.parley.handshake.engine.HandshakeStarter;
import java.util.Optional;

/**
 * Where a connection's handshake comes from: the one place the public face meets the client and
 * server state machines. Production configs use {@link #STATE_MACHINES}; tests may substitute a
 * stand-in handshake.
 */
interface Handshakes {

    /** The TLS 1.3 client and server state machines of the handshake module. */
    Handshakes STATE_MACHINES = StateMachines.INSTANCE;

    /** A client's first step: sends the ClientHello naming {@code serverName}, offering a ticket kept under {@code sessionKey}. */
    HandshakeStarter client(Optional<String> serverName, String sessionKey);

    /** A server's first step: waits for the ClientHello. */
    HandshakeStarter server();
}
