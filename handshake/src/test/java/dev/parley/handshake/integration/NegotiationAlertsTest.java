package dev.parley.handshake.integration;

import static dev.parley.handshake.integration.TestPki.CRYPTO;
import static dev.parley.handshake.integration.TestPki.SERVER_NAME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parley.handshake.ClientAuth;
import dev.parley.handshake.EngineConfig;
import dev.parley.handshake.PeerAlertException;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.handshake.codepoint.SignatureScheme;
import dev.parley.handshake.engine.EnginePair;
import dev.parley.handshake.engine.TlsEngine;
import dev.parley.handshake.verify.X509PeerVerifier;
import dev.parley.record.AlertDescription;
import dev.parley.record.TlsException;
import dev.parley.x509.builder.KeySpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Handshakes between the real client and server that cannot succeed, and the alert each side
 * ends up with: the one that finds the problem fails with the alert RFC 8446 (or RFC 7301) names
 * and sends it; the other reports it as the peer's alert. Neither completes, and both stay failed.
 */
class NegotiationAlertsTest {

    private static TlsException refused(EngineConfig client, EngineConfig server, boolean serverDetects,
                                        AlertDescription alert) throws TlsException {
        EnginePair pair = new EnginePair(TlsEngine.client(client, SERVER_NAME), TlsEngine.server(server), 7, 300);
        TlsEngine detector = serverDetects ? pair.server() : pair.client();
        TlsEngine told = serverDetects ? pair.client() : pair.server();
        TlsException failure = assertThrows(TlsException.class, pair::pump);
        assertEquals(alert, failure.alert(), failure::toString);
        assertSame(failure, detector.failure().orElseThrow());
        PeerAlertException received = assertThrows(PeerAlertException.class, pair::pump);
        assertEquals(alert, received.peerAlert().description());
        assertEquals(alert, told.peerAlert().orElseThrow().description());
        assertFalse(pair.server().isHandshakeComplete());
        assertSame(failure, assertThrows(TlsException.class, () -> detector.feed(java.nio.ByteBuffer.allocate(0))));
        return failure;
    }

    @Test
    void noCommonCipherSuiteIsAHandshakeFailure() throws TlsException {
        // RFC 8446 §4.1.1: no acceptable parameters, handshake_failure.
        refused(Tls13HandshakeTest.client().cipherSuites(List.of(CipherSuite.TLS_AES_128_GCM_SHA256)).build(),
                Tls13HandshakeTest.server(KeySpec.EC_P256).cipherSuites(List.of(CipherSuite.TLS_CHACHA20_POLY1305_SHA256))
                        .build(), true, AlertDescription.HANDSHAKE_FAILURE);
    }

    @Test
    void noCommonGroupIsAHandshakeFailure() throws TlsException {
        // RFC 8446 §4.1.1: no common group, so not even a HelloRetryRequest can help.
        refused(Tls13HandshakeTest.client().groups(List.of(NamedGroup.X25519)).build(),
                Tls13HandshakeTest.server(KeySpec.EC_P256).groups(List.of(NamedGroup.SECP384R1)).build(),
                true, AlertDescription.HANDSHAKE_FAILURE);
    }

    @Test
    void noSchemeForTheServersKeyIsAHandshakeFailure() throws TlsException {
        // RFC 8446 §4.4.2.2: no certificate the client's signature_algorithms allow.
        refused(Tls13HandshakeTest.client().signatureSchemes(List.of(SignatureScheme.ECDSA_SECP256R1_SHA256)).build(),
                Tls13HandshakeTest.server(KeySpec.ED25519).build(), true, AlertDescription.HANDSHAKE_FAILURE);
    }

    @Test
    void noCommonApplicationProtocolIsNoApplicationProtocol() throws TlsException {
        // RFC 7301 §3.2: no overlap, the server answers no_application_protocol.
        refused(Tls13HandshakeTest.client().applicationProtocols(List.of("h2")).build(),
                Tls13HandshakeTest.server(KeySpec.EC_P256).applicationProtocols(List.of("http/1.1")).build(),
                true, AlertDescription.NO_APPLICATION_PROTOCOL);
    }

    @Test
    void aClientCertificateFromAnUnknownIssuerIsUnknownCa() throws TlsException {
        EngineConfig client = Tls13HandshakeTest.client()
                .certificates(List.of(TestPki.strangerServer("client.test"))).build();
        EngineConfig server = Tls13HandshakeTest.server(KeySpec.EC_P256).clientAuth(ClientAuth.OPTIONAL)
                .peerVerifier(X509PeerVerifier.builder(CRYPTO, TestPki.trust()).build()).build();
        refused(client, server, true, AlertDescription.UNKNOWN_CA);
    }

    @Test
    void anExpiredClientCertificateIsCertificateExpired() throws TlsException {
        EngineConfig client = Tls13HandshakeTest.client()
                .certificates(List.of(TestPki.expiredServer("client.test"))).build();
        EngineConfig server = Tls13HandshakeTest.server(KeySpec.EC_P256).clientAuth(ClientAuth.REQUIRED)
                .peerVerifier(X509PeerVerifier.builder(CRYPTO, TestPki.trust()).build()).build();
        refused(client, server, true, AlertDescription.CERTIFICATE_EXPIRED);
    }

    @Test
    void aTicketTheServerCannotOpenFallsBackToAFullHandshake() throws TlsException {
        // RFC 8446 §4.2.11: a server that cannot use the offered PSK goes on without it.
        EngineConfig client = Tls13HandshakeTest.client().sessionStore(new Tls13HandshakeTest.MemoryStore()).build();
        EnginePair first = new EnginePair(TlsEngine.client(client, SERVER_NAME),
                TlsEngine.server(Tls13HandshakeTest.server(KeySpec.EC_P256).build())).handshake();
        first.send(first.server(), new byte[] {1});
        EngineConfig otherServer = Tls13HandshakeTest.server(KeySpec.EC_P256).build();
        EnginePair second = new EnginePair(TlsEngine.client(client, SERVER_NAME), TlsEngine.server(otherServer))
                .handshake();
        assertFalse(second.client().session().orElseThrow().resumed());
        assertFalse(second.server().session().orElseThrow().resumed());
    }
}
