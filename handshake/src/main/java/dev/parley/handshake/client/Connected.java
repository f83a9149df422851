package dev.parley.handshake.client;

import dev.parley.handshake.EngineConfig;
import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.ResumptionTicket;
import dev.parley.handshake.Session;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.codepoint.HandshakeType;
import dev.parley.handshake.codepoint.KeyUpdateRequest;
import dev.parley.handshake.engine.ApplicationTraffic;
import dev.parley.handshake.engine.ConnectedState;
import dev.parley.handshake.engine.HandshakeContext;
import dev.parley.handshake.extension.EarlyDataIndication;
import dev.parley.handshake.keys.ResumptionMasterSecret;
import dev.parley.handshake.keys.Secret;
import dev.parley.handshake.message.Handshake;
import dev.parley.handshake.message.KeyUpdate;
import dev.parley.handshake.message.NewSessionTicket;
import dev.parley.record.TlsException;
import java.time.Duration;
import java.util.Arrays;

/**
 * CONNECTED (RFC 8446 Appendix A.1): application data flows; the server may still send
 * NewSessionTickets (RFC 8446 §4.6.1), which go into the SessionStore, and KeyUpdates (§4.6.3).
 * A post-handshake CertificateRequest is refused: we never offer post_handshake_auth (§4.6.2).
 */
final class Connected implements ClientState, ConnectedState {

    private static final String NAME = "CONNECTED";

    /** RFC 8446 §4.6.1: "Clients MUST NOT cache tickets for longer than 7 days". */
    private static final Duration MAX_TICKET_LIFETIME = EngineConfig.MAX_TICKET_LIFETIME;

    private final ClientSetup setup;
    private final CipherSuite cipherSuite;
    private final ApplicationTraffic traffic;
    private final ResumptionMasterSecret resumptionMasterSecret;
    private final Session session;

    Connected(ClientSetup setup, CipherSuite cipherSuite, ApplicationTraffic traffic,
              ResumptionMasterSecret resumptionMasterSecret, Session session) {
        this.setup = setup;
        this.cipherSuite = cipherSuite;
        this.traffic = traffic;
        this.resumptionMasterSecret = resumptionMasterSecret;
        this.session = session;
    }

    @Override
    public ApplicationTraffic traffic() {
        return traffic;
    }

    @Override
    public ClientState handle(HandshakeContext cx, Handshake frame) throws TlsException {
        HandshakeType type = frame.msgType();
        int hashLength = cipherSuite.hash().orElseThrow().outputLength();
        if (type.equals(HandshakeType.NEW_SESSION_TICKET)) {
            receiveTicket(cx, ServerMessages.expect(frame, type, NewSessionTicket.class, hashLength, NAME));
        } else if (type.equals(HandshakeType.KEY_UPDATE)) {
            traffic.receive(cx, ServerMessages.expect(frame, type, KeyUpdate.class, hashLength, NAME));
        } else if (type.equals(HandshakeType.CERTIFICATE_REQUEST)) {
            // RFC 8446 §4.6.2: without post_handshake_auth from us, a CertificateRequest is unexpected_message.
            throw new TlsException(HandshakeFailure.UNSOLICITED_POST_HANDSHAKE_AUTH,
                    "the server asked for a certificate after the handshake; we did not offer post_handshake_auth");
        } else {
            throw ServerMessages.unexpected(frame, NAME);
        }
        return this;
    }

    /**
     * Keeps the ticket in the SessionStore with the PSK derived for it (RFC 8446 §4.6.1), its
     * lifetime capped at seven days; a ticket with lifetime 0 is dropped at once.
     */
    private void receiveTicket(HandshakeContext cx, NewSessionTicket ticket) throws TlsException {
        // RFC 8446 §4.6.1: unknown extensions are ignored; early_data is the only known one allowed.
        ExtensionRules.checkUnasked(ticket.extensions(), ExtensionRules.NEW_SESSION_TICKET, "NewSessionTicket");
        // Read for its syntax only: Parley sends no early data.
        ticket.extension(EarlyDataIndication.EXTENSION);
        if (ticket.ticketLifetime() == 0) {
            // RFC 8446 §4.6.1: a lifetime of zero means the ticket is to be discarded immediately.
            return;
        }
        Duration lifetime = Duration.ofSeconds(ticket.ticketLifetime());
        if (lifetime.compareTo(MAX_TICKET_LIFETIME) > 0) {
            lifetime = MAX_TICKET_LIFETIME;
        }
        Secret psk = resumptionMasterSecret.pskForTicket(ticket.ticketNonce());
        byte[] pskBytes = psk.copyBytes();
        psk.destroy();
        try {
            cx.config().sessionStore().put(setup.sessionKey(), new ResumptionTicket(ticket.ticket(), pskBytes,
                    cipherSuite, cx.clock().instant(), lifetime, ticket.ticketAgeAdd(), session.serverName(),
                    session.applicationProtocol(), session.peerCertificates()));
        } finally {
            Arrays.fill(pskBytes, (byte) 0);
        }
    }
}
