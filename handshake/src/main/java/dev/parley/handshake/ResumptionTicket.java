package dev.parley.handshake;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.x509.Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a client keeps from a NewSessionTicket to resume later (RFC 8446 §4.6.1, §4.2.11): the
 * ticket as the server sent it, the PSK derived from it, and the context it may be used in.
 *
 * <p>Security: not a record; the PSK is a secret and {@code toString} omits it.
 */
public final class ResumptionTicket {

    private final Bytes ticket;
    private final byte[] psk;
    private final CipherSuite cipherSuite;
    private final Instant receivedAt;
    private final Duration lifetime;
    private final long ticketAgeAdd;
    private final Optional<String> serverName;
    private final Optional<String> applicationProtocol;
    private final List<Certificate> peerCertificates;

    /**
     * @param ticket the opaque ticket to send back as the PSK identity
     * @param psk the resumption PSK (HKDF-Expand-Label(resumption_master_secret, "resumption", nonce))
     * @param cipherSuite the suite of the session; a resumption must use one with the same hash
     * @param receivedAt when the ticket arrived, for the obfuscated ticket age (RFC 8446 §4.2.11.1)
     * @param lifetime ticket_lifetime, already capped at 7 days
     * @param ticketAgeAdd ticket_age_add
     * @param serverName the SNI the ticket was obtained with (RFC 8446 §4.6.1: only resume for it)
     * @param applicationProtocol the ALPN protocol of the original session
     * @param peerCertificates the server's chain in the original handshake
     */
    public ResumptionTicket(Bytes ticket, byte[] psk, CipherSuite cipherSuite, Instant receivedAt, Duration lifetime,
                            long ticketAgeAdd, Optional<String> serverName, Optional<String> applicationProtocol,
                            List<Certificate> peerCertificates) {
        this.ticket = Objects.requireNonNull(ticket, "ticket");
        this.psk = psk.clone();
        this.cipherSuite = Objects.requireNonNull(cipherSuite, "cipherSuite");
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
        this.lifetime = Objects.requireNonNull(lifetime, "lifetime");
        this.ticketAgeAdd = ticketAgeAdd;
        this.serverName = Objects.requireNonNull(serverName, "serverName");
        this.applicationProtocol = Objects.requireNonNull(applicationProtocol, "applicationProtocol");
        this.peerCertificates = List.copyOf(peerCertificates);
    }

    public Bytes ticket() {
        return ticket;
    }

    /** A copy of the PSK; the caller destroys it after use. */
    public byte[] psk() {
        return psk.clone();
    }

    public CipherSuite cipherSuite() {
        return cipherSuite;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Duration lifetime() {
        return lifetime;
    }

    public long ticketAgeAdd() {
        return ticketAgeAdd;
    }

    public Optional<String> serverName() {
        return serverName;
    }

    public Optional<String> applicationProtocol() {
        return applicationProtocol;
    }

    public List<Certificate> peerCertificates() {
        return peerCertificates;
    }

    /** Whether the ticket may still be offered at {@code now}. */
    public boolean isUsableAt(Instant now) {
        return !now.isBefore(receivedAt) && now.isBefore(receivedAt.plus(lifetime));
    }

    /** Overwrites the PSK. */
    public void destroy() {
        Arrays.fill(psk, (byte) 0);
    }

    @Override
    public String toString() {
        return "ResumptionTicket[" + cipherSuite + ", " + ticket.length() + "-byte ticket, received " + receivedAt
                + ", lifetime " + lifetime + ", PSK redacted]";
    }
}
