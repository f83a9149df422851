package dev.parley.handshake.client;

import dev.parley.crypto.CryptoException;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.KeyShare;
import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.codepoint.HandshakeType;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.handshake.engine.HandshakeContext;
import dev.parley.handshake.extension.KeyShareEntry;
import dev.parley.handshake.extension.KeyShareServerHello;
import dev.parley.handshake.extension.PreSharedKeyServerHello;
import dev.parley.handshake.extension.SupportedVersionsServerHello;
import dev.parley.handshake.keys.KeyScheduleEarly;
import dev.parley.handshake.keys.KeyScheduleHandshake;
import dev.parley.handshake.keys.Secret;
import dev.parley.handshake.keys.TranscriptHash;
import dev.parley.handshake.message.Handshake;
import dev.parley.handshake.message.HandshakeMessage;
import dev.parley.handshake.message.HelloRetryRequest;
import dev.parley.handshake.message.ServerHello;
import dev.parley.handshake.message.Tls13Messages;
import dev.parley.record.ProtocolVersion;
import dev.parley.record.TlsException;
import dev.parley.x509.Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * WAIT_SH (RFC 8446 Appendix A.1): our ClientHello is out; the server answers with a ServerHello,
 * or once with a HelloRetryRequest. A ServerHello fixes version, suite, key exchange and PSK, and
 * from it the handshake secrets; the server's handshake keys are installed for what follows.
 */
final class WaitServerHello implements ClientState {

    private static final String NAME = "WAIT_SH";

    private final ClientSetup setup;
    private final ClientOffer offer;
    private final TranscriptHash transcript;
    private final Optional<HelloRetryRequest> retry;

    /**
     * @param offer the ClientHello last sent, already in {@code transcript}
     * @param retry the HelloRetryRequest that ClientHello answered, if it is the second one
     */
    WaitServerHello(ClientSetup setup, ClientOffer offer, TranscriptHash transcript,
                    Optional<HelloRetryRequest> retry) {
        this.setup = setup;
        this.offer = offer;
        this.transcript = transcript;
        this.retry = retry;
    }

    @Override
    public ClientState handle(HandshakeContext cx, Handshake frame) throws TlsException {
        ServerMessages.requireType(frame, HandshakeType.SERVER_HELLO, NAME);
        HandshakeMessage message = Tls13Messages.decode(frame);
        if (message instanceof HelloRetryRequest helloRetryRequest) {
            if (retry.isPresent()) {
                // RFC 8446 §4.1.4: a second HelloRetryRequest is fatal with unexpected_message.
                throw new TlsException(HandshakeFailure.SECOND_HELLO_RETRY_REQUEST,
                        "the server sent a second HelloRetryRequest");
            }
            return HelloRetry.answer(cx, setup, offer, transcript, helloRetryRequest, frame);
        }
        if (!(message instanceof ServerHello hello)) {
            throw ServerMessages.unexpected(frame, NAME);
        }
        return accept(cx, hello, frame);
    }

    private WaitEncryptedExtensions accept(HandshakeContext cx, ServerHello hello, Handshake frame)
            throws TlsException {
        Offered offered = offer.offered();
        Optional<SupportedVersionsServerHello> version = HelloChecks.supportedVersions(hello.extensions());
        if (version.isEmpty()) {
            throw HelloChecks.oldVersion(hello.legacyVersion(), hello.random());
        }
        HelloChecks.version(hello.legacyVersion(), version.get(), offered, "ServerHello");
        ExtensionRules.checkAnswers(hello.extensions(), offered.extensionTypes(), ExtensionRules.SERVER_HELLO,
                Set.of(), "ServerHello");
        HelloChecks.sessionIdEcho(hello.legacySessionIdEcho(), offered, "ServerHello");
        HelloChecks.cipherSuite(hello.cipherSuite(), offered, "ServerHello");
        if (retry.isPresent() && !hello.cipherSuite().equals(retry.get().cipherSuite())) {
            // RFC 8446 §4.1.4: the ServerHello's suite must be the HelloRetryRequest's.
            throw new TlsException(HandshakeFailure.CIPHER_SUITE_NOT_OFFERED, "the ServerHello selects "
                    + hello.cipherSuite() + " after the HelloRetryRequest named " + retry.get().cipherSuite());
        }
        HelloChecks.compression(hello.legacyCompressionMethod(), "ServerHello");

        CipherSuite suite = hello.cipherSuite();
        HashAlgorithm hash = suite.hash().orElseThrow();
        Optional<PskOffer> acceptedPsk = acceptedPsk(hello, hash);
        KeyShareEntry serverShare = serverShare(hello, acceptedPsk.isPresent());
        Secret shared = sharedSecret(serverShare);
        transcript.chooseHash(hash);
        transcript.add(frame.encoded());
        cx.negotiatedVersion(ProtocolVersion.TLS13);
        KeyScheduleHandshake keys = handshakeSecrets(cx, hash, acceptedPsk, shared);
        Optional<List<Certificate>> resumedChain = acceptedPsk.map(psk -> psk.ticket().peerCertificates());
        offer.destroy();
        Negotiated negotiated = new Negotiated(suite, serverShare.group(), retry.isPresent(), resumedChain,
                offered.serverName(), Optional.empty());
        TrafficInstall.read(cx, keys.serverHandshakeTrafficSecret(), negotiated.aead());
        if (cx.config().middleboxCompatibility()) {
            // RFC 8446 §D.4: a dummy change_cipher_spec before anything we encrypt (sent at most once).
            cx.sendChangeCipherSpec();
        }
        // RFC 8446 §7.3: our handshake keys are known now. Writing with them at once means an alert
        // raised while we process the server's flight (a refused certificate, say) reaches the
        // server encrypted, which it must be: the server already reads with these keys.
        TrafficInstall.write(cx, keys.clientHandshakeTrafficSecret(), negotiated.aead());
        return new WaitEncryptedExtensions(setup, offered, negotiated, keys, transcript);
    }

