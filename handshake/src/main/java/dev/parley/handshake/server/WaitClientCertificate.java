package dev.parley.handshake.server;

import dev.parley.handshake.ClientAuth;
import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.auth.PeerCertificates;
import dev.parley.handshake.engine.HandshakeContext;
import dev.parley.handshake.message.Certificate;
import dev.parley.handshake.message.CertificateEntry;
import dev.parley.handshake.message.Handshake;
import dev.parley.record.TlsException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * RFC 8446 Appendix A.2 WAIT_CERT: the server asked for a certificate and waits for the client's
 * Certificate (§4.4.2). An empty one declines; with {@link ClientAuth#REQUIRED} that ends the
 * handshake with certificate_required (§4.4.2.4), with {@link ClientAuth#OPTIONAL} the client
 * goes on unauthenticated.
 */
final class WaitClientCertificate implements ServerState {

    private final FlightSent sent;

    WaitClientCertificate(FlightSent sent) {
        this.sent = Objects.requireNonNull(sent, "sent");
    }

    @Override
    public ServerState handle(HandshakeContext cx, Handshake frame) throws TlsException {
        Certificate certificate = ClientMessages.certificate(frame, "WAIT_CERT");
        if (!certificate.certificateRequestContext().isEmpty()) {
            // RFC 8446 §4.4.2: the context echoes the CertificateRequest's, which was empty.
            throw new TlsException(HandshakeFailure.CERTIFICATE_REQUEST_CONTEXT_MISMATCH,
                    "the client's Certificate has a " + certificate.certificateRequestContext().length()
                            + "-byte certificate_request_context; ours was empty");
        }
        sent.transcript().add(frame.encoded());
        if (certificate.certificateList().isEmpty()) {
            if (cx.config().clientAuth() == ClientAuth.REQUIRED) {
                // RFC 8446 §4.4.2.4: a server requiring a certificate may abort with certificate_required.
                throw new TlsException(HandshakeFailure.CLIENT_CERTIFICATE_REQUIRED,
                        "the client sent no certificate; this server requires one");
            }
            return new WaitClientFinished(sent, List.of(), Optional.empty());
        }
        for (CertificateEntry entry : certificate.certificateList()) {
            if (!entry.extensions().isEmpty()) {
                // RFC 8446 §4.2, §4.4.2: entry extensions must answer our CertificateRequest, which asked for none.
                throw new TlsException(HandshakeFailure.UNSOLICITED_CERTIFICATE_EXTENSION,
                        "the client's CertificateEntry carries " + entry.extensions().get(0).extensionType()
                                + ", which the CertificateRequest did not ask for");
            }
        }
        return new WaitClientCertificateVerify(sent, PeerCertificates.parse(certificate.certificateList()));
    }

    @Override
    public String toString() {
        return "WaitClientCertificate";
    }
}
