package dev.parley.handshake.server;

import dev.parley.handshake.PeerVerifier;
import dev.parley.handshake.auth.PeerSignature;
import dev.parley.handshake.engine.HandshakeContext;
import dev.parley.handshake.message.CertificateVerify;
import dev.parley.handshake.message.Handshake;
import dev.parley.record.TlsException;
import dev.parley.x509.Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * RFC 8446 Appendix A.2 WAIT_CV: the client sent a certificate and must prove it holds the key
 * (§4.4.3): a signature over the transcript through its Certificate, with a scheme we offered in
 * the CertificateRequest. Then, the proof of possession settled, the configured
 * {@link PeerVerifier} judges the chain (path, validity, revocation), with its own alerts.
 */
final class WaitClientCertificateVerify implements ServerState {

    private final FlightSent sent;
    private final List<Certificate> chain;

    WaitClientCertificateVerify(FlightSent sent, List<Certificate> chain) {
        this.sent = Objects.requireNonNull(sent, "sent");
        this.chain = List.copyOf(chain);
    }

    @Override
    public ServerState handle(HandshakeContext cx, Handshake frame) throws TlsException {
        CertificateVerify verify = ClientMessages.certificateVerify(frame, "WAIT_CV");
        // RFC 8446 §4.4.3: the client signs with its "client CertificateVerify" context.
        PeerSignature.verify(cx.crypto(), verify, chain.get(0), false, cx.config().signatureSchemes(),
                sent.transcript().snapshot());
        sent.transcript().add(frame.encoded());
        // Present whenever a CertificateRequest was sent (checked before sending it).
        PeerVerifier verifier = cx.config().peerVerifier().orElseThrow();
        verifier.verify(chain, new PeerVerifier.Context(false, Optional.empty(), Optional.empty(), cx.clock().instant()));
        return new WaitClientFinished(sent, chain, Optional.of(verify.algorithm()));
    }

    @Override
    public String toString() {
        return "WaitClientCertificateVerify";
    }
}
