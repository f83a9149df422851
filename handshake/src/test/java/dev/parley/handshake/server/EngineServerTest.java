package dev.parley.handshake.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.ClientAuth;
import dev.parley.handshake.EngineConfig;
import dev.parley.handshake.PeerVerifier;
import dev.parley.handshake.Session;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.handshake.engine.EnginePair;
import dev.parley.handshake.engine.TlsEngine;
import dev.parley.record.AlertDescription;
import dev.parley.record.TlsException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The server states inside a real {@link TlsEngine}, against the test client in another engine,
 * joined by {@link EnginePair}: records, key changes, change_cipher_spec, tickets and
 * application data, with the wire cut into small pieces.
 */
class EngineServerTest {

    private static EngineConfig serverConfig() {
        return ServerFixtures.server("engine").build();
    }

    private static EnginePair pair(EngineConfig server, EngineTestClient client, long seed, int maxChunk)
            throws TlsException {
        return new EnginePair(TlsEngine.start(EngineConfig.builder().crypto(ServerFixtures.crypto("client engine"))
                .build(), client), TlsEngine.start(server, ServerHandshake::start), seed, maxChunk);
    }

    private static Function<TestClient, ClientHelloBuilder> plainHello() {
        return ClientHelloBuilder::new;
    }

    @Test
    void handshakesAndCarriesDataOverAChoppedWire() throws Exception {
        for (int maxChunk : new int[] {1, 7, 300, 100_000}) {
            EngineTestClient client = new EngineTestClient("chopped " + maxChunk, plainHello(), Optional.empty(),
                    Optional.empty());
            EnginePair pair = pair(serverConfig(), client, maxChunk, maxChunk).handshake();
            byte[] request = "GET / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
            assertArrayEquals(request, pair.send(pair.client(), request));
            byte[] answer = new byte[40_000];
            assertArrayEquals(answer, pair.send(pair.server(), answer));
            assertEquals(2, client.tickets().size(), "the tickets arrived as post-handshake messages");
            assertEquals(ServerFixtures.SERVER_ECDSA.chain(), pair.server().session().orElseThrow().localCertificates());
        }
    }

    @Test
    void resumesWithATicketItIssued() throws Exception {
        EngineConfig config = serverConfig();
        EngineTestClient first = new EngineTestClient("first", plainHello(), Optional.empty(), Optional.empty());
        pair(config, first, 1, 50).handshake();
        EngineTestClient second = new EngineTestClient("second", plainHello(), Optional.of(first.tickets().get(1)),
                Optional.empty());
        EnginePair resumed = pair(config, second, 2, 50).handshake();
        assertTrue(resumed.server().session().orElseThrow().resumed());
        assertArrayEquals(new byte[] {1, 2, 3}, resumed.send(resumed.client(), new byte[] {1, 2, 3}));
    }

    @Test
    void retriesForAGroupWithMiddleboxCompatibility() throws Exception {
        EngineTestClient client = new EngineTestClient("retry", c -> {
            ClientHelloBuilder hello = new ClientHelloBuilder(c, NamedGroup.X448).groups(NamedGroup.X448,
                    NamedGroup.SECP256R1);
            hello.sessionId = Bytes.fromHex("5a".repeat(32));
            return hello;
        }, Optional.empty(), Optional.empty());
        EnginePair pair = pair(serverConfig(), client, 3, 64).handshake();
        Session session = pair.server().session().orElseThrow();
        assertTrue(session.helloRetryRequest());
        assertEquals(Optional.of(NamedGroup.SECP256R1), session.group());
    }

    @Test
    void authenticatesTheClient() throws Exception {
        EngineConfig config = ServerFixtures.server("engine auth").clientAuth(ClientAuth.REQUIRED)
                .peerVerifier(PeerVerifier.insecureAcceptAnything()).build();
        EngineTestClient client = new EngineTestClient("auth", plainHello(), Optional.empty(),
                Optional.of(ServerFixtures.CLIENT_ED25519));
        EnginePair pair = pair(config, client, 4, 100).handshake();
        assertEquals(ServerFixtures.CLIENT_ED25519.chain(), pair.server().session().orElseThrow().peerCertificates());
    }

    @Test
    void followsTheClientsKeyUpdates() throws Exception {
        EngineTestClient client = new EngineTestClient("update", plainHello(), Optional.empty(), Optional.empty());
        EnginePair pair = pair(serverConfig(), client, 5, 1000).handshake();
        pair.client().updateKeys(true);
        assertArrayEquals(new byte[] {9}, pair.send(pair.client(), new byte[] {9}));
        assertArrayEquals(new byte[] {8}, pair.send(pair.server(), new byte[] {8}), "the server updated in turn");
    }

    @Test
    void failsOnATamperedClientFinished() throws Exception {
        EngineTestClient client = new EngineTestClient("tamper", plainHello(), Optional.empty(), Optional.empty());
        EnginePair pair = pair(serverConfig(), client, 6, 100_000);
        int[] chunks = {0};
        pair.tamperClientToServer(bytes -> {
            if (chunks[0]++ == 1) {
                bytes[bytes.length - 1] ^= 1;
            }
            return bytes;
        });
        TlsException failure = assertThrows(TlsException.class, pair::pump);
        assertEquals(AlertDescription.BAD_RECORD_MAC, failure.alert());
        assertFalse(pair.server().isHandshakeComplete());
        assertTrue(pair.server().failure().isPresent(), "a failed engine stays failed");
    }
}
