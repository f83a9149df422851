package dev.parley.handshake;

/**
 * What a {@link TlsEngine}'s owner should do next; the same question a non-blocking adapter maps
 * onto selector interest.
 */
public enum EngineStatus {
    /** Records are waiting: call {@code produce} and send them before anything else. */
    WANT_WRITE,
    /** The handshake needs bytes from the peer: receive and {@code feed} them. */
    WANT_READ,
    /** The handshake is complete and the connection carries application data. */
    OPEN,
    /** Both directions are closed in an orderly way (close_notify sent and received). */
    CLOSED,
    /** The connection failed; {@code failure()} says why. */
    FAILED
}
