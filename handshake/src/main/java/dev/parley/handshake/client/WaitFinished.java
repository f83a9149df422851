package dev.parley.handshake.client;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.codepoint.HandshakeType;
import dev.parley.handshake.codepoint.SignatureScheme;
import dev.parley.handshake.engine.HandshakeContext;
import dev.parley.handshake.keys.FinishedKey;
import dev.parley.handshake.keys.KeyScheduleHandshake;
import dev.parley.handshake.keys.TranscriptHash;
import dev.parley.handshake.message.Finished;
import dev.parley.handshake.message.Handshake;
import dev.parley.record.TlsException;
import dev.parley.x509.Certificate;
import java.util.List;
import java.util.Optional;

/**
 * WAIT_FINISHED (RFC 8446 Appendix A.1): the server's Finished binds the whole handshake
 * (RFC 8446 §4.4.4). Once it verifies, the client sends its second flight and is connected.
 */
final class WaitFinished implements ClientState {

    private static final String NAME = "WAIT_FINISHED";

    private final ClientSetup setup;
    private final Negotiated negotiated;
    private final KeyScheduleHandshake keys;
    private final TranscriptHash transcript;
    private final Optional<CertificateRequestReceived> request;
    private final Optional<SignatureScheme> peerSignatureScheme;
    private final List<Certificate> peerChain;

    /**
     * @param request the server's CertificateRequest, if it asked for our certificate
     * @param peerSignatureScheme the scheme of the server's CertificateVerify; empty when resumed
     * @param peerChain the server's chain, or the original session's when resumed
     */
    WaitFinished(ClientSetup setup, Negotiated negotiated, KeyScheduleHandshake keys, TranscriptHash transcript,
                 Optional<CertificateRequestReceived> request, Optional<SignatureScheme> peerSignatureScheme,
                 List<Certificate> peerChain) {
        this.setup = setup;
        this.negotiated = negotiated;
        this.keys = keys;
        this.transcript = transcript;
        this.request = request;
        this.peerSignatureScheme = peerSignatureScheme;
        this.peerChain = List.copyOf(peerChain);
    }

    @Override
    public ClientState handle(HandshakeContext cx, Handshake frame) throws TlsException {
        Finished finished = ServerMessages.expect(frame, HandshakeType.FINISHED, Finished.class,
                negotiated.hashLength(), NAME);
        Bytes transcriptHash = transcript.snapshot();
        FinishedKey key = keys.serverHandshakeTrafficSecret().finishedKey();
        try {
            // RFC 8446 §4.4.4: a verify_data that does not match is fatal with decrypt_error.
            key.verify(transcriptHash, finished.verifyData());
        } finally {
            key.destroy();
        }
        transcript.add(frame.encoded());
        // RFC 8446 §5: no change_cipher_spec may arrive after the server's Finished.
        cx.acceptChangeCipherSpec(false);
        return new ClientSecondFlight(setup, negotiated, keys, transcript)
                .send(cx, request, peerSignatureScheme, peerChain);
    }
}
