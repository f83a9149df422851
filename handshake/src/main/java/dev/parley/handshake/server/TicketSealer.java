package dev.parley.handshake.server;

import dev.parley.crypto.Bytes;
import java.util.Optional;

/**
 * Turns a {@link TicketState} into the opaque ticket of a NewSessionTicket and back (RFC 8446
 * §4.6.1: "the ticket itself is an opaque label"). {@link AeadTicketSealer} is the one that ships;
 * tests replaying RFC 8448 §4 put one in its place that knows the RFC's own ticket.
 */
interface TicketSealer {

    /** The ticket for {@code state}; empty if the state cannot be carried in a ticket (too large). */
    Optional<Bytes> seal(TicketState state);

    /**
     * The state inside {@code ticket}; empty for anything that is not a ticket of ours that opens:
     * an unknown key, a forged or damaged ticket, another format. Never fails: a ticket that does
     * not open only means a full handshake.
     */
    Optional<TicketState> open(Bytes ticket);
}
