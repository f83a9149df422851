package dev.parley.handshake.engine;

/**
 * The last state of a TLS 1.3 handshake (RFC 8446 Appendix A: CONNECTED): application data flows
 * and post-handshake messages arrive. The engine reaches the application secrets through it, for
 * key updates and exporters.
 */
public interface ConnectedState extends HandshakeState {

    /** The connection's application traffic secrets. */
    ApplicationTraffic traffic();

    @Override
    default boolean isConnected() {
        return true;
    }
}
