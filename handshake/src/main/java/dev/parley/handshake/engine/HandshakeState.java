package dev.parley.handshake.engine;

import dev.parley.handshake.message.Handshake;
import dev.parley.record.TlsException;

/**
 * One state of a handshake state machine (RFC 8446 Appendix A): it accepts the messages valid in
 * it and returns the next state; anything else fails with unexpected_message. Client and server
 * states are sealed families that extend this interface; the engine only drives them.
 */
public interface HandshakeState {

    /**
     * Handles one complete handshake message, exactly as it arrived (header and body), and returns
     * the state that follows.
     *
     * @throws TlsException when the message is out of place, malformed or fails a check; the engine
     *         sends the alert and the connection fails
     */
    HandshakeState handle(HandshakeContext context, Handshake message) throws TlsException;

    /**
     * Whether this state carries application traffic: the handshake is over and post-handshake
     * messages (NewSessionTicket, KeyUpdate) are what remains.
     */
    default boolean isConnected() {
        return false;
    }
}
