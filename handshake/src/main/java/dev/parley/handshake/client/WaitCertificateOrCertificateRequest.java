package dev.parley.handshake.client;

import dev.parley.handshake.codepoint.HandshakeType;
import dev.parley.handshake.engine.HandshakeContext;
import dev.parley.handshake.keys.KeyScheduleHandshake;
import dev.parley.handshake.keys.TranscriptHash;
import dev.parley.handshake.message.CertificateRequest;
import dev.parley.handshake.message.Handshake;
import dev.parley.record.TlsException;
import java.util.Optional;

/**
 * WAIT_CERT_CR (RFC 8446 Appendix A.1): after EncryptedExtensions of a full handshake the server
 * either asks for our certificate (RFC 8446 §4.3.2) or sends its own (§4.4.2).
 */
final class WaitCertificateOrCertificateRequest implements ClientState {

    private static final String NAME = "WAIT_CERT_CR";

    private final ClientSetup setup;
    private final Offered offered;
    private final Negotiated negotiated;
    private final KeyScheduleHandshake keys;
    private final TranscriptHash transcript;

    WaitCertificateOrCertificateRequest(ClientSetup setup, Offered offered, Negotiated negotiated,
                                        KeyScheduleHandshake keys, TranscriptHash transcript) {
        this.setup = setup;
        this.offered = offered;
        this.negotiated = negotiated;
        this.keys = keys;
        this.transcript = transcript;
    }

    @Override
    public ClientState handle(HandshakeContext cx, Handshake frame) throws TlsException {
        if (frame.msgType().equals(HandshakeType.CERTIFICATE)) {
            return WaitCertificate.accept(setup, offered, negotiated, keys, transcript, Optional.empty(), frame, NAME);
        }
        CertificateRequest request = ServerMessages.expect(frame, HandshakeType.CERTIFICATE_REQUEST,
                CertificateRequest.class, negotiated.hashLength(), NAME);
        CertificateRequestReceived received = CertificateRequestReceived.read(request);
        transcript.add(frame.encoded());
        return new WaitCertificate(setup, offered, negotiated, keys, transcript, received);
    }
}
