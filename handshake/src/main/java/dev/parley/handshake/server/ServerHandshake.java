package dev.parley.handshake.server;

import dev.parley.handshake.engine.HandshakeContext;

/**
 * Where a TLS 1.3 server handshake begins (RFC 8446 §2): the server sends nothing until the
 * ClientHello arrives, so starting is only making the first state.
 */
public final class ServerHandshake {

    private ServerHandshake() {
    }

    /**
     * The first state, waiting for the ClientHello. Tickets are sealed with the config's ticket
     * keys, or its default ones ({@link dev.parley.handshake.EngineConfig#ticketKeysOrDefault()}).
     */
    public static ServerState start(HandshakeContext cx) {
        return start(cx, new AeadTicketSealer(cx.crypto(), cx.config().ticketKeysOrDefault()));
    }

    /** The first state, with tickets sealed and opened by {@code sealer}. */
    static ServerState start(HandshakeContext cx, TicketSealer sealer) {
        return new WaitClientHello(sealer);
    }
}
