package dev.parley.handshake.engine;

import dev.parley.record.TlsException;

/**
 * Begins a handshake: sends what the role sends first (a client's ClientHello; a server nothing)
 * and returns the first state. The client and server packages provide one each.
 */
@FunctionalInterface
public interface HandshakeStarter {

    HandshakeState start(HandshakeContext context) throws TlsException;
}
