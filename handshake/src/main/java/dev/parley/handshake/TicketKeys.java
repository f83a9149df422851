package dev.parley.handshake;

import dev.parley.crypto.Bytes;
import java.util.Optional;

/**
 * The keys a server seals and opens session tickets with (IO::Socket::SSL's SSL_ticket_keycb):
 * new tickets are sealed with {@link #current()}; a returning ticket names its key, which
 * {@link #find} looks up, so keys can rotate while older tickets stay readable for a while.
 * A ticket opened with a key other than the current one is re-issued under the current key.
 *
 * <p>Implementations must be safe for concurrent use.
 */
public interface TicketKeys {

    /** The key new tickets are sealed with. */
    TicketKey current();

    /** The key named {@code name}, if it is still accepted. */
    Optional<TicketKey> find(Bytes name);
}
