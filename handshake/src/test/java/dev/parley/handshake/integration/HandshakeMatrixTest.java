package dev.parley.handshake.integration;

import static dev.parley.handshake.integration.TestPki.CRYPTO;
import static dev.parley.handshake.integration.TestPki.SERVER_NAME;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.handshake.CertifiedKey;
import dev.parley.handshake.ClientAuth;
import dev.parley.handshake.EngineConfig;
import dev.parley.handshake.Session;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.handshake.codepoint.SignatureScheme;
import dev.parley.handshake.engine.EnginePair;
import dev.parley.handshake.engine.TlsEngine;
import dev.parley.handshake.verify.X509PeerVerifier;
import dev.parley.record.ProtocolVersion;
import dev.parley.record.TlsException;
import dev.parley.x509.Certificate;
import dev.parley.x509.builder.KeySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Parley's client against Parley's server over a randomly chopped and coalesced wire, for a
 * random cell of suite × group (with HelloRetryRequest when the client's share is not the
 * server's group) × server key and signature scheme × client authentication × resumption × ALPN
 * × SNI certificate choice × key update ({@link MatrixDraw}). Both sessions must report exactly
 * what was drawn, and data must cross both ways intact, before and after the key update.
 *
 * <p>Keys come from {@link TestPki} (made once per run), so a try costs handshakes, not key
 * generation; the tries are kept few enough that the module's tests stay quick.
 */
class HandshakeMatrixTest {

    @Provide
    Arbitrary<MatrixDraw> draws() {
        return MatrixDraw.arbitrary();
    }

    @Property(tries = 50)
    void clientAndServerAgreeOnWhatWasDrawn(@ForAll("draws") MatrixDraw draw) throws TlsException {
        EngineConfig server = serverConfig(draw);
        EngineConfig client = clientConfig(draw);
        EnginePair first = connect(client, server, draw, 0);
        checkSessions(draw, first, false);
        exchange(draw, first, 0);
        if (draw.resume()) {
            EnginePair second = connect(client, server, draw, 1);
            checkSessions(draw, second, true);
            exchange(draw, second, 1);
        }
    }

    private static EnginePair connect(EngineConfig client, EngineConfig server, MatrixDraw draw, int connection)
            throws TlsException {
        return new EnginePair(TlsEngine.client(client, SERVER_NAME), TlsEngine.server(server),
                draw.wireSeed() + connection, draw.maxChunk()).handshake();
    }

    private static EngineConfig serverConfig(MatrixDraw draw) {
        List<SignatureScheme> schemes = new ArrayList<>(List.of(draw.serverScheme()));
        EngineConfig.builder().build().signatureSchemes().stream()
                .filter(s -> !s.equals(draw.serverScheme())).forEach(schemes::add);
        EngineConfig.Builder builder = EngineConfig.builder().crypto(CRYPTO)
                .cipherSuites(List.of(draw.suite()))
                .groups(List.of(draw.group()))
                .signatureSchemes(schemes)
                .clientAuth(draw.clientAuth())
                .peerVerifier(X509PeerVerifier.builder(CRYPTO, TestPki.trust()).build());
        draw.alpn().ifPresent(protocol -> builder.applicationProtocols(List.of(protocol, "x-server-only")));
        if (draw.sniCertificate()) {
            builder.certificates(List.of(TestPki.server(decoyFor(draw.serverKey()))))
                    .certificatesByServerName(Map.of(SERVER_NAME, List.of(TestPki.server(draw.serverKey()))));
        } else {
            builder.certificates(List.of(TestPki.server(draw.serverKey())));
        }
        return builder.build();
    }

    private static EngineConfig clientConfig(MatrixDraw draw) {
        List<NamedGroup> groups = new ArrayList<>(List.of(draw.clientShare()));
        MatrixDraw.GROUPS.stream().filter(g -> !g.equals(draw.clientShare())).forEach(groups::add);
        EngineConfig.Builder builder = EngineConfig.builder().crypto(CRYPTO)
                .cipherSuites(List.of(draw.suite()))
                .groups(groups)
                .keyShareGroups(List.of(draw.clientShare()))
                .peerVerifier(X509PeerVerifier.builder(CRYPTO, TestPki.trust()).build())
                .sessionStore(new Tls13HandshakeTest.MemoryStore());
        draw.alpn().ifPresent(protocol -> builder.applicationProtocols(List.of("x-client-only", protocol)));
        draw.clientKey().ifPresent(key -> builder.certificates(List.of(TestPki.client(key))));
        return builder.build();
    }

    /** A server key of another kind than {@code key}, the default a per-name certificate must win over. */
    private static KeySpec decoyFor(KeySpec key) {
        return key == KeySpec.EC_P256 ? KeySpec.ED25519 : KeySpec.EC_P256;
    }

    private static void checkSessions(MatrixDraw draw, EnginePair pair, boolean resumed) {
        Session client = pair.client().session().orElseThrow();
        Session server = pair.server().session().orElseThrow();
        CertifiedKey serverKey = TestPki.server(draw.serverKey());
        boolean clientAuthenticated = draw.clientAuth() != ClientAuth.NONE;
        List<Certificate> clientChain = draw.clientKey().map(k -> TestPki.client(k).chain()).orElse(List.of());

        for (Session session : List.of(client, server)) {
            assertEquals(ProtocolVersion.TLS13, session.version());
            assertEquals(draw.suite(), session.cipherSuite());
            assertEquals(Optional.of(draw.group()), session.group());
            assertEquals(draw.helloRetry(), session.helloRetryRequest());
            assertEquals(resumed, session.resumed());
            assertEquals(draw.alpn(), session.applicationProtocol());
        }
        assertEquals(Optional.of(SERVER_NAME), server.serverName());
        assertEquals(serverKey.chain(), client.peerCertificates(), "the client saw the drawn certificate");
        assertEquals(resumed ? List.of() : serverKey.chain(), server.localCertificates());
        assertEquals(resumed ? Optional.empty() : Optional.of(draw.serverScheme()), client.peerSignatureScheme());
        assertEquals(clientAuthenticated ? clientChain : List.of(), server.peerCertificates());
        assertEquals(clientAuthenticated && !resumed ? clientChain : List.of(), client.localCertificates());
        assertEquals(clientAuthenticated && !resumed
                ? draw.clientKey().map(MatrixDraw::clientSchemeFor) : Optional.empty(), server.peerSignatureScheme());
        // Each side reports the scheme it signed with as the other reports it received.
        assertEquals(client.peerSignatureScheme(), server.localSignatureScheme());
        assertEquals(clientAuthenticated && !resumed ? server.peerSignatureScheme() : Optional.empty(),
                client.localSignatureScheme());
    }

    /** Data both ways, the drawn key update, and data both ways again; every byte must arrive intact. */
    private static void exchange(MatrixDraw draw, EnginePair pair, int connection) throws TlsException {
        Random random = new Random(draw.wireSeed() ^ connection);
        roundTrip(pair, random, draw.clientBytes(), draw.serverBytes());
        switch (draw.keyUpdate()) {
            case NONE -> { }
            case CLIENT -> pair.client().updateKeys(false);
            case CLIENT_ASKING_SERVER -> pair.client().updateKeys(true);
            case SERVER -> pair.server().updateKeys(false);
            case SERVER_ASKING_CLIENT -> pair.server().updateKeys(true);
        }
        roundTrip(pair, random, draw.serverBytes(), draw.clientBytes());
        assertArrayEquals(pair.client().exportKeyingMaterial("EXPORTER-parley-matrix", dev.parley.crypto.Bytes.EMPTY, 32),
                pair.server().exportKeyingMaterial("EXPORTER-parley-matrix", dev.parley.crypto.Bytes.EMPTY, 32));
        assertTrue(pair.client().failure().isEmpty() && pair.server().failure().isEmpty());
    }

    private static void roundTrip(EnginePair pair, Random random, int fromClient, int fromServer) throws TlsException {
        byte[] request = new byte[fromClient];
        random.nextBytes(request);
        assertArrayEquals(request, pair.send(pair.client(), request), "client to server");
        byte[] answer = new byte[fromServer];
        random.nextBytes(answer);
        assertArrayEquals(answer, pair.send(pair.server(), answer), "server to client");
    }
}
