package dev.parley.handshake.server;

import dev.parley.handshake.Session;
import dev.parley.handshake.codepoint.SignatureScheme;
import dev.parley.handshake.engine.ApplicationTraffic;
import dev.parley.handshake.engine.HandshakeContext;
import dev.parley.handshake.keys.FinishedKey;
import dev.parley.handshake.keys.KeyScheduleTraffic;
import dev.parley.handshake.keys.TrafficKeys;
import dev.parley.handshake.message.Finished;
import dev.parley.handshake.message.Handshake;
import dev.parley.record.TlsException;
import dev.parley.x509.Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * RFC 8446 Appendix A.2 WAIT_FINISHED: the client's Finished (§4.4.4) closes the handshake. Once
 * it verifies, the client's application keys take over reading (§7.3), the session tickets go out
 * (§4.6.1), and the engine is told the handshake is complete.
 */
final class WaitClientFinished implements ServerState {

    private final FlightSent sent;
    private final List<Certificate> clientCertificates;
    private final Optional<SignatureScheme> clientScheme;

    /**
     * @param clientCertificates the chain the client proved in this handshake; empty if none
     * @param clientScheme the scheme of the client's CertificateVerify, if it sent one
     */
    WaitClientFinished(FlightSent sent, List<Certificate> clientCertificates, Optional<SignatureScheme> clientScheme) {
        this.sent = Objects.requireNonNull(sent, "sent");
        this.clientCertificates = List.copyOf(clientCertificates);
        this.clientScheme = Objects.requireNonNull(clientScheme, "clientScheme");
    }

    @Override
    public ServerState handle(HandshakeContext cx, Handshake frame) throws TlsException {
        Finished finished = ClientMessages.finished(frame, sent.hashLength(), "WAIT_FINISHED");
        FinishedKey key = sent.handshakeSecrets().clientHandshakeTrafficSecret().finishedKey();
        try {
            // RFC 8446 §4.4.4: a Finished that does not verify is decrypt_error.
            key.verify(sent.transcript().snapshot(), finished.verifyData());
        } finally {
            key.destroy();
        }
        sent.transcript().add(frame.encoded());
        // RFC 8446 §5: no change_cipher_spec may follow the client's Finished.
        cx.acceptChangeCipherSpec(false);
        KeyScheduleTraffic traffic = sent.trafficSecrets();
        TrafficKeys clientKeys = traffic.clientApplicationTrafficSecret0().keys(ServerFlight.aead(sent.negotiated()
                .cipherSuite()));
        try {
            cx.installReadKeys(clientKeys);
        } finally {
            clientKeys.destroy();
        }
        sent.handshakeSecrets().destroy();
        Session session = sent.negotiated().session(clientCertificates, clientScheme);
        TicketIssuer.issue(cx, sent, session.peerCertificates());
        cx.handshakeComplete(session);
        return new Connected(new ApplicationTraffic(ServerFlight.aead(session.cipherSuite()),
                traffic.serverApplicationTrafficSecret0(), traffic.clientApplicationTrafficSecret0(),
                traffic.exporterMasterSecret()));
    }

    @Override
    public String toString() {
        return "WaitClientFinished";
    }
}
