package dev.parley.handshake;

import java.util.Optional;

/**
 * Where a client keeps resumption tickets between connections, keyed by the caller's choice
 * (IO::Socket::SSL's SSL_session_cache with SSL_session_key; by default host and port).
 *
 * <p>Implementations must be safe for concurrent use: many connections share one store. Tickets
 * are taken out when offered, because RFC 8446 §C.4 advises clients not to reuse a ticket, so a
 * passive observer cannot link connections by it.
 */
public interface SessionStore {

    /** Keeps {@code ticket} for later connections to {@code key}. */
    void put(String key, ResumptionTicket ticket);

    /** Removes and returns a ticket for {@code key}, if any is kept. */
    Optional<ResumptionTicket> take(String key);

    /** A store that keeps nothing: no resumption. */
    static SessionStore none() {
        return new SessionStore() {
            @Override
            public void put(String key, ResumptionTicket ticket) {
                ticket.destroy();
            }

            @Override
            public Optional<ResumptionTicket> take(String key) {
                return Optional.empty();
            }
        };
    }
}
