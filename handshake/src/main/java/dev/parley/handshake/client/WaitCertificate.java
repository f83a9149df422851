package dev.parley.handshake.client;

import dev.parley.handshake.codepoint.HandshakeType;
import dev.parley.handshake.engine.HandshakeContext;
import dev.parley.handshake.keys.KeyScheduleHandshake;
import dev.parley.handshake.keys.TranscriptHash;
import dev.parley.handshake.message.Certificate;
import dev.parley.handshake.message.Handshake;
import dev.parley.record.TlsException;
import java.util.Optional;

/**
 * WAIT_CERT (RFC 8446 Appendix A.1): the server asked for our certificate and now sends its own
 * (RFC 8446 §4.4.2). The chain is read here and judged after the CertificateVerify has shown the
 * server holds the leaf's key.
 */
final class WaitCertificate implements ClientState {

    private static final String NAME = "WAIT_CERT";

    private final ClientSetup setup;
    private final Offered offered;
    private final Negotiated negotiated;
    private final KeyScheduleHandshake keys;
    private final TranscriptHash transcript;
    private final CertificateRequestReceived request;

    WaitCertificate(ClientSetup setup, Offered offered, Negotiated negotiated, KeyScheduleHandshake keys,
                    TranscriptHash transcript, CertificateRequestReceived request) {
        this.setup = setup;
        this.offered = offered;
        this.negotiated = negotiated;
        this.keys = keys;
        this.transcript = transcript;
        this.request = request;
    }

    @Override
    public ClientState handle(HandshakeContext cx, Handshake frame) throws TlsException {
        return accept(setup, offered, negotiated, keys, transcript, Optional.of(request), frame, NAME);
    }

    /** Reads the server's Certificate in {@code frame}, for this state and WAIT_CERT_CR. */
    static WaitCertificateVerify accept(ClientSetup setup, Offered offered, Negotiated negotiated,
                                        KeyScheduleHandshake keys, TranscriptHash transcript,
                                        Optional<CertificateRequestReceived> request, Handshake frame, String state)
            throws TlsException {
        Certificate certificate = ServerMessages.expect(frame, HandshakeType.CERTIFICATE, Certificate.class,
                negotiated.hashLength(), state);
        ServerChain chain = ServerChain.read(certificate, offered);
        transcript.add(frame.encoded());
        return new WaitCertificateVerify(setup, offered, negotiated, keys, transcript, request, chain);
    }
}
