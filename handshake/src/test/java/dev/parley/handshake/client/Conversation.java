package dev.parley.handshake.client;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.SeededRandomSource;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.handshake.CertifiedKey;
import dev.parley.handshake.EngineConfig;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.handshake.codepoint.SignatureScheme;
import dev.parley.handshake.message.EncryptedExtensions;
import dev.parley.handshake.message.Handshake;
import dev.parley.record.TlsException;
import java.util.List;
import java.util.Optional;

/**
 * A client started by {@link ClientHandshake#start} talking to a {@link TestServer}: the server
 * authenticates with RFC 8448's RSA certificate, which the client's verifier pins.
 */
final class Conversation {

    static final String SERVER_NAME = "server.example";

    private final RecordingContext context;
    private final TestServer server;
    private final CertifiedKey serverKey;
    private ClientState state;

    private Conversation(RecordingContext context, ClientState state, TestServer server, CertifiedKey serverKey) {
        this.context = context;
        this.state = state;
        this.server = server;
        this.serverKey = serverKey;
    }

    /** A client configuration from the secure defaults, seeded, pinning the RFC 8448 server. */
    static EngineConfig.Builder config(String seed) throws Exception {
        CryptoProvider crypto = new BouncyCastleCryptoProvider(new SeededRandomSource("client " + seed));
        return EngineConfig.builder().crypto(crypto)
                .peerVerifier(Rfc8448Traces.pinning(Rfc8448Traces.rsaCertifiedKey().leaf()));
    }

    /** A client for {@code serverName} that has sent its first ClientHello. */
    static Conversation start(EngineConfig config, Optional<String> serverName) throws Exception {
        RecordingContext context = new RecordingContext(config);
        ClientState state = ClientHandshake.start(context, serverName, "session");
        TestServer server = new TestServer(new BouncyCastleCryptoProvider(new SeededRandomSource("server")));
        return new Conversation(context, state, server, Rfc8448Traces.rsaCertifiedKey());
    }

    /** A client for {@link #SERVER_NAME} with {@code config}. */
    static Conversation start(EngineConfig config) throws Exception {
        return start(config, Optional.of(SERVER_NAME));
    }

    /** Hands the client one server message. */
    Conversation receive(Bytes message) throws TlsException {
        state = state.handle(context, Handshake.CODEC.decodeExactly(message.toByteArray(), "message"));
        return this;
    }

    /** The server's ServerHello (AES-128-GCM, X25519) to the client's last hello. */
    Conversation serverHello() throws TlsException {
        return receive(server.serverHello(lastSent(), CipherSuite.TLS_AES_128_GCM_SHA256, NamedGroup.X25519));
    }

    /** EncryptedExtensions carrying nothing. */
    Conversation emptyEncryptedExtensions() throws TlsException {
        return receive(server.send(new EncryptedExtensions(List.of())));
    }

    /** Certificate, CertificateVerify (rsa_pss_rsae_sha256) and Finished. */
    Conversation authenticateAndFinish() throws TlsException {
        receive(server.certificate(serverKey));
        receive(server.certificateVerify(serverKey, SignatureScheme.RSA_PSS_RSAE_SHA256));
        return receive(server.finished());
    }

    /** A whole full handshake from the ServerHello on; the server takes in the client's answer. */
    Conversation fullHandshake() throws TlsException {
        serverHello().emptyEncryptedExtensions().authenticateAndFinish();
        serverReceivesClientFlight(1);
        return this;
    }

    /** The server takes into its transcript every message the client sent after its hello(s). */
    void serverReceivesClientFlight(int hellos) {
        List<Bytes> sent = context.sent();
        for (int i = hellos; i < sent.size(); i++) {
            server.receive(sent.get(i));
        }
    }

    /** The client's last message. */
    Bytes lastSent() {
        List<Bytes> sent = context.sent();
        return sent.get(sent.size() - 1);
    }

    ClientState state() {
        return state;
    }

    RecordingContext context() {
        return context;
    }

    TestServer server() {
        return server;
    }

    CertifiedKey serverKey() {
        return serverKey;
    }
}
