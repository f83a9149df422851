package dev.parley.handshake;

import dev.parley.crypto.Bytes;

/**
 * Receives the TLS 1.3 traffic secrets of a connection as the engine installs them, so that a
 * capture of the connection can be decrypted later: the receiving end of an SSLKEYLOGFILE writer
 * (the NSS key log format, draft-ietf-tls-keylogfile).
 *
 * <p>Each call hands one line's worth: the NSS label ({@code CLIENT_HANDSHAKE_TRAFFIC_SECRET},
 * {@code SERVER_HANDSHAKE_TRAFFIC_SECRET}, {@code CLIENT_TRAFFIC_SECRET_0},
 * {@code SERVER_TRAFFIC_SECRET_0}, {@code CLIENT_EARLY_TRAFFIC_SECRET}), the ClientHello's random
 * that identifies the connection, and the secret. Updated application secrets (generation 1 and
 * later) are not logged: a reader derives them from generation 0 (RFC 8446 §7.2).
 *
 * <p>Security: whoever holds these lines can read the connection. A key log exists for debugging;
 * nothing logs unless a {@code KeyLog} is configured. Implementations must be safe for concurrent
 * use, since one log serves every connection of a config.
 */
@FunctionalInterface
public interface KeyLog {

    /**
     * Records one secret.
     *
     * @param label the NSS key log label
     * @param clientRandom the 32-byte random of the connection's ClientHello
     * @param secret a copy of the secret, wiped by the engine when this call returns
     */
    void log(String label, Bytes clientRandom, byte[] secret);
}
