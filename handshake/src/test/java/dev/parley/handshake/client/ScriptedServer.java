package dev.parley.handshake.client;

import dev.parley.crypto.AeadAlgorithm;
import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.handshake.CertifiedKey;
import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.Session;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.codepoint.HandshakeType;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.handshake.codepoint.SignatureScheme;
import dev.parley.handshake.engine.ApplicationTraffic;
import dev.parley.handshake.engine.ConnectedState;
import dev.parley.handshake.engine.HandshakeContext;
import dev.parley.handshake.engine.HandshakeStarter;
import dev.parley.handshake.engine.HandshakeState;
import dev.parley.handshake.extension.SignatureSchemeList;
import dev.parley.handshake.keys.KeyScheduleHandshake;
import dev.parley.handshake.keys.KeyScheduleTraffic;
import dev.parley.handshake.keys.TrafficKeys;
import dev.parley.handshake.keys.TrafficSecret;
import dev.parley.handshake.message.CertificateRequest;
import dev.parley.handshake.message.EncryptedExtensions;
import dev.parley.handshake.message.Finished;
import dev.parley.handshake.message.Handshake;
import dev.parley.handshake.message.KeyUpdate;
import dev.parley.handshake.message.Tls13Messages;
import dev.parley.record.ProtocolVersion;
import dev.parley.record.TlsException;
import java.util.List;
import java.util.Optional;

/**
 * A server for engine-level client tests: {@link TestServer}'s messages behind a real
 * {@link dev.parley.handshake.engine.TlsEngine}, so the client runs over records, keys and
 * change_cipher_spec exactly as it will against the real server states. It does what its
 * {@link Script} says, with no checks of its own beyond the client's Finished.
 */
final class ScriptedServer {

    /**
     * What the server does: send a HelloRetryRequest for {@code retryGroup} first, accept the PSK
     * {@code psk} (identity 0), ask for a client certificate, and send {@code tickets} tickets.
     */
    record Script(Optional<NamedGroup> retryGroup, Optional<byte[]> psk, boolean requestCertificate, int tickets) {
        static Script plain() {
            return new Script(Optional.empty(), Optional.empty(), false, 1);
        }
    }

    private static final CipherSuite SUITE = CipherSuite.TLS_AES_128_GCM_SHA256;
    private static final AeadAlgorithm AEAD = AeadAlgorithm.AES_128_GCM;

    private ScriptedServer() {
    }

    /** The server's entry point: it waits for the ClientHello. */
    static HandshakeStarter starter(CryptoProvider crypto, CertifiedKey key, Script script) {
        return context -> {
            context.acceptChangeCipherSpec(true);
            return new WaitClientHello(new TestServer(crypto), key, script, false);
        };
    }

    /** Answers the (second) ClientHello with the whole first flight. */
    private record WaitClientHello(TestServer server, CertifiedKey key, Script script, boolean retried)
            implements HandshakeState {
        @Override
        public HandshakeState handle(HandshakeContext cx, Handshake message) throws TlsException {
            Bytes hello = message.encoded();
            if (script.retryGroup().isPresent() && !retried) {
                sendFramed(cx, server.helloRetryRequest(hello, SUITE, script.retryGroup(), Optional.empty()));
                return new WaitClientHello(server, key, script, true);
            }
            NamedGroup group = script.retryGroup().orElse(NamedGroup.X25519);
            sendFramed(cx, server.serverHello(hello, SUITE, group, script.psk()));
            cx.negotiatedVersion(ProtocolVersion.TLS13);
            KeyScheduleHandshake keys = server.handshakeKeys();
            install(cx, keys.serverHandshakeTrafficSecret(), true);
            sendFramed(cx, server.send(new EncryptedExtensions(List.of())));
            if (script.psk().isEmpty()) {
                if (script.requestCertificate()) {
                    sendFramed(cx, server.send(new CertificateRequest(Bytes.EMPTY, List.of(
                            SignatureSchemeList.SIGNATURE_ALGORITHMS.toExtension(new SignatureSchemeList(
                                    List.of(SignatureScheme.RSA_PSS_RSAE_SHA256)))))));
                }
                sendFramed(cx, server.certificate(key));
                sendFramed(cx, server.certificateVerify(key, SignatureScheme.RSA_PSS_RSAE_SHA256));
            }
            sendFramed(cx, server.finished());
            install(cx, server.trafficKeys().serverApplicationTrafficSecret0(), true);
            install(cx, keys.clientHandshakeTrafficSecret(), false);
            return new WaitClientFinished(server, script);
        }
    }

    /** Takes the client's Certificate and CertificateVerify, if any, then checks its Finished. */
    private record WaitClientFinished(TestServer server, Script script) implements HandshakeState {
        @Override
        public HandshakeState handle(HandshakeContext cx, Handshake message) throws TlsException {
            if (!message.msgType().equals(HandshakeType.FINISHED)) {
                server.receive(message.encoded());
                return this;
            }
            Finished finished = (Finished) Tls13Messages.decode(message, 32);
            if (!finished.verifyData().equals(server.expectedClientFinished())) {
                throw new TlsException(HandshakeFailure.UNEXPECTED_HANDSHAKE_TYPE, "the client's Finished is wrong");
            }
            server.receive(message.encoded());
            KeyScheduleTraffic traffic = server.trafficKeys();
            install(cx, traffic.clientApplicationTrafficSecret0(), false);
            cx.acceptChangeCipherSpec(false);
            for (int i = 0; i < script.tickets(); i++) {
                sendFramed(cx, server.newSessionTicket(3600, 0x01020304L + i, Bytes.of((byte) i),
                        Bytes.fromHex("7e 57 00").concat(Bytes.of((byte) i)), List.of()).message());
            }
            cx.handshakeComplete(new Session(ProtocolVersion.TLS13, SUITE, Optional.empty(), Optional.empty(), Optional.empty(),
                    List.of(), List.of(), Optional.empty(), Optional.empty(), script.psk().isPresent(), false));
            return new Connected(new ApplicationTraffic(AEAD, traffic.serverApplicationTrafficSecret0(),
                    traffic.clientApplicationTrafficSecret0(), traffic.exporterMasterSecret()));
        }
    }

    /** Takes KeyUpdates. */
    private record Connected(ApplicationTraffic traffic) implements ConnectedState {
        @Override
        public HandshakeState handle(HandshakeContext cx, Handshake message) throws TlsException {
            traffic.receive(cx, (KeyUpdate) Tls13Messages.decode(message, 32));
            return this;
        }
    }

    private static void sendFramed(HandshakeContext cx, Bytes framed) {
        cx.sendFramed(framed);
    }

    private static void install(HandshakeContext cx, TrafficSecret secret, boolean write) throws TlsException {
        TrafficKeys keys = secret.keys(AEAD);
        try {
            if (write) {
                cx.installWriteKeys(keys);
            } else {
                cx.installReadKeys(keys);
            }
        } finally {
            keys.destroy();
        }
    }
}
