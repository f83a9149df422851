package dev.parley.handshake.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.SeededRandomSource;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.handshake.CertifiedKey;
import dev.parley.handshake.EngineConfig;
import dev.parley.handshake.EngineStatus;
import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.ResumptionTicket;
import dev.parley.handshake.Session;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.handshake.engine.EnginePair;
import dev.parley.handshake.engine.TlsEngine;
import dev.parley.record.TlsException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The client states inside a real {@link TlsEngine}, against a {@link ScriptedServer} engine over
 * {@link EnginePair}'s in-memory wire: records, change_cipher_spec in compatibility mode, key
 * changes at message boundaries, the wire cut into pieces of any size, alerts on failure.
 */
class ClientEngineTest {

    private final MapSessionStore store = new MapSessionStore();

    @ParameterizedTest
    @ValueSource(ints = {1, 5, 64, 100_000})
    void completesAFullHandshakeOverAnyFragmentation(int maxChunk) throws Exception {
        EnginePair pair = pair(config("full " + maxChunk), ScriptedServer.Script.plain(), maxChunk).handshake();
        assertEquals(EngineStatus.OPEN, pair.client().status());
        byte[] request = "GET / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        assertArrayEquals(request, pair.send(pair.client(), request));
        byte[] response = new byte[40_000];
        new Random(maxChunk).nextBytes(response);
        assertArrayEquals(response, pair.send(pair.server(), response));
        assertEquals(1, store.puts(), "the NewSessionTicket went into the store");
        Session session = pair.client().session().orElseThrow();
        assertFalse(session.resumed());
        assertEquals(Optional.of(Conversation.SERVER_NAME), session.serverName());
    }

    @Test
    void completesAfterAHelloRetryRequest() throws Exception {
        EnginePair pair = pair(config("hrr"), new ScriptedServer.Script(Optional.of(NamedGroup.SECP256R1),
                Optional.empty(), false, 0), 7).handshake();
        assertTrue(pair.client().session().orElseThrow().helloRetryRequest());
    }

    @Test
    void authenticatesWithItsCertificateWhenAsked() throws Exception {
        CertifiedKey ours = Rfc8448Traces.rsaCertifiedKey();
        EnginePair pair = pair(config("auth").certificates(List.of(ours)),
                new ScriptedServer.Script(Optional.empty(), Optional.empty(), true, 0), 1000).handshake();
        assertEquals(List.of(ours.leaf()), pair.client().session().orElseThrow().localCertificates());
    }

    @Test
    void resumesWithTheTicketOfItsFirstConnection() throws Exception {
        pair(config("first"), ScriptedServer.Script.plain(), 1000).handshake();
        ResumptionTicket ticket = store.peek("session").orElseThrow();
        byte[] psk = ticket.psk();
        EnginePair second = pair(config("second"), new ScriptedServer.Script(Optional.empty(), Optional.of(psk), false, 1),
                1000).handshake();
        Session session = second.client().session().orElseThrow();
        assertTrue(session.resumed());
        assertEquals(List.of(Rfc8448Traces.rsaCertifiedKey().leaf()), session.peerCertificates());
    }

    @Test
    void answersAKeyUpdateRequest() throws Exception {
        EnginePair pair = pair(config("key update"), ScriptedServer.Script.plain(), 1000).handshake();
        pair.server().updateKeys(true);
        byte[] data = "after the update".getBytes(StandardCharsets.US_ASCII);
        assertArrayEquals(data, pair.send(pair.server(), data));
        assertArrayEquals(data, pair.send(pair.client(), data));
    }

    @Test
    void sendsItsAlertWhenTheServerHelloIsWrong() throws Exception {
        EnginePair pair = pair(config("tamper"), ScriptedServer.Script.plain(), 100_000);
        boolean[] first = {true};
        pair.tamperServerToClient(chunk -> {
            if (first[0]) {
                first[0] = false;
                // The ServerHello's compression method: record header 5, handshake header 4,
                // version 2, random 32, session id 1 + 32, suite 2.
                chunk[5 + 4 + 2 + 32 + 1 + 32 + 2] = 1;
            }
            return chunk;
        });
        TlsException failure = assertThrows(TlsException.class, pair::pump);
        assertEquals(HandshakeFailure.COMPRESSION_METHOD_NOT_NULL, failure.reason());
        // The alert goes out in plaintext: the client fails before it has handshake write keys.
        ByteBuffer out = ByteBuffer.allocate(64);
        pair.client().produce(out);
        out.flip();
        byte[] alert = new byte[out.remaining()];
        out.get(alert);
        assertEquals(Bytes.fromHex("15 03 03 00 02 02 2f"), Bytes.wrap(alert),
                "a fatal illegal_parameter alert record");
        assertEquals(EngineStatus.FAILED, pair.client().status());
        assertEquals(HandshakeFailure.COMPRESSION_METHOD_NOT_NULL, pair.client().failure().orElseThrow().reason(),
                "an engine that failed stays failed");
    }

    private EngineConfig.Builder config(String seed) throws Exception {
        return Conversation.config(seed).sessionStore(store);
    }

    private static EnginePair pair(EngineConfig.Builder client, ScriptedServer.Script script, int maxChunk)
            throws Exception {
        TlsEngine clientEngine = TlsEngine.start(client.build(),
                cx -> ClientHandshake.start(cx, Optional.of(Conversation.SERVER_NAME), "session"));
        EngineConfig serverConfig = EngineConfig.builder()
                .crypto(new BouncyCastleCryptoProvider(new SeededRandomSource("scripted server"))).build();
        TlsEngine serverEngine = TlsEngine.start(serverConfig, ScriptedServer.starter(serverConfig.crypto(),
                Rfc8448Traces.rsaCertifiedKey(), script));
        return new EnginePair(clientEngine, serverEngine, maxChunk, maxChunk);
    }
}
