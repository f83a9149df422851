package dev.parley.bench;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.Provider;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLEngineResult.HandshakeStatus;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;

/**
 * A client and a server {@link SSLEngine} of one JSSE provider (the JDK's SunJSSE, or BC-JSSE)
 * for {@link HandshakeBenchmark}: TLS 1.3 only, TLS_AES_128_GCM_SHA256, the P-256 certificate of
 * {@link HandshakePki}, the client validating the chain (PKIX) and the name (endpoint
 * identification "HTTPS"). The group is X25519 through {@code -Djdk.tls.namedGroups=x25519}, which
 * both providers read (Java 17's {@link SSLParameters} cannot set groups).
 *
 * <p>A client engine made for a host and port resumes a session cached for them. A full handshake
 * therefore asks for a port never used before, so nothing is cached for it; a resumed one always
 * asks for the same port.
 */
final class SslEnginePeers {

    private static final int RESUMED_PORT = 443;
    private static final ByteBuffer NOTHING = ByteBuffer.allocate(0);

    private final SSLContext serverContext;
    private final SSLContext clientContext;
    private final ByteBuffer toServer = ByteBuffer.allocate(64 * 1024);
    private final ByteBuffer toClient = ByteBuffer.allocate(64 * 1024);
    private final ByteBuffer application = ByteBuffer.allocate(64 * 1024);
    private int nextFreshPort = 1024;

    /** Engines of {@code provider}, or of the JDK's default (SunJSSE) when it is null. */
    SslEnginePeers(HandshakePki pki, Provider provider) throws GeneralSecurityException, java.io.IOException {
        // Each provider with its own key and trust managers, as its users configure it. The JDK's
        // key manager is its default ("SunX509"), which reads the key once; its "PKIX" one would
        // decrypt the PKCS#12 entry (PBKDF2) on every handshake. BC-JSSE has one, which reads the
        // keys when it is made from a key store and password.
        KeyManagerFactory keys = provider == null ? KeyManagerFactory.getInstance("SunX509")
                : KeyManagerFactory.getInstance("PKIX", provider);
        keys.init(pki.serverKeyStore(), HandshakePki.PASSWORD);
        TrustManagerFactory trust = provider == null ? TrustManagerFactory.getInstance("PKIX")
                : TrustManagerFactory.getInstance("PKIX", provider);
        trust.init(pki.trustStore());
        this.serverContext = provider == null ? SSLContext.getInstance("TLSv1.3") : SSLContext.getInstance("TLSv1.3", provider);
        serverContext.init(keys.getKeyManagers(), null, new java.security.SecureRandom());
        this.clientContext = provider == null ? SSLContext.getInstance("TLSv1.3") : SSLContext.getInstance("TLSv1.3", provider);
        clientContext.init(null, trust.getTrustManagers(), new java.security.SecureRandom());
        // The full handshakes fill the cache with sessions for ports never asked for again.
        clientContext.getClientSessionContext().setSessionCacheSize(16);
    }

    /** A handshake no session is cached for; returns the bytes the server sent. */
    int fullHandshake() throws SSLException {
        nextFreshPort = nextFreshPort == 65535 ? 1024 : nextFreshPort + 1;
        return handshake(nextFreshPort);
    }

    /** A handshake for the host and port of the previous one, which the client resumes if it can. */
    int resumedHandshake() throws SSLException {
        return handshake(RESUMED_PORT);
    }

    private int handshake(int port) throws SSLException {
        SSLEngine client = clientContext.createSSLEngine(HandshakePki.SERVER_NAME, port);
        client.setUseClientMode(true);
        SSLParameters clientParameters = tls13(client.getSSLParameters());
        clientParameters.setEndpointIdentificationAlgorithm("HTTPS");
        client.setSSLParameters(clientParameters);
        SSLEngine server = serverContext.createSSLEngine();
        server.setUseClientMode(false);
        server.setSSLParameters(tls13(server.getSSLParameters()));
        toServer.clear();
        toClient.clear();
        client.beginHandshake();
        server.beginHandshake();
        int fromServer = 0;
        for (int round = 0; ; round++) {
            int sent = wrap(client, toServer) + unwrap(server, toServer);
            int answered = wrap(server, toClient);
            fromServer += answered;
            int received = unwrap(client, toClient);
            if (sent + answered + received == 0 && !handshaking(client) && !handshaking(server)) {
                return fromServer;
            }
            if (round > 100) {
                throw new IllegalStateException("SSLEngine handshake stalled: " + client.getHandshakeStatus() + " / "
                        + server.getHandshakeStatus());
            }
        }
    }

    private static SSLParameters tls13(SSLParameters parameters) {
        parameters.setProtocols(new String[] {"TLSv1.3"});
        parameters.setCipherSuites(new String[] {"TLS_AES_128_GCM_SHA256"});
        return parameters;
    }

    private static boolean handshaking(SSLEngine engine) {
        HandshakeStatus status = engine.getHandshakeStatus();
        return status != HandshakeStatus.NOT_HANDSHAKING && status != HandshakeStatus.FINISHED;
    }

    /** Wraps while the engine wants to; returns the bytes produced. */
    private static int wrap(SSLEngine engine, ByteBuffer wire) throws SSLException {
        int produced = 0;
        while (true) {
            runTasks(engine);
            if (engine.getHandshakeStatus() != HandshakeStatus.NEED_WRAP) {
                return produced;
            }
            SSLEngineResult result = engine.wrap(NOTHING, wire);
            produced += result.bytesProduced();
            if (result.getStatus() != SSLEngineResult.Status.OK) {
                throw new IllegalStateException("wrap: " + result);
            }
        }
    }

    /** Unwraps everything waiting on the wire; returns the bytes consumed. */
    private int unwrap(SSLEngine engine, ByteBuffer wire) throws SSLException {
        int consumed = 0;
        wire.flip();
        try {
            while (wire.hasRemaining()) {
                application.clear();
                SSLEngineResult result = engine.unwrap(wire, application);
                runTasks(engine);
                consumed += result.bytesConsumed();
                if (result.getStatus() == SSLEngineResult.Status.BUFFER_UNDERFLOW) {
                    return consumed;
                }
                if (result.getStatus() != SSLEngineResult.Status.OK) {
                    throw new IllegalStateException("unwrap: " + result);
                }
                if (result.bytesConsumed() == 0 && engine.getHandshakeStatus() == HandshakeStatus.NEED_WRAP) {
                    return consumed;
                }
            }
            return consumed;
        } finally {
            wire.compact();
        }
    }

    private static void runTasks(SSLEngine engine) {
        Runnable task;
        while ((task = engine.getDelegatedTask()) != null) {
            task.run();
        }
    }
}
