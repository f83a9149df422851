package dev.parley.handshake.client;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.handshake.ResumptionTicket;
import dev.parley.handshake.extension.PskIdentity;
import dev.parley.handshake.keys.KeyScheduleEarly;
import dev.parley.handshake.keys.PskBinder;
import dev.parley.handshake.keys.PskKind;
import dev.parley.handshake.keys.Secret;
import dev.parley.handshake.keys.TranscriptHash;
import dev.parley.record.TlsException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * The resumption PSK a ClientHello offers (RFC 8446 §4.2.11): the ticket it came from and the
 * Early Secret extracted from its PSK, which computes the binder now and, if the server accepts
 * the PSK, the handshake secrets later.
 *
 * <p>Security: holds secrets; {@link #destroy()} wipes the Early Secret and the ticket's PSK.
 */
final class PskOffer {

    private static final long UINT32 = 0xFFFFFFFFL;

    private final ResumptionTicket ticket;
    private final HashAlgorithm hash;
    private final KeyScheduleEarly early;

    private PskOffer(ResumptionTicket ticket, HashAlgorithm hash, KeyScheduleEarly early) {
        this.ticket = ticket;
        this.hash = hash;
        this.early = early;
    }

    /**
     * The offer of {@code ticket}, whose cipher suite must be a TLS 1.3 suite (the caller checked
     * it against the configuration).
     */
    static PskOffer of(CryptoProvider crypto, ResumptionTicket ticket) throws TlsException {
        HashAlgorithm hash = ticket.cipherSuite().hash().orElseThrow(
                () -> new IllegalArgumentException("a ticket of an unknown suite: " + ticket));
        byte[] psk = ticket.psk();
        Secret secret = Secret.copyOf(psk);
        Arrays.fill(psk, (byte) 0);
        try {
            // RFC 8446 §7.1: the Early Secret is extracted from the PSK with the hash it is bound to.
            return new PskOffer(ticket, hash, KeyScheduleEarly.withPsk(crypto, hash, secret));
        } finally {
            secret.destroy();
        }
    }

    /** The hash the PSK is bound to (RFC 8446 §4.2.11: the suite of the session it came from). */
    HashAlgorithm hash() {
        return hash;
    }

    /** The ticket this PSK came from. */
    ResumptionTicket ticket() {
        return ticket;
    }

    /** The Early Secret of this PSK, for the handshake secrets once the server accepts it. */
    KeyScheduleEarly earlySchedule() {
        return early;
    }

    /**
     * The identity to offer at {@code now}: the ticket and its obfuscated age, the age in
     * milliseconds plus ticket_age_add modulo 2^32 (RFC 8446 §4.2.11.1).
     */
    PskIdentity identity(Instant now) {
        long ageMillis = Math.max(0, Duration.between(ticket.receivedAt(), now).toMillis());
        // RFC 8446 §4.2.11.1: obfuscated_ticket_age = (age in ms + ticket_age_add) mod 2^32.
        return new PskIdentity(ticket.ticket(), (ageMillis + ticket.ticketAgeAdd()) & UINT32);
    }

    /**
     * The binder over the transcript so far followed by {@code truncatedClientHello}
     * (RFC 8446 §4.2.11.2): the Finished construction keyed by the "res binder" binder_key.
     */
    Bytes binder(TranscriptHash transcript, Bytes truncatedClientHello) throws TlsException {
        PskBinder binder = early.pskBinder(PskKind.RESUMPTION);
        try {
            return binder.compute(transcript.snapshotWith(hash, truncatedClientHello));
        } finally {
            binder.destroy();
        }
    }

    /** Wipes the Early Secret and the ticket's PSK. */
    void destroy() {
        early.destroy();
        ticket.destroy();
    }

    @Override
    public String toString() {
        return "PskOffer(" + ticket + ")";
    }
}
