package dev.parley.handshake.client;

import dev.parley.handshake.PeerVerifier;
import java.util.Objects;
import java.util.Optional;

/**
 * What the caller asked the client for, fixed before the first byte: the server it wants, where
 * its tickets go, and who judges the server's chain.
 *
 * @param serverName the name the caller wants to reach (a host name or an IP literal), given to
 *        the verifier; SNI carries it only when it is a host name
 * @param sessionKey the key tickets of this connection are stored under in the SessionStore
 * @param verifier the configured PeerVerifier
 */
record ClientSetup(Optional<String> serverName, String sessionKey, PeerVerifier verifier) {

    ClientSetup {
        Objects.requireNonNull(serverName, "serverName");
        Objects.requireNonNull(sessionKey, "sessionKey");
        Objects.requireNonNull(verifier, "verifier");
    }
}
