package dev.parley.handshake.client;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.PeerVerifier;
import dev.parley.handshake.auth.PeerSignature;
import dev.parley.handshake.codepoint.HandshakeType;
import dev.parley.handshake.engine.HandshakeContext;
import dev.parley.handshake.keys.KeyScheduleHandshake;
import dev.parley.handshake.keys.TranscriptHash;
import dev.parley.handshake.message.CertificateVerify;
import dev.parley.handshake.message.Handshake;
import dev.parley.record.TlsException;
import java.util.Optional;

/**
 * WAIT_CV (RFC 8446 Appendix A.1): the server proves it holds its certificate's key by signing the
 * transcript (RFC 8446 §4.4.3). Once the signature holds, the configured {@link PeerVerifier}
 * judges the chain and the name: its refusal, with the alert it chose (bad_certificate,
 * unknown_ca, certificate_expired, ...), ends the handshake.
 */
final class WaitCertificateVerify implements ClientState {

    private static final String NAME = "WAIT_CV";

    private final ClientSetup setup;
    private final Offered offered;
    private final Negotiated negotiated;
    private final KeyScheduleHandshake keys;
    private final TranscriptHash transcript;
    private final Optional<CertificateRequestReceived> request;
    private final ServerChain chain;

    WaitCertificateVerify(ClientSetup setup, Offered offered, Negotiated negotiated, KeyScheduleHandshake keys,
                          TranscriptHash transcript, Optional<CertificateRequestReceived> request, ServerChain chain) {
        this.setup = setup;
        this.offered = offered;
        this.negotiated = negotiated;
        this.keys = keys;
        this.transcript = transcript;
        this.request = request;
        this.chain = chain;
    }

    @Override
    public ClientState handle(HandshakeContext cx, Handshake frame) throws TlsException {
        CertificateVerify verify = ServerMessages.expect(frame, HandshakeType.CERTIFICATE_VERIFY,
                CertificateVerify.class, negotiated.hashLength(), NAME);
        Bytes transcriptHash = transcript.snapshot();
        // RFC 8446 §4.4.3: a scheme we offered, that fits the leaf's key, over the server's context string.
        PeerSignature.verify(cx.crypto(), verify, chain.leaf(), true, offered.signatureSchemes(), transcriptHash);
        setup.verifier().verify(chain.chain(), new PeerVerifier.Context(true, setup.serverName(), chain.ocspStaple(), cx.clock().instant()));
        transcript.add(frame.encoded());
        return new WaitFinished(setup, negotiated, keys, transcript, request, Optional.of(verify.algorithm()),
                chain.chain());
    }
}
