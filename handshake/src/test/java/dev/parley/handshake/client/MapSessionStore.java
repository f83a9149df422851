package dev.parley.handshake.client;

import dev.parley.handshake.ResumptionTicket;
import dev.parley.handshake.SessionStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A SessionStore that keeps the last ticket per key and counts every ticket it was given. */
final class MapSessionStore implements SessionStore {

    private final Map<String, ResumptionTicket> tickets = new HashMap<>();
    private int puts;

    @Override
    public synchronized void put(String key, ResumptionTicket ticket) {
        tickets.put(key, ticket);
        puts++;
    }

    @Override
    public synchronized Optional<ResumptionTicket> take(String key) {
        return Optional.ofNullable(tickets.remove(key));
    }

    /** The ticket kept for {@code key}, left in the store. */
    synchronized Optional<ResumptionTicket> peek(String key) {
        return Optional.ofNullable(tickets.get(key));
    }

    /** How many tickets were put, all keys together. */
    synchronized int puts() {
        return puts;
    }

    /** The keys with a ticket. */
    synchronized List<String> keys() {
        return List.copyOf(tickets.keySet());
    }
}
