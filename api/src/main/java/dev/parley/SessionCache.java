package dev.parley;

import dev.parley.handshake.ResumptionTicket;
import dev.parley.handshake.SessionStore;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A client's session cache: resumption tickets kept per cache key (by default {@code host:port}),
 * for at most {@code size} keys, the least recently used key dropped first. IO::Socket::SSL's
 * {@code Session_Cache}, used through {@code SSL_session_cache} or sized with
 * {@code SSL_session_cache_size}; one cache may be shared by many configs and threads.
 *
 * <p>A TLS 1.3 server usually sends two tickets per handshake; each key keeps the newest
 * {@value #TICKETS_PER_KEY}. A ticket is handed out once (RFC 8446 §C.4: reusing a ticket lets an
 * observer link connections), and an expired one is dropped when met.
 */
public final class SessionCache implements SessionStore {

    /** Tickets kept per key. */
    public static final int TICKETS_PER_KEY = 4;

    private final int size;
    private final Map<String, Deque<ResumptionTicket>> entries;
    private final java.time.InstantSource clock;

    /** A cache for {@code size} keys ({@code SSL_session_cache_size}). */
    public SessionCache(int size) {
        this(size, java.time.InstantSource.system());
    }

    /** A cache for {@code size} keys that judges ticket lifetimes by {@code clock}. */
    public SessionCache(int size, java.time.InstantSource clock) {
        if (size < 1) {
            throw new IllegalArgumentException("SSL_session_cache_size must be at least 1: " + size);
        }
        this.size = size;
        this.clock = clock;
        this.entries = new LinkedHashMap<>(16, 0.75f, true);
    }

    /** How many keys the cache holds at most. */
    public int size() {
        return size;
    }

    @Override
    public synchronized void put(String key, ResumptionTicket ticket) {
        Deque<ResumptionTicket> tickets = entries.computeIfAbsent(key, k -> new ArrayDeque<>());
        tickets.addFirst(ticket);
        while (tickets.size() > TICKETS_PER_KEY) {
            tickets.removeLast().destroy();
        }
        if (entries.size() > size) {
            String eldest = entries.keySet().iterator().next();
            entries.remove(eldest).forEach(ResumptionTicket::destroy);
        }
    }

    @Override
    public synchronized Optional<ResumptionTicket> take(String key) {
        Deque<ResumptionTicket> tickets = entries.get(key);
        while (tickets != null && !tickets.isEmpty()) {
            ResumptionTicket ticket = tickets.removeFirst();
            if (ticket.isUsableAt(clock.instant())) {
                if (tickets.isEmpty()) {
                    entries.remove(key);
                }
                return Optional.of(ticket);
            }
            ticket.destroy();
        }
        entries.remove(key);
        return Optional.empty();
    }

    /** Forgets every ticket for {@code key} (IO::Socket::SSL's {@code del_session}). */
    public synchronized void remove(String key) {
        Deque<ResumptionTicket> tickets = entries.remove(key);
        if (tickets != null) {
            tickets.forEach(ResumptionTicket::destroy);
        }
    }

    /** How many keys currently have tickets. */
    public synchronized int keys() {
        return entries.size();
    }

    @Override
    public synchronized String toString() {
        return "SessionCache[" + entries.size() + " of " + size + " keys]";
    }
}
