package dev.parley.handshake.client;

import dev.parley.crypto.AeadAlgorithm;
import dev.parley.crypto.Bytes;
import dev.parley.handshake.CertifiedKey;
import dev.parley.handshake.EngineConfig;
import dev.parley.handshake.Session;
import dev.parley.handshake.auth.OwnSignature;
import dev.parley.handshake.auth.SchemeSelection;
import dev.parley.handshake.codepoint.SignatureScheme;
import dev.parley.handshake.engine.ApplicationTraffic;
import dev.parley.handshake.engine.HandshakeContext;
import dev.parley.handshake.extension.CertificateStatus;
import dev.parley.handshake.extension.Extension;
import dev.parley.handshake.keys.FinishedKey;
import dev.parley.handshake.keys.KeyScheduleHandshake;
import dev.parley.handshake.keys.KeyScheduleTraffic;
import dev.parley.handshake.keys.ResumptionMasterSecret;
import dev.parley.handshake.keys.TranscriptHash;
import dev.parley.handshake.message.Certificate;
import dev.parley.handshake.message.CertificateEntry;
import dev.parley.handshake.message.CertificateVerify;
import dev.parley.handshake.message.Finished;
import dev.parley.record.TlsException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The client's second flight, once the server's Finished has verified (RFC 8446 §4.4): the
 * application secrets, then [change_cipher_spec], then under our handshake keys our Certificate and
 * CertificateVerify if the server asked for them, and our Finished; then the application keys.
 */
final class ClientSecondFlight {

    private final ClientSetup setup;
    private final Negotiated negotiated;
    private final KeyScheduleHandshake keys;
    private final TranscriptHash transcript;

    ClientSecondFlight(ClientSetup setup, Negotiated negotiated, KeyScheduleHandshake keys,
                       TranscriptHash transcript) {
        this.setup = setup;
        this.negotiated = negotiated;
        this.keys = keys;
        this.transcript = transcript;
    }

    /**
     * Sends the flight and returns the connected state.
     *
     * @param request the server's CertificateRequest, if any
     * @param peerSignatureScheme the server's CertificateVerify scheme, empty when resumed
     * @param peerChain the server's chain (the original session's when resumed)
     */
    Connected send(HandshakeContext cx, Optional<CertificateRequestReceived> request,
                   Optional<SignatureScheme> peerSignatureScheme, List<dev.parley.x509.Certificate> peerChain)
            throws TlsException {
        AeadAlgorithm aead = negotiated.aead();
        // RFC 8446 §7.1: the application secrets cover the transcript through the server's Finished.
        KeyScheduleTraffic traffic = keys.traffic(transcript.snapshot());
        // RFC 8446 §4.4.4: the server may send application data right after its Finished.
        TrafficInstall.read(cx, traffic.serverApplicationTrafficSecret0(), aead);
        Optional<SchemeSelection.Choice> signedWith = request.isPresent()
                ? authenticate(cx, request.get()) : Optional.empty();
        FinishedKey finishedKey = keys.clientHandshakeTrafficSecret().finishedKey();
        Bytes verifyData;
        try {
            // RFC 8446 §4.4.4: our verify_data over the transcript through our CertificateVerify.
            verifyData = finishedKey.verifyData(transcript.snapshot());
        } finally {
            finishedKey.destroy();
        }
        transcript.add(cx.send(new Finished(verifyData)));
        TrafficInstall.write(cx, traffic.clientApplicationTrafficSecret0(), aead);
        // RFC 8446 §7.1: the resumption master secret covers the transcript through our Finished.
        ResumptionMasterSecret resumption = traffic.resumptionMasterSecret(transcript.snapshot());
        keys.destroy();
        ApplicationTraffic application = new ApplicationTraffic(aead, traffic.clientApplicationTrafficSecret0(),
                traffic.serverApplicationTrafficSecret0(), traffic.exporterMasterSecret());
        Session session = negotiated.session(peerSignatureScheme, peerChain,
                signedWith.map(SchemeSelection.Choice::scheme),
                signedWith.map(choice -> choice.key().chain()).orElse(List.of()));
        cx.handshakeComplete(session);
        return new Connected(setup, negotiated.cipherSuite(), application, resumption, session);
    }

    /**
     * Answers the CertificateRequest (RFC 8446 §4.4.2): our chain with a CertificateVerify if one of
     * our keys can sign a scheme the server listed, otherwise an empty Certificate (§4.4.2.4: the
     * server decides whether to go on without one).
     *
     * @return the key and scheme we signed with, empty if we sent no certificate
     */
    private Optional<SchemeSelection.Choice> authenticate(HandshakeContext cx, CertificateRequestReceived request)
            throws TlsException {
        EngineConfig config = cx.config();
        Optional<SchemeSelection.Choice> choice = SchemeSelection.choose(config.certificates(),
                config.signatureSchemes(), request.signatureSchemes());
        if (choice.isEmpty()) {
            // RFC 8446 §4.4.2: an empty certificate_list, echoing the request's context.
            transcript.add(cx.send(new Certificate(request.context(), List.of())));
            return Optional.empty();
        }
        CertifiedKey key = choice.get().key();
        transcript.add(cx.send(new Certificate(request.context(), entries(key, request.statusRequest()))));
        // RFC 8446 §4.4.3: our signature over the transcript through our Certificate.
        CertificateVerify verify = OwnSignature.sign(cx.crypto(), choice.get(), false, transcript.snapshot());
        transcript.add(cx.send(verify));
        return choice;
    }

    /** One entry per certificate; the leaf carries our OCSP staple if the server asked (RFC 8446 §4.4.2.1). */
    private static List<CertificateEntry> entries(CertifiedKey key, boolean statusRequested) {
        List<CertificateEntry> entries = new ArrayList<>();
        for (dev.parley.x509.Certificate certificate : key.chain()) {
            List<Extension> extensions = new ArrayList<>();
            if (entries.isEmpty() && statusRequested && key.ocspResponse().isPresent()) {
                extensions.add(CertificateStatus.EXTENSION.toExtension(CertificateStatus.ocsp(key.ocspResponse().get())));
            }
            entries.add(new CertificateEntry(certificate.encoded(), extensions));
        }
        return entries;
    }
}
