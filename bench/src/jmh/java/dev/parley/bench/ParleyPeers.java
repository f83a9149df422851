package dev.parley.bench;

import dev.parley.crypto.CryptoProvider;
import dev.parley.handshake.CertifiedKey;
import dev.parley.handshake.EngineConfig;
import dev.parley.handshake.ResumptionTicket;
import dev.parley.handshake.SessionStore;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.handshake.engine.TlsEngine;
import dev.parley.handshake.verify.X509PeerVerifier;
import dev.parley.record.TlsException;
import dev.parley.x509.trust.TrustStore;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;

/**
 * Parley's client and server engines for {@link HandshakeBenchmark}: TLS 1.3,
 * TLS_AES_128_GCM_SHA256, X25519, the P-256 certificate of {@link HandshakePki}, the client
 * validating the chain and the name with {@link X509PeerVerifier} as a real client does. Every
 * other setting is Parley's default (GREASE, middlebox compatibility, status_request, two tickets
 * per handshake).
 */
final class ParleyPeers {

    private final EngineConfig server;
    private final EngineConfig client;
    private final EngineConfig.Builder freshClient;
    private final CryptoProvider crypto;
    private final TrustStore trust;
    private final EngineConfig resumingClient;
    private final ByteBuffer toServer = ByteBuffer.allocate(64 * 1024);
    private final ByteBuffer toClient = ByteBuffer.allocate(64 * 1024);

    ParleyPeers(HandshakePki pki, CryptoProvider crypto) {
        List<CipherSuite> suites = List.of(CipherSuite.TLS_AES_128_GCM_SHA256);
        List<NamedGroup> groups = List.of(NamedGroup.X25519);
        this.server = EngineConfig.builder().crypto(crypto).cipherSuites(suites).groups(groups)
                .certificates(List.of(new CertifiedKey(pki.serverChain(), pki.server.privateKey()))).build();
        this.crypto = crypto;
        this.trust = TrustStore.of(List.of(pki.root.certificate()));
        this.freshClient = EngineConfig.builder().crypto(crypto).cipherSuites(suites).groups(groups);
        this.client = freshClient.peerVerifier(X509PeerVerifier.builder(crypto, trust).build()).build();
        this.resumingClient = client.toBuilder().sessionStore(new LatestTicket()).build();
    }

    /** A full handshake with a client that keeps no tickets; returns the bytes the server sent. */
    int fullHandshake() throws TlsException {
        return handshake(client);
    }

    /**
     * A full handshake by a client whose configuration (and so its chain validator) is new: it
     * parses the server's certificate and verifies the chain's signature, where a reused
     * configuration remembers both from the previous handshake.
     */
    int fullHandshakeNewClientConfig() throws TlsException {
        return handshake(freshClient.peerVerifier(X509PeerVerifier.builder(crypto, trust).build()).build());
    }

    /**
     * A handshake resuming with the latest ticket the client holds; the tickets it gets in return
     * serve the next one. The first call (in the benchmark's setup) is a full handshake.
     */
    int resumedHandshake() throws TlsException {
        return handshake(resumingClient);
    }

    private int handshake(EngineConfig clientConfig) throws TlsException {
        TlsEngine clientEngine = TlsEngine.client(clientConfig, HandshakePki.SERVER_NAME);
        TlsEngine serverEngine = TlsEngine.server(server);
        toServer.clear();
        toClient.clear();
        int fromServer = 0;
        boolean moved = true;
        while (moved) {
            int sent = move(clientEngine, toServer, serverEngine);
            int received = move(serverEngine, toClient, clientEngine);
            fromServer += received;
            moved = sent + received > 0;
        }
        if (!clientEngine.isHandshakeComplete() || !serverEngine.isHandshakeComplete()) {
            throw new IllegalStateException("Parley handshake stalled: " + clientEngine.status() + " / "
                    + serverEngine.status());
        }
        return fromServer;
    }

    private static int move(TlsEngine from, ByteBuffer wire, TlsEngine to) throws TlsException {
        int produced = from.produce(wire);
        wire.flip();
        to.feed(wire);
        wire.compact();
        return produced;
    }

    /** A session store that keeps only the ticket that came last. */
    private static final class LatestTicket implements SessionStore {
        private ResumptionTicket ticket;

        @Override
        public void put(String key, ResumptionTicket ticket) {
            this.ticket = ticket;
        }

        @Override
        public Optional<ResumptionTicket> take(String key) {
            ResumptionTicket taken = ticket;
            ticket = null;
            return Optional.ofNullable(taken);
        }
    }
}