    /**
     * The handshake secrets over Transcript-Hash(ClientHello...ServerHello) (RFC 8446 §7.1), from
     * the accepted PSK's Early Secret or from zeros. Destroys the shared secret and the early stage.
     */
    private KeyScheduleHandshake handshakeSecrets(HandshakeContext cx, HashAlgorithm hash,
                                                  Optional<PskOffer> acceptedPsk, Secret shared) throws TlsException {
        try {
            KeyScheduleEarly early = acceptedPsk.isPresent() ? acceptedPsk.get().earlySchedule()
                    : KeyScheduleEarly.withoutPsk(cx.crypto(), hash);
            try {
                return early.handshake(shared, transcript.snapshot());
            } finally {
                early.destroy();
            }
        } finally {
            shared.destroy();
        }
    }

    /** The PSK the server accepted, after the checks of RFC 8446 §4.2.11. */
    private Optional<PskOffer> acceptedPsk(ServerHello hello, HashAlgorithm suiteHash) throws TlsException {
        Optional<PreSharedKeyServerHello> selected = PreSharedKeyServerHello.EXTENSION.find(hello.extensions());
        if (selected.isEmpty()) {
            return Optional.empty();
        }
        int index = selected.get().selectedIdentity();
        Optional<PskOffer> psk = offer.psk();
        if (psk.isEmpty() || index >= offer.offered().pskIdentities()) {
            // RFC 8446 §4.2.11: selected_identity must be within the range the client supplied.
            throw new TlsException(HandshakeFailure.ILLEGAL_PSK_SELECTION,
                    "the server selected PSK identity " + index + " of " + offer.offered().pskIdentities());
        }
        if (psk.get().hash() != suiteHash) {
            // RFC 8446 §4.2.11: the suite's hash must be the one the PSK is bound to.
            throw new TlsException(HandshakeFailure.ILLEGAL_PSK_SELECTION, "the server accepted a "
                    + psk.get().hash() + " PSK with a " + suiteHash + " cipher suite");
        }
        return psk;
    }

    /** The server's key share, in a group we sent a share for (RFC 8446 §4.2.8). */
    private KeyShareEntry serverShare(ServerHello hello, boolean pskAccepted) throws TlsException {
        Optional<KeyShareServerHello> share = KeyShareServerHello.EXTENSION.find(hello.extensions());
        if (share.isEmpty()) {
            if (pskAccepted) {
                // RFC 8446 §4.2.11: psk_dhe_ke, the only mode we offer, requires the server's key_share.
                throw new TlsException(HandshakeFailure.ILLEGAL_PSK_SELECTION,
                        "the server accepted our PSK without the key_share psk_dhe_ke requires");
            }
            // RFC 8446 §4.2.9 and §6.2: without a PSK, (EC)DHE is the only key exchange; key_share is mandatory.
            throw new TlsException(HandshakeFailure.MISSING_KEY_SHARE, "the ServerHello has no key_share");
        }
        NamedGroup group = share.get().serverShare().group();
        if (offer.keyShare(group).isEmpty()) {
            // RFC 8446 §4.2.8: the server's share must be in a group we offered a share for.
            throw new TlsException(HandshakeFailure.KEY_SHARE_GROUP_NOT_OFFERED,
                    "the server's key share is in " + group + "; we sent shares for " + offer.offered().keyShareGroups());
        }
        return share.get().serverShare();
    }

    /** The (EC)DHE shared secret with the server's share (RFC 8446 §7.4). */
    private Secret sharedSecret(KeyShareEntry serverShare) throws TlsException {
        KeyShare ours = offer.keyShare(serverShare.group()).orElseThrow();
        byte[] secret;
        try {
            secret = ours.agree(serverShare.keyExchange().toByteArray());
        } catch (CryptoException e) {
            // RFC 8446 §4.2.8.2, §7.4.2: an invalid public value or an all-zero X25519 result.
            throw new TlsException(HandshakeFailure.INVALID_SERVER_KEY_SHARE,
                    "the server's " + serverShare.group() + " share is unusable: " + e.getMessage(), e);
        }
        try {
            return Secret.copyOf(secret);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }
}
