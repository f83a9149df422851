package dev.parley.handshake.integration;

import static dev.parley.handshake.integration.TestPki.CRYPTO;
import static dev.parley.handshake.integration.TestPki.SERVER_NAME;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.ClientAuth;
import dev.parley.handshake.EngineConfig;
import dev.parley.handshake.PeerAlertException;
import dev.parley.handshake.ResumptionTicket;
import dev.parley.handshake.Session;
import dev.parley.handshake.SessionStore;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.handshake.engine.EnginePair;
import dev.parley.handshake.engine.TlsEngine;
import dev.parley.handshake.verify.CertificateFailure;
import dev.parley.handshake.verify.IdentityFailure;
import dev.parley.handshake.verify.X509PeerVerifier;
import dev.parley.record.AlertDescription;
import dev.parley.record.TlsException;
import dev.parley.x509.builder.KeySpec;
import dev.parley.x509.path.PathFailure;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Parley's TLS 1.3 client against Parley's TLS 1.3 server, in memory, with certificates from
 * Parley's own builder and the x509 verifier: the whole stack, both sides real.
 */
class Tls13HandshakeTest {

    static EngineConfig.Builder client() {
        return EngineConfig.builder().crypto(CRYPTO)
                .peerVerifier(X509PeerVerifier.builder(CRYPTO, TestPki.trust()).build());
    }

    static EngineConfig.Builder server(KeySpec... keys) {
        return EngineConfig.builder().crypto(CRYPTO)
                .certificates(java.util.Arrays.stream(keys).map(TestPki::server).toList());
    }

    static EnginePair connect(EngineConfig client, EngineConfig server) throws TlsException {
        return new EnginePair(TlsEngine.client(client, SERVER_NAME), TlsEngine.server(server));
    }

    /** A session store keeping every ticket, as a client's session cache would. */
    static final class MemoryStore implements SessionStore {
        private final Map<String, ConcurrentLinkedDeque<ResumptionTicket>> tickets = new ConcurrentHashMap<>();

        @Override
        public void put(String key, ResumptionTicket ticket) {
            tickets.computeIfAbsent(key, k -> new ConcurrentLinkedDeque<>()).add(ticket);
        }

        @Override
        public Optional<ResumptionTicket> take(String key) {
            return Optional.ofNullable(tickets.getOrDefault(key, new ConcurrentLinkedDeque<>()).pollFirst());
        }
    }

    @ParameterizedTest
    @EnumSource(KeySpec.class)
    void completesWithEveryKindOfServerKey(KeySpec key) throws TlsException {
        EnginePair pair = connect(client().build(), server(key).build()).handshake();
        Session session = pair.client().session().orElseThrow();
        assertEquals(CipherSuite.TLS_AES_128_GCM_SHA256, session.cipherSuite());
        assertEquals(Optional.of(NamedGroup.X25519), session.group());
        assertEquals(TestPki.server(key).leaf(), session.peerCertificates().get(0));
        assertFalse(session.resumed());
        byte[] data = Bytes.fromHex("0102030405").toByteArray();
        assertArrayEquals(data, pair.send(pair.client(), data));
        assertArrayEquals(data, pair.send(pair.server(), data));
    }

    @ParameterizedTest
    @EnumSource(value = SuiteName.class)
    void negotiatesEachCipherSuite(SuiteName suite) throws TlsException {
        EnginePair pair = connect(client().cipherSuites(List.of(suite.suite)).build(), server(KeySpec.EC_P256).build())
                .handshake();
        assertEquals(suite.suite, pair.server().session().orElseThrow().cipherSuite());
        assertArrayEquals(new byte[] {7}, pair.send(pair.client(), new byte[] {7}));
    }

    enum SuiteName {
        AES_128(CipherSuite.TLS_AES_128_GCM_SHA256),
        AES_256(CipherSuite.TLS_AES_256_GCM_SHA384),
        CHACHA(CipherSuite.TLS_CHACHA20_POLY1305_SHA256);

        final CipherSuite suite;

        SuiteName(CipherSuite suite) {
            this.suite = suite;
        }
    }

    @Test
    void retriesWhenTheServerWantsAnotherGroup() throws TlsException {
        EnginePair pair = connect(client().build(),
                server(KeySpec.EC_P256).groups(List.of(NamedGroup.SECP384R1)).build()).handshake();
        Session session = pair.client().session().orElseThrow();
        assertTrue(session.helloRetryRequest());
        assertEquals(Optional.of(NamedGroup.SECP384R1), session.group());
    }

    @Test
    void resumesWithATicketFromTheFirstConnection() throws TlsException {
        EngineConfig client = client().sessionStore(new MemoryStore()).build();
        EngineConfig server = server(KeySpec.EC_P256).build();
        EnginePair first = connect(client, server).handshake();
        first.send(first.server(), new byte[] {1});
        first.pump();
        EnginePair second = connect(client, server).handshake();
        assertTrue(second.client().session().orElseThrow().resumed());
        assertTrue(second.server().session().orElseThrow().resumed());
        assertEquals(first.client().session().orElseThrow().peerCertificates(),
                second.client().session().orElseThrow().peerCertificates());
        assertArrayEquals(new byte[] {2}, second.send(second.client(), new byte[] {2}));
    }

