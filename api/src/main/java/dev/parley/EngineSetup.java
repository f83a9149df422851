package dev.parley;

import dev.parley.handshake.CertifiedKey;
import dev.parley.handshake.ClientAuth;
import dev.parley.handshake.EngineConfig;
import dev.parley.handshake.PeerVerifier;
import dev.parley.handshake.SessionStore;
import dev.parley.handshake.engine.TlsEngine;
import dev.parley.record.TlsException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place where a {@link TlsConfig} becomes the engine's {@link EngineConfig}, and where a
 * connection's engine is started. Everything the public face knows as an {@code SSL_*} option and
 * the engine needs ends up here; options that only concern the socket (shutdown, timeouts, the
 * error trap) stay in the adapters.
 */
final class EngineSetup {

    private EngineSetup() {
    }

    /** The engine configuration shared by every connection of {@code config}. */
    static EngineConfig base(TlsConfig config) {
        Map<String, List<CertifiedKey>> byName = new LinkedHashMap<>(config.certificates());
        List<CertifiedKey> defaults = byName.remove("");
        EngineConfig.Builder engine = EngineConfig.builder()
                .crypto(config.crypto())
                .clock(config.clock())
                .versions(config.versions())
                .cipherSuites(config.cipherSuites())
                .serverCipherPreference(config.honorCipherOrder())
                .groups(config.groups())
                // A client sends one key share, for its most preferred group; a server that prefers
                // another asks for it with a HelloRetryRequest (RFC 8446 §4.1.4).
                .keyShareGroups(List.of(config.groups().get(0)))
                .applicationProtocols(config.alpn())
                .certificates(defaults == null ? List.of() : defaults)
                .certificatesByServerName(byName)
                .clientAuth(clientAuth(config))
                .sessionStore(config.sessionCache().orElse(SessionStore.none()));
        config.ticketKeys().ifPresent(engine::ticketKeys);
        config.keyLog().ifPresent(engine::keyLog);
        if (config.side() == TlsConfig.Side.SERVER && config.verifyMode().peer()) {
            engine.peerVerifier(PeerVerification.ofClient(config));
        }
        return engine.build();
    }

    /** SSL_verify_mode on a server: whether a client certificate is asked for, and insisted on. */
    private static ClientAuth clientAuth(TlsConfig config) {
        VerifyMode mode = config.verifyMode();
        if (config.side() == TlsConfig.Side.CLIENT || !mode.peer()) {
            return ClientAuth.NONE;
        }
        return mode.failIfNoPeerCert() ? ClientAuth.REQUIRED : ClientAuth.OPTIONAL;
    }

    /**
     * A client engine for {@code target}; its ClientHello is ready to be sent. The engine config
     * is the shared one plus a verifier bound to this connection's reference name.
     */
    static TlsEngine client(TlsConfig config, ClientTarget target, Handshakes handshakes) throws TlsException {
        EngineConfig.Builder engine = config.engineConfig().toBuilder();
        engine.peerVerifier(config.verifyMode().peer()
                ? PeerVerification.ofServer(config, target.verifyName())
                : PeerVerifier.insecureAcceptAnything());
        // The state machine sends as SNI what it is given here; the verifier holds the reference name.
        return TlsEngine.start(engine.build(), handshakes.client(target.serverName(), target.sessionKey()));
    }

    /** A server engine, waiting for a ClientHello. */
    static TlsEngine server(TlsConfig config, Handshakes handshakes) throws TlsException {
        return TlsEngine.start(config.engineConfig(), handshakes.server());
    }
}
