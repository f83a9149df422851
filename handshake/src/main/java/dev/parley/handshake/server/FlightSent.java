package dev.parley.handshake.server;

import dev.parley.handshake.keys.KeyScheduleHandshake;
import dev.parley.handshake.keys.KeyScheduleTraffic;
import dev.parley.handshake.keys.TranscriptHash;
import java.util.Objects;

/**
 * What the server keeps between its flight and the client's Finished (RFC 8446 §2): the running
 * transcript, the handshake secrets (the client's Finished key is based on its handshake traffic
 * secret, §4.4.4), the application secrets already derived over the server Finished (§7.1), what
 * was agreed, and the ticket sealer for the tickets sent after the client's Finished.
 *
 * <p>Security: not a record, since it holds key schedule stages; it prints none of them.
 */
final class FlightSent {

    private final TranscriptHash transcript;
    private final KeyScheduleHandshake handshakeSecrets;
    private final KeyScheduleTraffic trafficSecrets;
    private final Negotiated negotiated;
    private final TicketSealer sealer;

    FlightSent(TranscriptHash transcript, KeyScheduleHandshake handshakeSecrets, KeyScheduleTraffic trafficSecrets,
               Negotiated negotiated, TicketSealer sealer) {
        this.transcript = Objects.requireNonNull(transcript, "transcript");
        this.handshakeSecrets = Objects.requireNonNull(handshakeSecrets, "handshakeSecrets");
        this.trafficSecrets = Objects.requireNonNull(trafficSecrets, "trafficSecrets");
        this.negotiated = Objects.requireNonNull(negotiated, "negotiated");
        this.sealer = Objects.requireNonNull(sealer, "sealer");
    }

    TranscriptHash transcript() {
        return transcript;
    }

    KeyScheduleHandshake handshakeSecrets() {
        return handshakeSecrets;
    }

    KeyScheduleTraffic trafficSecrets() {
        return trafficSecrets;
    }

    Negotiated negotiated() {
        return negotiated;
    }

    TicketSealer sealer() {
        return sealer;
    }

    /** The hash length of the negotiated suite: the length of a Finished (RFC 8446 §4.4.4). */
    int hashLength() {
        return handshakeSecrets.hash().outputLength();
    }

    @Override
    public String toString() {
        return "FlightSent[" + negotiated + ", secrets redacted]";
    }
}
