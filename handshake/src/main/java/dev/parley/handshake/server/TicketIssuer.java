package dev.parley.handshake.server;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.EngineConfig;
import dev.parley.handshake.engine.HandshakeContext;
import dev.parley.handshake.keys.ResumptionMasterSecret;
import dev.parley.handshake.keys.Secret;
import dev.parley.handshake.message.NewSessionTicket;
import dev.parley.record.ProtocolVersion;
import dev.parley.record.TlsException;
import dev.parley.x509.Certificate;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Sends the session tickets right after the client's Finished (RFC 8446 §4.6.1), under the
 * server's application keys: {@link EngineConfig#ticketsPerHandshake()} of them, each with its
 * own nonce and ticket_age_add, sealed under the current ticket key (so a ticket that arrived
 * under an older key is re-issued under the current one).
 *
 * <p>No tickets go to a client that did not offer psk_dhe_ke (§4.2.9: servers "SHOULD NOT send
 * NewSessionTicket with tickets that are not compatible with the advertised modes"), nor when
 * the lifetime is zero (the ticket would be discarded at once). No ticket allows early data.
 */
final class TicketIssuer {

    /** ticket_age_add is a uint32 drawn fresh for each ticket (RFC 8446 §4.6.1). */
    private static final int AGE_ADD_LENGTH = 4;

    private TicketIssuer() {
    }

    /**
     * Derives the resumption_master_secret over the transcript through the client Finished and
     * sends the tickets. Destroys the Master Secret either way.
     *
     * @param clientCertificates the client chain of the session, carried into the tickets
     */
    static void issue(HandshakeContext cx, FlightSent sent, List<Certificate> clientCertificates)
            throws TlsException {
        EngineConfig config = cx.config();
        ResumptionMasterSecret resumption = sent.trafficSecrets().resumptionMasterSecret(sent.transcript().snapshot());
        try {
            // RFC 8446 §4.6.1: lifetimes are capped at seven days.
            Duration lifetime = min(config.ticketLifetime(), EngineConfig.MAX_TICKET_LIFETIME);
            if (!sent.negotiated().ticketsWanted() || lifetime.getSeconds() == 0) {
                return;
            }
            List<Bytes> chain = clientCertificates.stream().map(Certificate::encoded).toList();
            Instant now = cx.clock().instant();
            for (int i = 0; i < config.ticketsPerHandshake(); i++) {
                if (!sendOne(cx, sent, resumption, i, now, lifetime, chain)) {
                    return;
                }
            }
        } finally {
            resumption.destroy();
        }
    }

    /** Sends ticket number {@code index}; false if the session does not fit in a ticket. */
    private static boolean sendOne(HandshakeContext cx, FlightSent sent, ResumptionMasterSecret resumption, int index,
                                   Instant now, Duration lifetime, List<Bytes> chain) throws TlsException {
        // RFC 8446 §4.6.1: the nonce must be unique among this connection's tickets; a counter is
        // (RFC 8448 §3 shows a two-byte zero for the first ticket).
        Bytes nonce = Bytes.of((byte) (index >>> 8), (byte) index);
        long ageAdd = Integer.toUnsignedLong(ByteBuffer.wrap(cx.crypto().random().bytes(AGE_ADD_LENGTH)).getInt());
        Secret psk = resumption.pskForTicket(nonce);
        byte[] pskBytes = psk.copyBytes();
        psk.destroy();
        Negotiated negotiated = sent.negotiated();
        TicketState state = new TicketState(ProtocolVersion.TLS13, negotiated.cipherSuite(), pskBytes, now, lifetime,
                ageAdd, negotiated.serverName(), negotiated.applicationProtocol(), chain);
        Arrays.fill(pskBytes, (byte) 0);
        try {
            return sent.sealer().seal(state).map(ticket -> {
                cx.send(new NewSessionTicket(lifetime.getSeconds(), ageAdd, nonce, ticket, List.of()));
                return true;
            }).orElse(false);
        } finally {
            state.destroy();
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
