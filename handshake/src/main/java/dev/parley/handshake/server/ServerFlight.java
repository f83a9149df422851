package dev.parley.handshake.server;

import dev.parley.crypto.AeadAlgorithm;
import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoException;
import dev.parley.crypto.KeyShare;
import dev.parley.handshake.ClientAuth;
import dev.parley.handshake.EngineConfig;
import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.auth.SchemeSelection;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.extension.KeyShareEntry;
import dev.parley.handshake.keys.FinishedKey;
import dev.parley.handshake.keys.KeyScheduleEarly;
import dev.parley.handshake.keys.KeyScheduleHandshake;
import dev.parley.handshake.keys.KeyScheduleTraffic;
import dev.parley.handshake.keys.Secret;
import dev.parley.handshake.keys.TrafficKeys;
import dev.parley.handshake.keys.TrafficSecret;
import dev.parley.handshake.keys.TranscriptHash;
import dev.parley.handshake.message.Finished;
import dev.parley.handshake.message.Handshake;
import dev.parley.handshake.message.ServerHello;
import dev.parley.handshake.engine.HandshakeContext;
import dev.parley.record.ProtocolVersion;
import dev.parley.record.TlsException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The server's answer to an acceptable ClientHello (RFC 8446 §2, §4.1.3): choose what the first
 * ClientHello left open (PSK, certificate, ALPN), then send ServerHello, [change_cipher_spec],
 * EncryptedExtensions, [CertificateRequest], [Certificate, CertificateVerify] and Finished,
 * switching keys where §7.3 says:
 *
 * <pre>
 *   ServerHello                     plaintext
 *   [change_cipher_spec]            only if the client sent a legacy_session_id (§D.4)
 *   install write: server_handshake_traffic_secret
 *   EncryptedExtensions ... Finished
 *   install write: server_application_traffic_secret_0   (the server may now send, §4.4.4)
 *   install read:  client_handshake_traffic_secret       (the client's second flight)
 * </pre>
 */
final class ServerFlight {

    private ServerFlight() {
    }

    /**
     * Answers {@code offer}, whose suite and client share are chosen; {@code transcript} holds what
     * came before this ClientHello (nothing, or message_hash and the HelloRetryRequest).
     */
    static ServerState answer(HandshakeContext cx, TicketSealer sealer, Handshake received, ClientHelloOffer offer,
                              CipherSuite suite, KeyShareEntry clientShare, TranscriptHash transcript,
                              boolean helloRetryRequest) throws TlsException {
        EngineConfig config = cx.config();
        Optional<PskAcceptance.Accepted> psk = PskAcceptance.accept(cx.crypto(), sealer, cx.clock().instant(), offer,
                suite, received, transcript);
        transcript.add(received.encoded());
        try {
            Optional<SchemeSelection.Choice> certificate = Optional.empty();
            if (psk.isEmpty()) {
                if (offer.signatureSchemes().isEmpty()) {
                    // RFC 8446 §4.2.3: authenticating with a certificate needs the client's signature_algorithms.
                    throw new TlsException(HandshakeFailure.MISSING_MANDATORY_EXTENSION,
                            "no PSK was accepted and the ClientHello has no signature_algorithms");
                }
                certificate = Optional.of(Negotiation.certificate(config, offer));
            }
            Optional<String> protocol = Negotiation.applicationProtocol(config, offer);
            boolean requestCertificate = psk.isEmpty() && config.clientAuth() != ClientAuth.NONE;
            if (requestCertificate && config.peerVerifier().isEmpty()) {
                throw new TlsException(HandshakeFailure.CLIENT_AUTH_WITHOUT_VERIFIER,
                        "client authentication is " + config.clientAuth() + " but no peer verifier is configured");
            }
            Negotiated negotiated = new Negotiated(suite, clientShare.group(), offer.serverName(), protocol,
                    certificate.map(choice -> choice.key().chain()).orElse(List.of()),
                    certificate.map(SchemeSelection.Choice::scheme), psk.isPresent(),
                    psk.map(PskAcceptance.Accepted::clientCertificates).orElse(List.of()), helloRetryRequest,
                    offer.allowsPskDheKe());
            offer.recordSizeLimit().ifPresent(cx::peerRecordSizeLimit);
            KeyScheduleHandshake handshakeSecrets = sendServerHello(cx, offer, clientShare, psk, transcript,
                    negotiated);
            EncryptedFlight.send(cx, offer, negotiated, certificate, requestCertificate, transcript);
            return finish(cx, sealer, handshakeSecrets, transcript, negotiated, requestCertificate);
        } finally {
            // Security: the Early Secret is done with once the handshake stage exists (or the handshake failed).
            psk.ifPresent(accepted -> accepted.earlySecrets().destroy());
        }
    }

    /**
     * ServerHello (RFC 8446 §4.1.3), the key exchange and the handshake traffic keys: returns the
     * handshake stage of the key schedule, the write keys already switched to the server's.
     */
    private static KeyScheduleHandshake sendServerHello(HandshakeContext cx, ClientHelloOffer offer,
                                                        KeyShareEntry clientShare, Optional<PskAcceptance.Accepted> psk,
                                                        TranscriptHash transcript, Negotiated negotiated)
            throws TlsException {
        CipherSuite suite = negotiated.cipherSuite();
        cx.negotiatedVersion(ProtocolVersion.TLS13);
        Bytes random = Bytes.wrap(cx.crypto().random().bytes(ServerHello.RANDOM_LENGTH));
        KeyShare ours = cx.crypto().keyAgreement(clientShare.group().keyAgreement().orElseThrow()).generate();
        KeyShareEntry serverShare = new KeyShareEntry(clientShare.group(), Bytes.wrap(ours.publicShare()));
        byte[] shared;
        try {
            shared = ours.agree(clientShare.keyExchange().toByteArray());
        } catch (CryptoException e) {
            // RFC 8446 §4.2.8.2, §7.4.2: an invalid share (or an all-zero X25519 result) is fatal.
            throw new TlsException(HandshakeFailure.INVALID_CLIENT_KEY_SHARE,
                    "the client's " + clientShare.group() + " key share is invalid: " + e.getMessage());
        } finally {
            ours.destroy();
        }
        ServerHello hello = ServerHellos.serverHello(offer.hello(), random, suite,
                psk.map(PskAcceptance.Accepted::selectedIdentity), serverShare);
        transcript.add(cx.send(hello));
        if (!offer.hello().legacySessionId().isEmpty()) {
            // RFC 8446 §D.4: in middlebox compatibility mode, a change_cipher_spec follows our first message.
            cx.sendChangeCipherSpec();
        }
        KeyScheduleEarly early = psk.isPresent() ? psk.get().earlySecrets()
                : KeyScheduleEarly.withoutPsk(cx.crypto(), suite.hash().orElseThrow());
        Secret sharedSecret = Secret.copyOf(shared);
        Arrays.fill(shared, (byte) 0);
        try {
            KeyScheduleHandshake handshakeSecrets = early.handshake(sharedSecret, transcript.snapshot());
            // RFC 8446 §7.3: everything after the ServerHello is protected with the handshake keys.
            installWrite(cx, handshakeSecrets.serverHandshakeTrafficSecret(), suite);
            return handshakeSecrets;
        } finally {
            sharedSecret.destroy();
            early.destroy();
        }
    }

    /** Finished (RFC 8446 §4.4.4), then the application write keys and the client's handshake keys. */
    private static ServerState finish(HandshakeContext cx, TicketSealer sealer, KeyScheduleHandshake handshakeSecrets,
                                      TranscriptHash transcript, Negotiated negotiated, boolean requestCertificate)
            throws TlsException {
        CipherSuite suite = negotiated.cipherSuite();
        FinishedKey finishedKey = handshakeSecrets.serverHandshakeTrafficSecret().finishedKey();
        try {
            transcript.add(cx.send(new Finished(finishedKey.verifyData(transcript.snapshot()))));
        } finally {
            finishedKey.destroy();
        }
        // RFC 8446 §7.1: the application secrets hash the transcript up to the server Finished.
        KeyScheduleTraffic trafficSecrets = handshakeSecrets.traffic(transcript.snapshot());
        installWrite(cx, trafficSecrets.serverApplicationTrafficSecret0(), suite);
        TrafficKeys clientHandshakeKeys = handshakeSecrets.clientHandshakeTrafficSecret().keys(aead(suite));
        try {
            cx.installReadKeys(clientHandshakeKeys);
        } finally {
            clientHandshakeKeys.destroy();
        }
        FlightSent sent = new FlightSent(transcript, handshakeSecrets, trafficSecrets, negotiated, sealer);
        return requestCertificate ? new WaitClientCertificate(sent) : new WaitClientFinished(sent, List.of(),
                Optional.empty());
    }

    private static void installWrite(HandshakeContext cx, TrafficSecret secret, CipherSuite suite)
            throws TlsException {
        TrafficKeys keys = secret.keys(aead(suite));
        try {
            cx.installWriteKeys(keys);
        } finally {
            keys.destroy();
        }
    }

    static AeadAlgorithm aead(CipherSuite suite) {
        return suite.aead().orElseThrow();
    }
}