    @Test
    void authenticatesTheClientWhenRequired() throws TlsException {
        EngineConfig client = client().certificates(List.of(TestPki.client(KeySpec.ED25519))).build();
        EngineConfig server = server(KeySpec.RSA_2048).clientAuth(ClientAuth.REQUIRED)
                .peerVerifier(X509PeerVerifier.builder(CRYPTO, TestPki.trust()).build()).build();
        EnginePair pair = connect(client, server).handshake();
        assertEquals(TestPki.client(KeySpec.ED25519).leaf(),
                pair.server().session().orElseThrow().peerCertificates().get(0));
    }

    @Test
    void refusesAClientWithoutCertificateWhenOneIsRequired() throws TlsException {
        EngineConfig server = server(KeySpec.EC_P256).clientAuth(ClientAuth.REQUIRED)
                .peerVerifier(X509PeerVerifier.builder(CRYPTO, TestPki.trust()).build()).build();
        EnginePair pair = connect(client().build(), server);
        TlsException failure = assertThrows(TlsException.class, pair::pump);
        assertEquals(AlertDescription.CERTIFICATE_REQUIRED, failure.alert());
        PeerAlertException told = assertThrows(PeerAlertException.class, pair::pump);
        assertEquals(AlertDescription.CERTIFICATE_REQUIRED, told.peerAlert().description());
    }

    @Test
    void agreesOnApplicationProtocolAndServerName() throws TlsException {
        EnginePair pair = connect(client().applicationProtocols(List.of("h2", "http/1.1")).build(),
                server(KeySpec.EC_P256).applicationProtocols(List.of("http/1.1")).build()).handshake();
        assertEquals(Optional.of("http/1.1"), pair.client().session().orElseThrow().applicationProtocol());
        assertEquals(Optional.of(SERVER_NAME), pair.server().session().orElseThrow().serverName());
    }

    @Test
    void picksTheCertificateForTheRequestedServerName() throws TlsException {
        EngineConfig server = server(KeySpec.RSA_2048)
                .certificatesByServerName(Map.of(SERVER_NAME, List.of(TestPki.server(KeySpec.ED25519)))).build();
        EnginePair pair = connect(client().build(), server).handshake();
        assertEquals(TestPki.server(KeySpec.ED25519).leaf(), pair.client().session().orElseThrow().peerCertificates().get(0));
    }

    @Test
    void updatesKeysAndExportsTheSameMaterialOnBothSides() throws TlsException {
        EnginePair pair = connect(client().build(), server(KeySpec.EC_P256).build()).handshake();
        pair.client().updateKeys(true);
        pair.pump();
        assertArrayEquals(new byte[] {3}, pair.send(pair.server(), new byte[] {3}));
        assertArrayEquals(pair.client().exportKeyingMaterial("EXPERIMENTAL parley", Bytes.EMPTY, 20),
                pair.server().exportKeyingMaterial("EXPERIMENTAL parley", Bytes.EMPTY, 20));
    }

    @Test
    void refusesACertificateForAnotherName() throws TlsException {
        EnginePair pair = new EnginePair(TlsEngine.client(client().build(), "elsewhere.test"),
                TlsEngine.server(server(KeySpec.EC_P256).build()));
        TlsException failure = assertThrows(TlsException.class, pair::pump);
        assertEquals(IdentityFailure.HOSTNAME_MISMATCH, failure.reason());
        assertTrue(failure.getMessage().contains("elsewhere.test"), failure.getMessage());
        PeerAlertException told = assertThrows(PeerAlertException.class, pair::pump);
        assertEquals(AlertDescription.BAD_CERTIFICATE, told.peerAlert().description());
    }

    @Test
    void refusesAnUntrustedIssuer() throws TlsException {
        EnginePair pair = connect(client().build(),
                EngineConfig.builder().crypto(CRYPTO).certificates(List.of(TestPki.strangerServer(SERVER_NAME))).build());
        TlsException failure = assertThrows(TlsException.class, pair::pump);
        assertTrue(failure.reason() instanceof CertificateFailure certificate
                && (certificate.pathFailure() == PathFailure.UNKNOWN_ISSUER
                        || certificate.pathFailure() == PathFailure.UNTRUSTED_ROOT), failure::toString);
        assertEquals(AlertDescription.UNKNOWN_CA, failure.alert());
    }

    @Test
    void refusesAnExpiredCertificate() throws TlsException {
        EnginePair pair = connect(client().build(),
                EngineConfig.builder().crypto(CRYPTO).certificates(List.of(TestPki.expiredServer(SERVER_NAME))).build());
        TlsException failure = assertThrows(TlsException.class, pair::pump);
        assertEquals(AlertDescription.CERTIFICATE_EXPIRED, failure.alert());
    }
}
